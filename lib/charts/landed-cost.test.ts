import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext } from "../model/context";
import { type LandedCost } from "../model/landed-cost";
import { presetValues } from "../model/presets";
import { computeCosts } from "../model/scenario";
import { COST_COMPONENTS } from "../model/types";
import { tableCsv } from "./chart-model";
import { serverChartContext } from "../views/context";
import { buildLandedCostChart, landedCostProvenance } from "./landed-cost";

let costs: LandedCost[];
beforeAll(() => {
  const ctx = buildModelContext(loadDataset());
  costs = [...computeCosts(ctx.data, presetValues(ctx.table, ctx.presets[0]!)).values()];
});

const meta = { id: "landed-cost", title: "Landed cost of copper", subtitle: "", sources: [] };
/** What every chart of a mineral with a processing step (copper: smelting and refining) is given besides costs. */
const copper = {
  mineral: "copper",
  basis: { hasProcessingStep: true, cite: serverChartContext().cite },
};

describe("buildLandedCostChart", () => {
  it("stacks the ten parts of each country's landed cost up to its total, in the order asked for", () => {
    const chart = buildLandedCostChart(meta, { ...copper, costs, countries: ["PK", "AU", "CA"] });
    expect(chart.rows.map((r) => r.label)).toEqual(["Pakistan", "Australia", "Canada"]);
    for (const row of chart.rows) {
      expect(row.segments.map((s) => s.key)).toEqual([...COST_COMPONENTS]);
      expect(row.segments.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(row.total, 6);
    }
    // The row prints the model's own total; the by-product credit is the one negative part.
    const pk = costs.find((c) => c.country === "PK" && c.mineral === "copper")!;
    expect(chart.rows[0]).toMatchObject({ total: pk.landedCostUsdPerTonne, highlight: true });
    expect(chart.rows[0]!.segments.find((s) => s.key === "byproductCredit")!.value).toBeLessThan(0);
    expect(chart.legend).toHaveLength(10);
    expect(chart.alt).toMatch(
      /^Stacked bar chart, Landed cost of copper\. Pakistan: US\$[\d,]+\/t \(Labour US\$/,
    );
  });

  it("writes its table as its CSV: the reference operation, the route, the ten parts and the total", () => {
    const chart = buildLandedCostChart(meta, { ...copper, costs, countries: ["PK", "AU"] });
    const csv = tableCsv(chart.table);
    expect(csv.columns.map((c) => c.label)).toEqual([
      "Country",
      "Reference operation",
      "Source of its cost",
      "Own or scaled",
      "Where it is processed",
      "Labour (USD per t Cu)",
      "Energy (USD per t Cu)",
      "Other operating costs (USD per t Cu)",
      "Capital charge (USD per t Cu)",
      "Security (USD per t Cu)",
      "Processing (USD per t Cu)",
      "Freight (USD per t Cu)",
      "Cargo insurance (USD per t Cu)",
      "US tariff (USD per t Cu)",
      "By-product credit (USD per t Cu)",
      "Landed cost (USD per t Cu)",
    ]);
    // Pakistan's copper is built from its own Reko Diq and smelted in China; Australia's is scaled from Gibraltar.
    expect(csv.rows.map((r) => r.slice(0, 5))).toEqual([
      ["Pakistan", "Reko Diq, phase 1", "northernminer-reko-diq-lease-2011", "own operation", "In China"],
      [
        "Australia",
        "Gibraltar copper–molybdenum mine",
        "taseko-2024-results-advfn",
        "scaled from Canada",
        "In Australia",
      ],
    ]);
    expect(csv.rows.map((r) => r.slice(5))).toEqual(
      chart.rows.map((r) => [...r.segments.map((s) => s.value), r.total]),
    );
  });

  it("shows the parts rounded so that they add up to the total shown, the credit with a true minus", () => {
    const chart = buildLandedCostChart(meta, { ...copper, costs, countries: ["PK", "AU", "CA"] });
    const parse = (text: string | undefined) => Number(text!.replace(/,/g, "").replace("−", "-"));
    for (const row of chart.table.rows) {
      const shown = row.cells.slice(5, 15).map((c) => parse(c.display));
      expect(shown.reduce((s, x) => s + x, 0)).toBe(parse(row.cells[15]!.display));
    }
    const credit = chart.table.rows[0]!.cells[14]!;
    expect(credit.display).toMatch(/^−\d/);
    expect(chart.rows[0]!.segments[9]!.display).toMatch(/^−US\$[\d,]+\/t$/);
    // The alt text names the credit too: every part that is not zero.
    expect(chart.alt).toMatch(/Pakistan: US\$[\d,]+\/t \(.*By-product credit −US\$[\d,]+\/t\)/);
    expect(chart.rows[0]!.segments[0]!.tooltip).toContain(
      "Built from Reko Diq, phase 1: Pakistan's own operation",
    );
  });

  it("marks the preset's and scenario A's totals, with their own columns, legend entries and alt text", () => {
    const chart = buildLandedCostChart(
      { ...meta, caption: "Landed cost of copper by part (USD per tonne)" },
      {
        mineral: "copper",
        costs,
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
    // Without `basis` (the lab's chart) the table holds the supplier, the parts and the totals only.
    expect(chart.table.columns.map((c) => c.key).slice(0, 2)).toEqual(["country", "labor"]);
    expect(tableCsv(chart.table).rows[1]!.slice(-1)).toEqual([null]);
    expect(chart.legend.map((l) => l.label).slice(-2)).toEqual(["Preset total", "Scenario A total"]);
    expect(chart.alt).toContain("; preset total US$7,000/t; scenario A total US$6,000/t)");
  });

  it("names a country with no cost model, and draws costs that rest on assumptions lighter", () => {
    const chart = buildLandedCostChart(meta, {
      basis: { ...copper.basis, hasProcessingStep: false },
      costs: costs.filter((c) => c.country !== "CN"),
      mineral: "cobalt",
      countries: ["PK", "CN"],
    });
    expect(chart.rows.map((r) => r.key)).toEqual(["PK"]);
    expect(chart.missing).toEqual([{ label: "China", reason: "no cost model for this country" }]);
    expect(chart.rows[0]!.segments.every((s) => s.estimate)).toBe(true);
    // No sourced operation: the row says so, and cobalt metal needs no processing step.
    expect(chart.table.rows[0]!.cells.slice(1, 5).map((c) => c.value)).toEqual([
      "Assumed reference operation (no sourced cost)",
      "project-assumptions",
      "assumed",
      "no processing step",
    ]);
    expect(chart.legend.map((l) => l.label)).toContain("Lighter with a dashed outline: an assumption");
    expect(landedCostProvenance(costs.find((c) => c.mineral === "cobalt")!)).toMatch(
      /assumed from the 2024 price/,
    );
  });
});
