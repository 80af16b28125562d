import { describe, expect, it } from "vitest";
import { type LandedCost } from "../model/landed-cost";
import { COST_COMPONENTS } from "../model/types";
import { tableCsv } from "./chart-model";
import { buildLandedCostChart } from "./landed-cost";

/** A cost whose parts are 1, 2, … 8 (a total of 36), or 10, 20, … 80 with `scale` 10. */
function cost(country: "PK" | "AU", scale = 1, costBasis: LandedCost["costBasis"] = "sourced"): LandedCost {
  const breakdown = COST_COMPONENTS.reduce(
    (parts, k, i) => ({ ...parts, [k]: (i + 1) * scale }),
    {} as LandedCost["breakdown"],
  );
  return {
    country,
    mineral: "copper",
    landedCostUsdPerTonne: 36 * scale,
    breakdown,
    discountRatePct: 8,
    tariffPct: 0,
    costBasis,
  };
}

const META = { id: "landed-cost", title: "Landed cost", subtitle: "", sources: [] };

describe("buildLandedCostChart", () => {
  it("stacks the eight parts per country, names a country without a cost, and writes every number drawn", () => {
    const chart = buildLandedCostChart(META, {
      costs: [cost("AU", 10), cost("PK")],
      countries: ["PK", "AU", "CA"],
      provenance: () => "Model result",
    });
    expect(chart.rows.map((r) => [r.key, r.total, r.totalDisplay])).toEqual([
      ["PK", 36, "US$36/t"],
      ["AU", 360, "US$360/t"],
    ]);
    expect(chart.rows[0]!.segments.map((s) => s.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(chart.rows[0]!.markers).toBeUndefined();
    expect(chart.missing).toEqual([{ label: "Canada", reason: "no landed-cost estimate" }]);
    const csv = tableCsv(chart.table);
    expect(csv.columns[0]!.label).toBe("Supplier");
    expect(csv.columns.at(-1)!.label).toBe("Landed cost (USD per tonne)");
    expect(csv.rows[1]).toEqual(["Australia", 10, 20, 30, 40, 50, 60, 70, 80, 360]);
    expect(chart.alt).toBe("Stacked bar chart, Landed cost: Pakistan US$36/t; Australia US$360/t.");
  });

  it("marks the preset's and A's totals under each row, with a column each", () => {
    const chart = buildLandedCostChart(META, {
      costs: [cost("PK")],
      countries: ["PK"],
      baseline: { PK: 40 },
      a: { PK: 30 },
      provenance: () => "Model result",
    });
    expect(chart.rows[0]!.markers).toEqual([
      { key: "baseline", label: "Preset total US$40/t", value: 40, style: "baseline" },
      { key: "a", label: "Scenario A total US$30/t", value: 30, style: "a" },
    ]);
    expect(tableCsv(chart.table).rows[0]!.slice(-3)).toEqual([36, 40, 30]);
    expect(chart.legend.slice(-2).map((l) => l.label)).toEqual(["Preset total", "Scenario A total"]);
    expect(chart.alt).toContain("Pakistan US$36/t (Preset total US$40/t, Scenario A total US$30/t)");
  });

  it("draws costs that rest on assumptions lighter and says so in the legend", () => {
    const chart = buildLandedCostChart(META, {
      costs: [cost("PK", 1, "assumption")],
      countries: ["PK"],
      provenance: () => "Assumed",
    });
    expect(chart.rows[0]!.segments.every((s) => s.estimate)).toBe(true);
    expect(chart.legend.at(-1)!.dashed).toBe(true);
  });
});
