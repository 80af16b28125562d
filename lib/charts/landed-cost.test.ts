import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext } from "../model/context";
import { type LandedCost } from "../model/landed-cost";
import { presetValues } from "../model/presets";
import { computeCosts } from "../model/scenario";
import { COST_COMPONENTS } from "../model/types";
import { tableCsv } from "./chart-model";
import { buildLandedCostChart, landedCostProvenance } from "./landed-cost";

let costs: LandedCost[];
beforeAll(() => {
  const ctx = buildModelContext(loadDataset());
  costs = [...computeCosts(ctx.data, presetValues(ctx.table, ctx.presets[0]!)).values()];
});

const meta = { id: "landed-cost", title: "Landed cost of copper", subtitle: "", sources: [] };

describe("buildLandedCostChart", () => {
  it("stacks the eight parts of each country's landed cost up to its total, in the order asked for", () => {
    const chart = buildLandedCostChart(meta, { costs, mineral: "copper", countries: ["PK", "AU", "CA"] });
    expect(chart.rows.map((r) => r.label)).toEqual(["Pakistan", "Australia", "Canada"]);
    for (const row of chart.rows) {
      expect(row.segments.map((s) => s.key)).toEqual([...COST_COMPONENTS]);
      expect(row.segments.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(row.total, 6);
    }
    // Evidence baseline: Pakistan's copper lands at US$6,942 a tonne.
    expect(chart.rows[0]).toMatchObject({ totalDisplay: "US$6,942/t", highlight: true });
    expect(chart.legend).toHaveLength(8);
    expect(chart.alt).toMatch(
      /^Stacked bar chart, Landed cost of copper\. Pakistan: US\$6,942\/t \(Labour US\$/,
    );
  });

  it("writes its table as its CSV: parts, then the total, one row per bar drawn", () => {
    const chart = buildLandedCostChart(meta, { costs, mineral: "copper", countries: ["PK", "AU"] });
    const csv = tableCsv(chart.table);
    expect(csv.columns.map((c) => c.label)).toEqual([
      "Country",
      "Labour (USD per tonne)",
      "Energy (USD per tonne)",
      "Other operating costs (USD per tonne)",
      "Capital charge (USD per tonne)",
      "Security (USD per tonne)",
      "Freight (USD per tonne)",
      "Cargo insurance (USD per tonne)",
      "US tariff (USD per tonne)",
      "Landed cost (USD per tonne)",
    ]);
    expect(csv.rows).toEqual(chart.rows.map((r) => [r.label, ...r.segments.map((s) => s.value), r.total]));
  });

  it("marks the preset's and scenario A's totals, with their own columns, legend entries and alt text", () => {
    const chart = buildLandedCostChart(
      { ...meta, caption: "Landed cost of copper by part (USD per tonne)" },
      {
        costs,
        mineral: "copper",
        countries: ["PK", "AU"],
        baselineTotals: { PK: 7000, AU: 6500 },
        aTotals: { PK: 6000 },
      },
      { row: "Supplier", baseline: "Preset total", a: "A total" },
    );
    expect(chart.rows[0]!.markers).toEqual([
      { key: "baseline", label: "preset total", value: 7000, style: "baseline" },
      { key: "a", label: "scenario A total", value: 6000, style: "a" },
    ]);
    expect(chart.rows[1]!.markers).toEqual([
      { key: "baseline", label: "preset total", value: 6500, style: "baseline" },
    ]);
    expect(chart.table.caption).toBe("Landed cost of copper by part (USD per tonne)");
    expect(
      tableCsv(chart.table)
        .columns.map((c) => c.label)
        .slice(-3),
    ).toEqual(["Landed cost (USD per tonne)", "Preset total (USD per tonne)", "A total (USD per tonne)"]);
    expect(tableCsv(chart.table).rows[1]!.slice(-1)).toEqual([null]);
    expect(chart.legend.map((l) => l.label).slice(-2)).toEqual(["Preset total", "Scenario A total"]);
    expect(chart.alt).toContain("; preset total US$7,000/t; scenario A total US$6,000/t)");
  });

  it("names a country with no cost model, and draws costs that rest on assumptions lighter", () => {
    const chart = buildLandedCostChart(meta, {
      costs: costs.filter((c) => c.country !== "CN"),
      mineral: "cobalt",
      countries: ["PK", "CN"],
    });
    expect(chart.rows.map((r) => r.key)).toEqual(["PK"]);
    expect(chart.missing).toEqual([{ label: "China", reason: "no cost model for this country" }]);
    expect(chart.rows[0]!.segments.every((s) => s.estimate)).toBe(true);
    expect(chart.legend.map((l) => l.label)).toContain("Lighter with a dashed outline: an assumption");
    expect(landedCostProvenance(costs.find((c) => c.mineral === "cobalt")!)).toMatch(
      /assumed from the 2024 price/,
    );
  });
});
