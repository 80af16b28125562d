import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext, type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { computeCosts } from "../model/scenario";
import { type ScenarioValues } from "../model/types";
import {
  buildCompareBars,
  buildCompareRows,
  compareHref,
  type CompareInputs,
  type CompareRow,
  DEFAULT_COMPARE_VIEW,
  nextSort,
  parseCompareParams,
  sortCompareRows,
} from "./compare";

const parse = (q: string) => parseCompareParams(new URLSearchParams(q));

describe("parseCompareParams", () => {
  it("defaults to copper with Pakistan, Australia and Canada, unsorted, linear", () => {
    const { view, warnings } = parse("");
    expect(view).toEqual(DEFAULT_COMPARE_VIEW);
    expect(view.countries).toEqual(["PK", "AU", "CA"]);
    expect(warnings).toEqual([]);
  });

  it("reads a comma list and the repeated form a plain HTML form submits", () => {
    expect(parse("mineral=lithium&countries=PK,UA,CN").view).toMatchObject({
      mineral: "lithium",
      countries: ["PK", "UA", "CN"],
    });
    expect(parse("countries=PK&countries=UA&countries=us").view.countries).toEqual(["PK", "UA", "US"]);
  });

  it("names an unknown mineral and falls back to copper", () => {
    const { view, warnings } = parse("mineral=unobtainium");
    expect(view.mineral).toBe("copper");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('"unobtainium"');
  });

  it("ignores an unknown country by name and keeps the rest", () => {
    const { view, warnings } = parse("countries=PK,XX,AU");
    expect(view.countries).toEqual(["PK", "AU"]);
    expect(warnings.map((w) => w.message).join()).toContain('"XX"');
  });

  it("falls back to the default selection with fewer than two countries", () => {
    const { view, warnings } = parse("countries=PK");
    expect(view.countries).toEqual(["PK", "AU", "CA"]);
    expect(warnings[0]!.message).toMatch(/at least 2 countries.*got 1 \(PK\).*showing PK, AU, CA/);
  });

  it("reports more than six countries and duplicates", () => {
    const { view, warnings } = parse("countries=PK,AU,CA,UA,CN,US,PK");
    expect(view.countries).toEqual(["PK", "AU", "CA", "UA", "CN", "US"]);
    const text = warnings.map((w) => w.message).join(" | ");
    expect(text).toContain("listed more than once");
    expect(text).toContain("7 countries given");
  });

  it("reads sort, direction and scale, and names bad ones", () => {
    expect(parse("sort=landed").view).toMatchObject({ sort: "landed", dir: "asc" });
    expect(parse("sort=stability").view).toMatchObject({ sort: "stability", dir: "desc" });
    expect(parse("sort=landed&dir=desc&scale=log").view).toMatchObject({
      sort: "landed",
      dir: "desc",
      scale: "log",
    });
    const bad = parse("sort=price&dir=up&scale=cubic");
    expect(bad.view).toMatchObject({ sort: null, scale: "linear" });
    expect(bad.warnings.map((w) => w.field)).toEqual(["sort", "dir", "scale"]);
    expect(bad.warnings[0]!.message).toContain('"price"');
  });

  it("names empty and repeated sort, direction and scale instead of quietly dropping them", () => {
    const empty = parse("sort=&dir=&scale=");
    expect(empty.view).toMatchObject({ sort: null, dir: "asc", scale: "linear" });
    expect(empty.warnings.map((w) => w.field)).toEqual(["sort", "dir", "scale"]);
    const repeated = parse("sort=landed&sort=wage&dir=desc&dir=asc&scale=log&scale=linear");
    expect(repeated.view).toMatchObject({ sort: "landed", dir: "desc", scale: "log" });
    expect(repeated.warnings.map((w) => w.field)).toEqual(["sort", "dir", "scale"]);
    expect(repeated.warnings[0]!.message).toBe('sort is given 2 times; using the first, "landed"');
  });

  it("quotes hostile values visibly and briefly", () => {
    const { warnings } = parse(`mineral=${encodeURIComponent("\u202egold<script>")}&sort=${"z".repeat(500)}`);
    expect(warnings[0]!.message).toContain('"\\u202egold<script>"');
    expect(warnings[1]!.message).toContain(`"${"z".repeat(40)}…"`);
  });
});

describe("compare links and sorting", () => {
  it("writes the view with literal commas and the scenario query after it", () => {
    const view = { ...DEFAULT_COMPARE_VIEW, sort: "landed", dir: "desc" as const, scale: "log" as const };
    expect(compareHref(view, "v=1&crp-pk=6")).toBe(
      "/compare?mineral=copper&countries=PK,AU,CA&sort=landed&dir=desc&scale=log&v=1&crp-pk=6",
    );
    expect(compareHref(DEFAULT_COMPARE_VIEW, "")).toBe("/compare?mineral=copper&countries=PK,AU,CA");
  });

  it("flips the direction of the sorted column and starts others at their first direction", () => {
    const sorted = nextSort(DEFAULT_COMPARE_VIEW, "landed");
    expect(sorted).toMatchObject({ sort: "landed", dir: "asc" });
    expect(nextSort(sorted, "landed")).toMatchObject({ sort: "landed", dir: "desc" });
    expect(nextSort(sorted, "reserves-share")).toMatchObject({ sort: "reserves-share", dir: "desc" });
  });

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
      countryName: (c) => dataset.countries.find((x) => x.code === c)?.name ?? c,
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

  it("builds chart bars from the quantities, with WGI bounds as ranges", () => {
    const rows = buildCompareRows(inputs, "antimony", ["PK", "CN", "AU"]);
    const production = buildCompareBars(rows, "production-share", () => "p");
    expect(production.bars.map((b) => [b.label, b.value, b.display, b.detail])).toEqual([
      ["Pakistan", 250, "250 t", "0.25 % of world"],
      ["China", 60000, "60,000 t", "60 % of world"],
      ["Australia", 2000, "2,000 t", "2 % of world"],
    ]);
    const stability = buildCompareBars(rows, "stability", () => "p", { useQuantity: false });
    expect(stability.bars[0]!.low).toBeLessThan(stability.bars[0]!.value);
    expect(stability.bars[0]!.high).toBeGreaterThan(stability.bars[0]!.value);
    expect(stability.bars[0]!.estimate).toBe(false);
    const wages = buildCompareBars(rows, "wage", () => "p");
    expect(wages.bars[0]).toMatchObject({ value: 2130, display: "US$2,130 a year", estimate: false });
    expect(wages.bars[0]!.detail).toBeUndefined();
  });
});
