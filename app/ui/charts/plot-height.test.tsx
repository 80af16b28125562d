import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "@/lib/api/model-context";
import { type ChartModel } from "@/lib/charts/chart-model";
import { buildStageChart } from "@/lib/charts/stages";
import { loadDataset } from "@/lib/data/load";
import { defaultValues, KEYS } from "@/lib/model/assumptions";
import { type ModelContext } from "@/lib/model/context";
import { robustnessGrid } from "@/lib/model/robustness";
import { runScenario } from "@/lib/model/scenario";
import { computeSensitivity } from "@/lib/model/sensitivity";
import { buildMineralStages } from "@/lib/model/stages";
import { serverChartContext } from "@/lib/views/context";
import {
  buildLabCostChart,
  buildLabDependencyChart,
  buildLabGapChart,
  buildLabMixChart,
  buildLabTornadoChart,
} from "@/lib/views/lab";
import { buildRobustnessChart } from "@/lib/views/lab-robustness";
import { Chart, plotHeight } from "./chart";

/**
 * The chart frame reserves a drawing's height while it is off screen and not laid out (chart-offscreen.css), from
 * plotHeight. Were it to differ from the height the drawing has once laid out, the page would move under a reader
 * as drawings came into view: so for a chart of every kind, with and without markers and a reference line, the
 * height reserved must be the SVG's own.
 */
let ctx: ModelContext;
const frame = { sources: [], scenario: "Evidence baseline", changes: [] };
const models: ChartModel[] = [];

beforeAll(() => {
  ctx = loadModelContext();
  const d = defaultValues(ctx.table);
  const base = runScenario(ctx.data, d);
  const cur = runScenario(ctx.data, { ...d, [KEYS.crp("PK")]: 6 });
  const copper = ctx.data.minerals.find((m) => m.id === "copper")!;
  const results = { mineral: copper, result: cur, baseline: base, a: base };
  models.push(
    buildLabCostChart(results, frame),
    buildLabCostChart({ ...results, a: null }, frame),
    buildLabGapChart(results, frame),
    buildLabDependencyChart(results, frame),
    buildLabMixChart(results, frame, 2030),
    buildLabTornadoChart(
      computeSensitivity(ctx.data, ctx.table, d, "copper", "AU"),
      (k) => k,
      "Copper",
      frame,
    ),
  );
  const x = ctx.table.find((a) => a.key === KEYS.crp("PK"))!;
  const y = ctx.table.find((a) => a.key === KEYS.wage("AU"))!;
  const grid = robustnessGrid(ctx.data, d, { claim: "C2", mineral: "copper", x, y, n: 5, competitor: "AU" });
  models.push(
    buildRobustnessChart({ ...grid, scenario: { x: d[x.key]!, y: d[y.key]! } }, x, y, "Copper", frame),
  );
  const ds = loadDataset();
  const m = ds.minerals.find((x) => x.id === "copper")!;
  const stages = buildMineralStages(ds.observations, m.id, m.productionMeasure);
  models.push(buildStageChart(stages, ds.observations, m.name, serverChartContext())!);
});

describe("the height a frame reserves for a drawing", () => {
  it("is the drawn SVG's height, for every kind of chart", () => {
    expect(new Set(models.map((m) => m.kind))).toEqual(
      new Set(["stacked", "bars", "lines", "heatmap", "grouped"]),
    );
    const heights = models.map((model) => {
      const svg = renderToStaticMarkup(<Chart model={model} />);
      const drawn = Number(svg.match(/^<svg[^>]* height="(\d+(?:\.\d+)?)"/)![1]);
      expect(plotHeight(model), `${model.id} (${model.kind})`).toBe(drawn);
      return drawn;
    });
    // The cost chart is taller with scenario A's markers than without: the reserved height follows the rows.
    expect(heights[0]).toBeGreaterThan(heights[1]!);
  });
});
