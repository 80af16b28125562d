import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext, type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { runScenario, type ScenarioResult } from "../model/scenario";
import { buildLandedCostStack, describeStackedSeries } from "./stacked";

let ctx: ModelContext;
let result: ScenarioResult;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  result = runScenario(ctx.data, presetValues(ctx.table, ctx.presets[0]!));
});

describe("buildLandedCostStack", () => {
  it("stacks the eight parts to each country's landed cost", () => {
    const costs = result.costs.filter((c) => c.mineral === "copper" && ["PK", "AU"].includes(c.country));
    const series = buildLandedCostStack(
      costs,
      (c) => c,
      () => "model",
    );
    expect(series.rows.map((r) => r.key)).toEqual(["PK", "AU"]);
    for (const row of series.rows) {
      expect(row.segments.map((s) => s.key)).toEqual([
        "labor",
        "energy",
        "otherOpex",
        "capital",
        "security",
        "freight",
        "insurance",
        "tariff",
      ]);
      expect(row.segments.reduce((s, x) => s + x.value, 0)).toBeCloseTo(row.total, 6);
    }
    expect(series.rows[0]!.highlight).toBe(true);
    expect(series.legend).toHaveLength(8);
    expect(describeStackedSeries("Landed cost", series)).toMatch(
      /^Stacked bar chart, Landed cost\. PK: US\$/,
    );
  });

  it("marks costs that rest on assumptions", () => {
    const cobalt = result.costs.filter((c) => c.mineral === "cobalt" && c.country === "PK");
    expect(
      buildLandedCostStack(
        cobalt,
        (c) => c,
        () => "",
      ).rows[0]!.segments.every((s) => s.estimate),
    ).toBe(true);
  });
});
