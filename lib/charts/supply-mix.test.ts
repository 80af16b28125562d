import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext, type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { runScenario, type ScenarioResult } from "../model/scenario";
import { buildSupplyMixChart } from "./supply-mix";

let ctx: ModelContext;
let result: ScenarioResult;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  result = runScenario(ctx.data, presetValues(ctx.table, ctx.presets[0]!));
});

const meta = { id: "mix", title: "US supply", subtitle: "", sources: [] };

describe("buildSupplyMixChart", () => {
  it("splits US demand into sources and unmet, adding up to 100 %, one table row per bar", () => {
    const deps = result.dependency.filter((d) => ["rare-earths", "antimony"].includes(d.mineral));
    const chart = buildSupplyMixChart(meta, deps, 2030);
    expect(chart.rows.map((r) => r.label)).toEqual(["Rare earths", "Antimony"]);
    for (const row of chart.rows) expect(row.segments.reduce((s, x) => s + x.value, 0)).toBeCloseTo(100, 6);
    // China keeps half of its 56 % share of US rare-earth supply by 2030 in the baseline (re-sourcing 50 %).
    const china = chart.rows[0]!.segments.find((s) => s.key === "CN")!;
    expect(china.display).toBe("28 %");
    expect(chart.legend[0]!.label).toBe("US production");
    expect(chart.alt).toContain("Rare earths: China 28 %");
    // Columns: the mineral, one per source in the legend, the total; a source a mineral lacks is 0.
    expect(chart.table.columns.map((c) => c.label)).toEqual([
      "Mineral",
      ...chart.legend.map((l) => l.label),
      "Total",
    ]);
    expect(chart.table.rows.map((r) => r.cells[0]!.value)).toEqual(["Rare earths", "Antimony"]);
    const pakistan = chart.table.columns.findIndex((c) => c.key === "PK");
    expect(chart.table.rows[0]!.cells[pakistan]).toEqual({ value: 0, display: "0 %" });
    expect(chart.table.rows[0]!.cells.at(-1)!.value).toBe(100);
  });

  it("names a year the model has no result for", () => {
    const chart = buildSupplyMixChart(meta, result.dependency.slice(0, 1), 2050);
    expect(chart.rows).toEqual([]);
    expect(chart.missing).toEqual([{ label: "Copper", reason: "no result for 2050" }]);
    expect(chart.alt).toBe("US supply: no data.");
  });
});
