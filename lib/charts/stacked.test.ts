import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext, type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { runScenario, type ScenarioResult } from "../model/scenario";
import { buildSupplyMixStack, describeStackedSeries } from "./stacked";

let ctx: ModelContext;
let result: ScenarioResult;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  result = runScenario(ctx.data, presetValues(ctx.table, ctx.presets[0]!));
});

describe("buildSupplyMixStack", () => {
  it("splits US demand into sources and unmet, adding up to 100 %", () => {
    const deps = result.dependency.filter((d) => ["rare-earths", "antimony"].includes(d.mineral));
    const series = buildSupplyMixStack(
      deps,
      2030,
      (id) => id,
      (c) => c,
      () => "model",
    );
    expect(series.rows.map((r) => r.key)).toEqual(["rare-earths", "antimony"]);
    for (const row of series.rows) expect(row.segments.reduce((s, x) => s + x.value, 0)).toBeCloseTo(100, 6);
    // China keeps half of its 56 % share of US rare-earth supply by 2030 in the baseline (re-sourcing 50 %).
    const china = series.rows[0]!.segments.find((s) => s.key === "CN")!;
    expect(china.display).toBe("28 %");
    expect(series.legend[0]!.label).toBe("US production");
    expect(describeStackedSeries("US supply", series)).toContain("rare-earths: China 28 %");
  });

  it("names a year the model has no result for", () => {
    const series = buildSupplyMixStack(
      result.dependency.slice(0, 1),
      2050,
      (id) => id,
      (c) => c,
      () => "",
    );
    expect(series.rows).toEqual([]);
    expect(series.missing[0]!.reason).toBe("no result for 2050");
  });
});
