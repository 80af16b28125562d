import { COST_PART_COLUMNS } from "../url/compare-params";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext, type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { KEYS } from "../model/assumptions";
import { costOf } from "../model/landed-cost";
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

  it("adds the ten parts up to the total landed cost and uses the model's discount rate", () => {
    const [pk] = buildCompareRows(inputs, "copper", ["PK", "AU"]);
    const parts = Object.values(COST_PART_COLUMNS).map((id) => pk!.cells[id]!.value!);
    expect(parts).toHaveLength(10);
    expect(parts.reduce((s, x) => s + x, 0)).toBeCloseTo(pk!.cells.landed!.value!, 6);
    // Reko Diq's gold is credited against Pakistan's copper.
    expect(pk!.cells["byproduct-credit"]!.value).toBeLessThan(0);
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

  it("names what Pakistan's copper cost is built on: refined copper, its own Reko Diq, refined in China", () => {
    const [pk] = buildCompareRows(inputs, "copper", ["PK", "AU"]);
    expect(pk!.cells.product).toMatchObject({
      display: "refined copper (cathode)",
      note: "costs in USD per t Cu",
    });
    expect(pk!.cells.reference).toMatchObject({
      display: "Reko Diq, phase 1",
      sourceId: "northernminer-reko-diq-lease-2011",
      href: "/sources#northernminer-reko-diq-lease-2011",
      status: "derived",
    });
    // Its own operation, not scaled from another country's.
    expect(pk!.cells.reference!.note).toBe(
      "Pakistan's own operation; at feasibility stage, not yet producing",
    );
    expect(pk!.cells["reported-cost"]).toMatchObject({
      value: 4440,
      display: "US$4,440 per t payable copper",
    });
    expect(pk!.cells["reported-cost"]!.note).toMatch(/^cash cost before by-product credits/);
    expect(pk!.cells.route!.display).toBe("In China");
    expect(pk!.cells.route!.note).toMatch(/Pakistan has no copper smelter.*The US tariff is then China's\.$/);
    // The duty follows the smelter: China's rate on the customs value, as the model charges it.
    const cost = costOf(inputs.costs, "PK", "copper")!;
    expect(pk!.cells["tariff-rate"]!.value).toBe(cost.tariffPct);
    expect(pk!.cells["tariff-rate"]!.note).toContain("processed in China: China's rate");
    expect(pk!.cells["byproduct-credit"]!.note).toBe("gold in the concentrate (Reko Diq, phase 1)");
  });

  it("names the operation a scaled row is built from, with that operation's own cost definition", () => {
    const [au, us] = buildCompareRows(inputs, "copper", ["AU", "US"]);
    expect(au!.cells.reference!.display).toBe("Gibraltar copper–molybdenum mine");
    expect(au!.cells.reference!.note).toBe(
      "scaled from an operation in Canada to Australia's wages, productivity and energy prices; in production",
    );
    expect(au!.cells["reported-cost"]).toMatchObject({
      value: 5864,
      display: "US$5,864 per t copper produced",
    });
    expect(au!.cells["reported-cost"]!.note).toMatch(/^C1 total operating cost.*net of molybdenum credits$/);
    expect(au!.cells.route!.display).toBe("In Australia");
    expect(au!.cells["byproduct-credit"]!.note).toContain("carried over with its costs");
    expect(us!.cells.route!.display).toBe("In the United States");
    const [pk, lithiumAu] = buildCompareRows(inputs, "lithium", ["PK", "AU"]);
    expect(pk!.cells.product!.display).toBe("lithium carbonate");
    expect(pk!.cells.reference!.note).toMatch(/^scaled from an operation in Australia to Pakistan's wages/);
    expect(lithiumAu!.cells.reference!.note).toMatch(/^Australia's own operation/);
    expect(pk!.cells["reported-cost"]!.display).toBe(
      "US$414 per t of spodumene concentrate, FOB Port Hedland",
    );
  });

  it("says where no operation is sourced, and that a mineral sold as mined has no processing step", () => {
    const [pk] = buildCompareRows(inputs, "antimony", ["PK", "AU"]);
    expect(pk!.cells.reference).toMatchObject({ value: null, display: "none sourced", status: "assumption" });
    expect(pk!.cells.reference!.note).toMatch(/site cash cost at 60 % of the 2024 price/);
    expect(pk!.cells["reported-cost"]).toMatchObject({ value: null, display: "no sourced operation" });
    expect(pk!.cells.route!.display).toBe("no processing step");
  });

  it("follows the scenario: the refining route, the operation's cost, insured risk, years to production", () => {
    const changed = {
      ...values,
      [KEYS.refineRoute("PK")]: 1,
      [KEYS.unitCost("reko-diq")]: 5000,
      [KEYS.riskTreatment]: 1,
      [KEYS.yearsToProduction("PK")]: 8,
    };
    const [pk] = buildCompareRows(
      { ...inputs, values: changed, costs: computeCosts(ctx.data, changed) },
      "copper",
      ["PK", "AU"],
    );
    expect(pk!.cells.route).toMatchObject({ display: "In the United States", status: "assumption" });
    expect(pk!.cells.route!.note).toContain("Set in this scenario.");
    expect(pk!.cells["tariff-rate"]!.note).not.toContain("processed in");
    expect(pk!.cells["reported-cost"]).toMatchObject({ value: 5000, status: "assumption" });
    expect(pk!.cells["reported-cost"]!.note).toContain("the data default is US$4,440 per t payable copper");
    // Insured: no country premium in the rate, the premium in the security part instead.
    expect(pk!.cells["discount-rate"]).toMatchObject({ value: 8, display: "8 %" });
    expect(pk!.cells["discount-rate"]!.note).toContain("political risk is insured");
    expect(pk!.cells.security!.note).toBe(
      "physical security 0.25 % + political-risk insurance 1 % of capital a year",
    );
    expect(pk!.cells["years-to-production"]).toMatchObject({
      value: 8,
      display: "8 years",
      status: "assumption",
    });
  });

  it("shows the parts rounded so that they add up to the landed cost shown", () => {
    for (const mineral of ["copper", "lithium", "rare-earths", "antimony"] as const)
      for (const row of buildCompareRows(inputs, mineral, ["PK", "AU", "CA", "UA", "CN", "US"])) {
        const dollars = (id: string) =>
          Number(row.cells[id]!.display.replace(/[US$,]/g, "").replace("−", "-"));
        const parts = Object.values(COST_PART_COLUMNS).map(dollars);
        expect(
          parts.reduce((s, x) => s + x, 0),
          `${row.country} ${mineral}`,
        ).toBe(dollars("landed"));
      }
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
