import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { tableCsv } from "../charts/chart-model";
import { defaultValues, KEYS } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { runScenario, type ScenarioResult } from "../model/scenario";
import { computeSensitivity } from "../model/sensitivity";
import { COST_COMPONENTS, type ScenarioValues } from "../model/types";
import { runMonteCarlo } from "../model/uncertainty";
import {
  buildLabCostChart,
  buildLabDependencyChart,
  buildLabGapChart,
  buildLabMixChart,
  buildLabTornadoChart,
  buildLabUncertaintyChart,
  buildUncertaintyBandsTable,
  type LabFrame,
  type LabResults,
} from "./lab";

let ctx: ModelContext;
let base: ScenarioResult;
let cur: ScenarioResult;
const frame: LabFrame = { sources: [], scenario: "Evidence baseline", changes: [] };
const results = (mineral: string, a: ScenarioResult | null = null): LabResults => ({
  mineral: ctx.data.minerals.find((m) => m.id === mineral)!,
  result: cur,
  baseline: base,
  a,
});

beforeAll(() => {
  ctx = loadModelContext();
  const d = defaultValues(ctx.table);
  base = runScenario(ctx.data, d);
  cur = runScenario(ctx.data, { ...d, [KEYS.crp("PK")]: 6, [KEYS.resourcingShare]: 100 });
});

