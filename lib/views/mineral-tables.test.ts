import { describe, expect, it } from "vitest";
import { buildImportSourcesSeries } from "../charts/import-sources";
import { buildWorldTable, type WorldTable } from "../charts/world-table";
import { type ChartTable } from "../charts/chart-model";
import { countryName as name } from "../data/country-names";
import { loadDataset } from "../data/load";
import { serverChartContext } from "./context";
import { buildConcentrationSummary, buildEditionTable, buildRelianceTable } from "./mineral-tables";

const ds = loadDataset();
const ctx = serverChartContext();

/** The display of a table's cell, by row header and column label. */
function shown(t: ChartTable, row: string, column: string): string | undefined {
  const r = t.rows.find((x) => x.cells[0]!.value === row || x.key === row);
  const i = t.columns.findIndex((c) => c.label === column || c.key === column);
  const c = r?.cells[i];
  return c ? (c.display ?? String(c.value)) : undefined;
}

describe("buildConcentrationSummary", () => {
  it("works a small table by hand: HHI in points, top 3, China's share, the residual left out", () => {
    const obs = (country: string, value: number) => ({
      country,
      mineral: "copper" as const,
      measure: "m",
      year: 2024,
      value,
      unit: "t",
      status: "published" as const,
      sourceId: "s",
      edition: "MCS 2025" as const,
    });
    const table = buildWorldTable(
      [obs("WORLD", 100), obs("CN", 50), obs("AU", 30), obs("CA", 10), obs("ZZ", 10)],
      (c) => c,
      { mineral: "copper", measure: "m", year: 2024, edition: "MCS 2025" },
    ) as WorldTable;
    // Shares 0.5, 0.3, 0.1 → HHI = (0.25 + 0.09 + 0.01) × 10,000 = 3,500; top 3 = 90 %; other 10 %.
    const s = buildConcentrationSummary(table)!;
    expect(s.hhiPoints).toBe(3500);
    expect(s.top3Share).toBeCloseTo(0.9, 12);
    expect(s.chinaShare).toBe(0.5);
    expect(s.otherShare).toBe(0.1);
    expect(s.top3.map((t) => t.country)).toEqual(["CN", "AU", "CA"]);
  });

  it("gives China's 69.2 % of rare-earth mine production in 2024", () => {
    const table = buildWorldTable(ds.observations, name, {
      mineral: "rare-earths",
      measure: "mine-production",
      year: 2024,
      edition: "MCS 2025",
    })!;
    const s = buildConcentrationSummary(table)!;
    expect(s.chinaShare).toBeCloseTo(270000 / 390000, 12);
    expect(s.top3[0]!.name).toBe("China");
  });
});

describe("buildRelianceTable", () => {
  it("keeps USGS's printed bounds and writes out net exporters", () => {
    const lithium = buildRelianceTable(ds.observations, "lithium", "MCS 2025", "Lithium", ctx)!;
    expect(lithium.columns.slice(1, -1).map((c) => c.label)).toEqual([
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
    ]);
    expect(lithium.rows[0]!.cells[5]!.display).toBe(">50 %");
    const ree = buildRelianceTable(ds.observations, "rare-earths", "MCS 2025", "REE", ctx)!;
    expect(ree.rows).toHaveLength(2);
    expect(ree.rows.find((r) => /concentrates/.test(r.key))!.cells[5]!.display).toBe("net exporter");
    const copper = buildRelianceTable(ds.observations, "copper", "MCS 2026", "Copper", ctx)!;
    const y2025 = copper.columns.findIndex((c) => c.label === "2025");
    expect(copper.rows[0]!.cells[y2025]).toMatchObject({ display: "57 %", value: 57, mark: "secondary" });
  });
});

describe("buildImportSourcesSeries", () => {
  it("lists the named sources largest first, 'Other countries' last", () => {
    const entry = ds.importSources.find((r) => r.mineral === "rare-earths" && r.primary)!;
    const s = buildImportSourcesSeries(entry, "USGS");
    expect(s.bars.map((b) => [b.label, b.display])).toEqual([
      ["China", "70 %"],
      ["Malaysia", "13 %"],
      ["Japan", "6 %"],
      ["Estonia", "5 %"],
      ["Other countries", "6 %"],
    ]);
    expect(s.missing).toEqual([]);
  });

  it("says when an edition prints no residual", () => {
    const entry = ds.importSources.find((r) => r.mineral === "rare-earths" && r.edition === "MCS 2026")!;
    expect(buildImportSourcesSeries(entry, "USGS").missing[0]!.reason).toBe(
      "not printed; the listed sources add up to 71 %",
    );
  });
});

describe("buildEditionTable", () => {
  it("puts MCS 2025's estimate beside MCS 2026's revision, in separate columns", () => {
    const t = buildEditionTable(ds.observations, "graphite", "Graphite")!;
    expect(shown(t, "CA", "MCS 2025|mine-production|2024")).toBe("20,000 t");
    expect(shown(t, "CA", "MCS 2026|mine-production|2024")).toBe("11,700 t");
    expect(t.rows[t.rows.length - 1]!.key).toBe("WORLD");
    const groups = t.columns.slice(1).map((c) => c.group!);
    expect(groups).toEqual([...groups].sort());
  });

  it("returns null where MCS 2026 has no values (titanium)", () => {
    expect(buildEditionTable(ds.observations, "titanium", "Titanium")).toBeNull();
  });
});
