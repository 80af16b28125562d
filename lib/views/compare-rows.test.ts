import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext, type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { computeCosts } from "../model/scenario";
import { type ScenarioValues } from "../model/types";
import {
  buildCompareBars,
  buildCompareRows,
  type CompareInputs,
  type CompareRow,
  sortCompareRows,
} from "./compare-rows";
import { serverChartContext } from "./context";

describe("sortCompareRows", () => {
  it("sorts numbers either way and keeps gaps last", () => {
    const row = (country: "PK" | "AU" | "CA", name: string, x: number | null): CompareRow => ({
      country,
      name,
      cells: {
        landed: { value: x, display: String(x), status: null, sourceId: null, method: null, year: null },
      },
    });
    const rows = [row("PK", "Pakistan", null), row("AU", "Australia", 5), row("CA", "Canada", 3)];
    expect(sortCompareRows(rows, "landed", "asc").map((r) => r.country)).toEqual(["CA", "AU", "PK"]);
    expect(sortCompareRows(rows, "landed", "desc").map((r) => r.country)).toEqual(["AU", "CA", "PK"]);
    expect(sortCompareRows(rows, "country", "asc").map((r) => r.country)).toEqual(["AU", "CA", "PK"]);
    expect(sortCompareRows(rows, null, "asc").map((r) => r.country)).toEqual(["PK", "AU", "CA"]);
  });
});

describe("buildCompareRows over the real data (Evidence baseline)", () => {
  let ctx: ModelContext;
  let inputs: CompareInputs;
  let values: ScenarioValues;
  beforeAll(() => {
    const dataset = loadDataset();
    ctx = buildModelContext(dataset);
    values = presetValues(ctx.table, ctx.presets[0]!);
    inputs = {
      dataset,
      table: ctx.table,
      values,
      costs: computeCosts(ctx.data, values),
    };
  });

  it("shows Pakistan's antimony share of world output and China's", () => {
    const [pk, cn] = buildCompareRows(inputs, "antimony", ["PK", "CN"]);
    // USGS MCS 2025: Pakistan 250 t, China 60,000 t of a 100,000 t world total in 2024.
    expect(pk!.cells["production-share"]).toMatchObject({
      value: 0.0025,
      display: "0.25 %",
      status: "source-estimate",
    });
    expect(pk!.cells["production-share"]!.note).toBe("250 t in 2024");
    expect(cn!.cells["production-share"]!.display).toBe("60 %");
  });

  it("shows gaps with their reason, never as zero", () => {
    const [pk] = buildCompareRows(inputs, "graphite", ["PK", "AU"]);
    expect(pk!.cells["production-share"]!.value).toBeNull();
    expect(pk!.cells["production-share"]!.display).toMatch(/^not listed/);
    expect(pk!.cells.pipeline!.display).toBe("no project in the data");
  });

  it("adds the eight parts up to the total landed cost and uses the model's discount rate", () => {
    const [pk] = buildCompareRows(inputs, "copper", ["PK", "AU"]);
    const parts = [
      "labour",
      "energy",
      "other-opex",
      "capital",
      "security",
      "freight",
      "insurance",
      "tariff-cost",
    ].map((id) => pk!.cells[id]!.value!);
    expect(parts.reduce((s, x) => s + x, 0)).toBeCloseTo(pk!.cells.landed!.value!, 6);
    // 8 % base + 0.5 × 12.02 points Pakistani country risk premium = 14.01 %.
    expect(pk!.cells["discount-rate"]!.value).toBeCloseTo(14.01, 6);
    expect(pk!.cells["discount-rate"]!.display).toBe("14.01 %");
  });

  it("reads the wage, productivity, years to production and the Reko Diq pipeline", () => {
    const [pk, us] = buildCompareRows(inputs, "copper", ["PK", "US"]);
    expect(pk!.cells.wage!.value).toBe(2130);
    expect(pk!.cells.wage!.note).toContain("mining and quarrying wage");
    expect(pk!.cells.productivity).toMatchObject({ value: 0.5, status: "assumption" });
    expect(pk!.cells["years-to-production"]).toMatchObject({ value: 4, display: "4 years" });
    // Reko Diq phases 1 and 2 (240 + 220 kt Cu a year) and Saindak's East Ore Body in blister copper, kept apart.
    expect(pk!.cells.pipeline!.display).toBe("460,000 t Cu/yr + 24,276 t blister copper/yr");
    expect(pk!.cells.pipeline!.note).toContain("from 2028");
    expect(us!.cells["tariff-rate"]!.value).toBeNull();
    expect(us!.cells["tariff-rate"]!.display).toMatch(/not applicable/);
  });

  it("marks a wage changed in the scenario as an assumption and names the data default", () => {
    const [pk] = buildCompareRows({ ...inputs, values: { ...values, "wage-pk": 6000 } }, "copper", [
      "PK",
      "AU",
    ]);
    expect(pk!.cells.wage).toMatchObject({ value: 6000, status: "assumption" });
    expect(pk!.cells.wage!.note).toContain("the data default is US$2,130 a year");
  });

  it("builds chart bars from the quantities, with the share beside each name and the provenance", () => {
    const rows = buildCompareRows(inputs, "antimony", ["PK", "CN", "AU"]);
    const production = buildCompareBars(rows, "production-share", serverChartContext());
    expect(production.bars.map((b) => [b.label, b.value, b.display, b.detail])).toEqual([
      ["Pakistan", 250, "250 t", "0.25 % of world"],
      ["China", 60000, "60,000 t", "60 % of world"],
      ["Australia", 2000, "2,000 t", "2 % of world"],
    ]);
    expect(production.bars[0]!.provenance).toBe("USGS, MCS 2025, pp. 34–35 · 2024 · Source's estimate");
    const wages = buildCompareBars(rows, "wage", serverChartContext());
    expect(wages.bars[0]).toMatchObject({ value: 2130, display: "US$2,130 a year", estimate: false });
    expect(wages.bars[0]!.detail).toBeUndefined();
  });
});
