import { describe, expect, it } from "vitest";
import { type ChartTable } from "../charts/chart-model";
import { buildMineralView } from "./mineral";

/** The display of a table's cell, by row key and column label. */
function shown(t: ChartTable, row: string, column: string): string | undefined {
  const r = t.rows.find((x) => x.key === row);
  const i = t.columns.findIndex((c) => c.label === column);
  const c = r?.cells[i];
  return c ? (c.display ?? String(c.value)) : undefined;
}

const keyFigure = (id: string, label: string) =>
  buildMineralView(id)!.keyFigures.find((k) => k.label === label);

describe("shares of a bounded world total are shown as bounds", () => {
  it("puts Pakistan at '≤ 1.3 %' of antimony reserves: USGS prints the world total as '>2,000,000'", () => {
    expect(keyFigure("antimony", "World reserves")!.value).toBe(">2,000,000 t");
    const pk = keyFigure("antimony", "Pakistan's share of world reserves")!;
    // 26,000 t ÷ 2,000,000 t = 1.3 %, and the world holds at least 2,000,000 t.
    expect(pk.value).toBe("≤ 1.3 % of world");
    expect(pk.note).toBe(
      "26,000 t reserves as assessed for MCS 2025, of a world total USGS prints as >2,000,000 t",
    );
    expect(keyFigure("antimony", "Concentration of reserves (HHI, listed countries)")!.value).toMatch(/^≤ /);
    // Production has an exact world total: no bound.
    expect(keyFigure("antimony", "Pakistan's share of world mine production")!.value).toBe("0.25 % of world");
  });

  it("marks the bound in the reserves chart's table, CSV column and notes", () => {
    const view = buildMineralView("antimony")!;
    const chart = view.worldCharts.find((c) => c.id === "antimony-reserves-2024")!;
    expect(shown(chart.table, "PK", "Share of world")).toBe("≤ 1.3 %");
    expect(chart.table.rows.find((r) => r.key === "PK")!.cells[2]!.value).toBe(1.3);
    expect(shown(chart.table, "PK", "Bound")).toBe("share is an upper bound (≤)");
    expect(shown(chart.table, "WORLD", "Bound")).toBe("value is a lower bound");
    expect(chart.notes[0]).toContain('world total as ">2,000,000", a lower bound');
    expect(chart.bars.find((b) => b.key === "PK")!.detail).toBe("≤ 1.3 % of world");
    // The production chart has nothing bounded, so no bound column.
    const production = view.worldCharts.find((c) => c.id === "antimony-mine-production-2024")!;
    expect(production.table.columns.map((c) => c.label)).not.toContain("Bound");
  });

  it("writes a share bounded neither way with '~' (nickel's 'Other countries' reserves, both printed with '>')", () => {
    const view = buildMineralView("nickel")!;
    const chart = view.worldCharts.find((c) => c.id === "nickel-reserves-2024")!;
    // ">9,100,000" of ">130,000,000": 7 %, but either figure may be larger.
    expect(shown(chart.table, "ZZ", "Share of world")).toBe("~7 %");
    expect(shown(chart.table, "CN", "Share of world")).toBe("≤ 3.4 %");
    const reserves = view.concentration!.rows.find((r) => r.key === "reserves")!;
    expect(reserves.cells.map((c) => c.display ?? c.value)).toEqual([
      "Reserves, as assessed for MCS 2025",
      expect.stringMatching(/^≤ \d/),
      "Indonesia ≤ 42.3 %, Australia ≤ 18.5 %, Brazil ≤ 12.3 %",
      "≤ 73.1 %",
      "≤ 3.4 %",
      "~7 %",
      expect.any(String),
    ]);
  });

  it("names the bound in Pakistan's listing", () => {
    const listing = buildMineralView("antimony")!.pakistan.listings.find((l) => l.measure === "reserves")!;
    expect(listing.text).toBe("26,000 t, ≤ 1.3 % of the world total");
  });
});

