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