describe("the lab's chart models", () => {
  it("stack the ten cost parts to the landed cost, with the preset's total (and A's) marked", () => {
    const chart = buildLabCostChart(results("copper", base), frame);
    expect(chart.rows.map((r) => r.key)).toEqual(["PK", "AU", "CA", "UA", "CN"]);
    for (const r of chart.rows) {
      expect(r.segments.map((s) => s.key)).toEqual([...COST_COMPONENTS]);
      // Pakistan's copper carries Reko Diq's gold: a credit drawn left of zero, never a cost.
      expect(r.segments.find((s) => s.key === "byproductCredit")!.value).toBeLessThanOrEqual(0);
      expect(r.segments.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(r.total, 9);
      expect(r.markers?.map((m) => m.key)).toEqual(["baseline", "a"]);
    }
    const [pk, au] = chart.rows;
    expect(pk!.segments.find((s) => s.key === "byproductCredit")!.value).toBeLessThan(0);
    expect(pk!.total).toBeLessThan(pk!.markers![0]!.value); // a lower risk premium lowers Pakistan's cost
    expect(au!.total).toBeCloseTo(au!.markers![0]!.value, 9); // and leaves Australia's alone
    // The table (and so the CSV) holds every number drawn: the parts, the total, the preset's and A's totals.
    const csv = tableCsv(chart.table);
    expect(csv.columns.map((c) => c.label)).toContain("Landed cost (USD per tonne)");
    expect(csv.rows[0]).toEqual([
      "Pakistan",
      ...pk!.segments.map((s) => s.value),
      pk!.total,
      ...pk!.markers!.map((m) => m.value),
    ]);
    expect(chart.alt).toContain(`Pakistan ${pk!.totalDisplay}`);
  });

  it("gives Pakistan's gap to each competitor, negative where Pakistan is cheaper", () => {
    const costs = buildLabCostChart(results("copper"), frame);
    const gap = buildLabGapChart(results("copper"), frame);
    const total = (k: string) => costs.rows.find((r) => r.key === k)!.total;
    expect(gap.bars.map((b) => b.key)).toEqual(["AU", "CA", "UA", "CN"]);
    const au = gap.bars[0]!;
    expect(au.value).toBeCloseTo(total("PK") - total("AU"), 9);
    expect(gap.table.rows[0]!.cells[1]!.value).toBe(au.value);
    expect(au.markers?.map((m) => m.style)).toEqual(["baseline"]);
    for (const b of gap.bars) expect(b.detail).toMatch(b.value < 0 ? /cheaper$/ : /dearer$/);
  });

  it("draws China's share of US supply at both stages falling from the preset as volume is re-sourced", () => {
    const chart = buildLabDependencyChart(results("antimony"), frame);
    const series = (k: string) => chart.series.find((s) => s.key === k)!;
    expect(chart.series.map((s) => s.key)).toEqual([
      "china",
      "china-preset",
      "china-mining",
      "pakistan",
      "unmet",
    ]);
    expect(series("china").points).toHaveLength(11);
    // Refining stage at the preset: direct imports (53.55 %) plus Belgian, Indian and Thai metal from Chinese feed.
    expect(series("china-preset").points[0]!.y).toBeCloseTo(55.42, 2);
    // All of it re-sourced by the target year in this scenario, at both stages.
    expect(series("china").points[10]!.y).toBeCloseTo(0, 9);
    expect(series("china-mining").points[10]!.y).toBeCloseTo(0, 9);
    // The mined share is below the refined one: China refines ore it does not mine.
    expect(series("china-mining").points[0]!.y).toBeLessThan(series("china").points[0]!.y);
    expect(series("china-preset").points[10]!.y).toBeCloseTo(55.42 / 2, 2);
    expect(chart.table.rows[0]!.cells[0]).toEqual({ value: 2025, display: "2025" });
    expect(chart.table.columns.at(-1)!.label).toMatch(/of which indirect/);
    expect(chart.notes).toEqual([]);
  });

  it("shows Pakistani copper refined in China as a China share where there was none", () => {
    const chart = buildLabDependencyChart(results("copper"), frame);
    const china = chart.series.find((s) => s.key === "china")!;
    expect(china.points[0]!.y).toBe(0);
    // Reko Diq produces from 2028; its offtake reaches the US through Chinese smelters on the default route.
    expect(china.points.find((p) => p.x === 2030)!.y).toBeGreaterThan(0);
    expect(chart.notes[0]).toMatch(/Only new supply routed through China/);
  });

  it("stacks the supply mix to 100 % per scenario, unmet last", () => {
    const chart = buildLabMixChart(results("antimony", cur), frame, 2030);
    expect(chart.rows.map((r) => r.label)).toEqual(["Preset", "Scenario A", "Scenario"]);
    for (const row of chart.rows)
      expect(row.segments.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(100, 9);
    expect(chart.legend.at(-1)).toMatchObject({ label: "Unmet", dashed: true });
    expect(chart.title).toBe("US antimony supply mix in 2030");
  });

  it("draws the tornado as floating bars, largest swing first, with the scenario's gap as a line", () => {
    const s = computeSensitivity(ctx.data, ctx.table, defaultValues(ctx.table), "copper", "AU");
    const chart = buildLabTornadoChart(s, (k) => k, "Copper", frame);
    expect(chart.bars).toHaveLength(10);
    const swing = (i: number) => chart.bars[i]!.value - chart.bars[i]!.start!;
    for (let i = 0; i < chart.bars.length; i++) expect(swing(i)).toBeGreaterThanOrEqual(0);
    expect(swing(0)).toBeGreaterThanOrEqual(swing(9));
    expect(chart.reference?.value).toBe(s.baseGap);
    expect(chart.title).toBe("What moves Pakistan's gap to Australia, copper");
  });

  it("gives the uncertainty run's probabilities in percent with the preset's as a mark, and its cost bands", () => {
    const run = (v: ScenarioValues) =>
      runMonteCarlo(ctx.data, ctx.table, v, { mineral: "copper", draws: 200, seed: 3 });
    const d = defaultValues(ctx.table);
    const runs = { scenario: run({ ...d, [KEYS.crp("PK")]: 6 }), baseline: run(d) };
    const chart = buildLabUncertaintyChart(runs, "Copper", frame);
    expect(chart.bars[0]!.value).toBeCloseTo(runs.scenario.pPakistanCheapest * 100, 9);
    expect(chart.bars[0]!.markers![0]!.value).toBeCloseTo(runs.baseline.pPakistanCheapest * 100, 9);
    for (const b of chart.bars) expect(b.value).toBeGreaterThanOrEqual(0);
    const bands = buildUncertaintyBandsTable(runs.scenario);
    expect(bands.rows.map((r) => r.cells[0]!.value)).toEqual([
      "Pakistan",
      "Australia",
      "Canada",
      "Ukraine",
      "China",
    ]);
  });
});