describe("mining vs refining on the mineral pages", () => {
  const stagesOf = (id: string) => buildMineralView(id)!.stages;

  /** A cell of the sources-differ table, by row key and column key. */
  const at = (t: ChartTable, row: string, column: string) =>
    t.rows.find((r) => r.key === row)!.cells[t.columns.findIndex((c) => c.key === column)]!;

  it("keeps both lithium mining figures for China, 41,000 t (USGS) and 56.9 kt (IEA), and says how far apart", () => {
    const t = stagesOf("lithium").differ!;
    expect(t.rows.map((r) => [r.group, r.key])).toEqual([
      ["Mining, 2024", "mining-usgs"],
      ["Mining, 2024", "mining-iea"],
    ]);
    expect(at(t, "mining-usgs", "china")).toMatchObject({ value: 41000, display: "41,000 t" });
    expect(at(t, "mining-iea", "china")).toMatchObject({ display: "56.86 kt" });
    expect(at(t, "mining-iea", "china").value).toBeCloseTo(56.857756171, 9);
    // 41,000 ÷ 240,000 = 17.1 %; 56.86 ÷ 255.45 = 22.3 %.
    expect(at(t, "mining-usgs", "share").display).toBe("17.1 %");
    expect(at(t, "mining-iea", "share").display).toBe("22.3 %");
    expect(at(t, "mining-iea", "gap").display).toBe("+5.2 points");
    expect(at(t, "mining-iea", "why").value).toBe(
      "The IEA puts China's output 38.7 % above USGS's and the world total 6.4 % above, so China's share is 5.2 points higher in the IEA's figures.",
    );
    // USGS's world total leaves the US out: its note travels with the figure.
    expect(at(t, "mining-usgs", "world").note).toContain("excludes US output, which USGS withholds");
    expect(at(t, "mining-usgs", "source").note).toBe("used in the chart");
  });

  it("explains rare earths by what each source counts: all oxides (USGS) against four magnet elements (IEA)", () => {
    const t = stagesOf("rare-earths").differ!;
    const why = at(t, "mining-iea", "why");
    expect(why.value).toMatch(/^They count different things: USGS every rare-earth oxide mined/);
    expect(why.note).toBe("Definitions: USGS, MCS 2025, pp. 144–145; IEA, Critical Minerals Dataset 2025");
    expect(at(t, "mining-usgs", "counts").value).toBe("rare-earth-oxide equivalent");
    expect(at(t, "mining-iea", "counts").value).toBe(
      "magnet rare earth elements (Nd, Pr, Dy, Tb) in mine production",
    );
  });

  it("finds USGS and the IEA within a point on China's refined copper, 44.4 % against 44.0 %", () => {
    const t = stagesOf("copper").differ!;
    expect(t.rows.map((r) => r.key)).toEqual(["mining-usgs", "mining-iea", "refining-usgs", "refining-iea"]);
    const gap = at(t, "refining-iea", "gap");
    expect(Math.abs(gap.value as number)).toBeLessThan(1);
    expect(gap.display).toBe("−0.4 points");
    expect(at(t, "refining-iea", "why").value).toMatch(/^China's shares agree within a point/);
  });

  it("says where the data hold one stage only, and which, instead of a chart", () => {
    const antimony = stagesOf("antimony");
    expect(antimony.chart).toBeNull();
    expect(antimony.differ).toBeNull();
    expect(antimony.oneStage).toMatch(
      /^Only the mining stage of antimony is in the data \(antimony content, USGS, 2024\)/,
    );
    expect(antimony.oneStage).toContain(
      "the IEA stage data cover copper, lithium, rare earths, graphite (natural), nickel, cobalt only",
    );
    expect(stagesOf("titanium").oneStage).toMatch(
      /^Only the refining or processing stage of titanium is in the data \(titanium sponge metal, USGS, 2024\)/,
    );
  });

  it("gives concentration at each stage and source, the model's figure marked, 'Rest of world' as a bound", () => {
    const t = stagesOf("copper").concentration!;
    expect(t.rows.map((r) => [r.key, r.focus])).toEqual([
      ["mining-usgs-mcs2025-copper", true],
      ["mining-iea-critical-minerals-dataset-2025", false],
      ["refining-usgs-mcs2025-copper", true],
      ["refining-iea-critical-minerals-dataset-2025", false],
    ]);
    const refining = t.rows[2]!.cells.map((c) => c.display ?? c.value);
    // China 12,000 of 27,000 kt; "Other countries" 2,500 kt.
    expect(refining.slice(3, 7)).toEqual(["44.4 %", "60.7 %", "2,201", "≤ 9.3 %"]);
  });
});
