import { describe, expect, it } from "vitest";
import { PRIMARY_EDITION, REFERENCE_YEAR } from "../data/constants";
import { countryName } from "../data/country-names";
import { loadDataset } from "../data/load";
import { serverChartContext } from "../views/context";
import { buildMapChart, type MapValue } from "./map";
import { worldShapes } from "./world-geometry";
import { buildWorldTableMap } from "./world-map";
import { buildWorldChart, buildWorldTable } from "./world-table";

function copperMap(measure = "mine-production") {
  const table = buildWorldTable(loadDataset().observations, countryName, {
    mineral: "copper",
    measure,
    year: REFERENCE_YEAR,
    edition: PRIMARY_EDITION,
  })!;
  const ctx = serverChartContext();
  const chart = buildWorldChart(table, ctx, {
    title: "World mine production of copper",
    mineralName: "Copper",
  });
  return { table, map: buildWorldTableMap(table, chart, worldShapes().shapes, ctx) };
}

describe("the map of copper mine production", () => {
  const { table, map } = copperMap();
  const { shapes } = worldShapes();

  it("colours one shape per country USGS lists with a value, and hatches every other shape", () => {
    const listed = table.rows.filter((r) => r.value !== null).map((r) => r.country);
    expect(map.countries.map((c) => c.code).sort()).toEqual([...listed].sort());
    expect(new Set(map.countries.map((c) => c.shapeId)).size).toBe(listed.length);
    const coloured = new Set(map.countries.map((c) => c.shapeId));
    expect(map.noData.length + coloured.size).toBe(shapes.length);
    expect(map.noData.filter((id) => coloured.has(id))).toEqual([]);
    // The hatched set is exactly what the frame lists as not shown.
    expect(map.missing.map((m) => m.label).sort()).toEqual(
      shapes
        .filter((s) => !coloured.has(s.id))
        .map((s) => s.name)
        .sort(),
    );
    // USGS lists Pakistan without a value: its own note says why.
    const pk = table.rows.find((r) => r.country === "PK")!;
    expect(pk.value).toBeNull();
    expect(map.missing.find((m) => m.label === "Pakistan")?.reason).toBe(pk.observation.note);
    expect(map.missing.find((m) => m.label === "France")?.reason).toMatch(/^not listed by USGS/);
  });

  it("puts Chile, the largest producer, in the top bin, with its value, status and source in its name", () => {
    const chile = map.countries.find((c) => c.code === "CL")!;
    const chileRow = table.rows.find((r) => r.country === "CL")!;
    expect(chile.value).toBe(chileRow.value);
    expect(chile.bin).toBe(map.bins.length - 1);
    expect(map.bins).toHaveLength(4);
    expect(chile.shapeId).toBe("152");
    expect(chile.label).toMatch(/^Chile: 5,300 kt — USGS, MCS 2025.* · 2024 · /);
    // The smallest listed producer sits in the lowest bin.
    expect(map.countries.at(-1)!.bin).toBe(0);
  });

  it("writes the unit into every bin of the legend, and a hatched entry for no data", () => {
    expect(map.legend.map((l) => l.label)).toEqual([
      ...map.bins.map(() => expect.stringMatching(/^[\d,]+–[\d,]+ kt$/) as unknown as string),
      "Hatched: no data",
    ]);
    expect(map.bins.at(-1)!.upper).toBe(5_300);
    expect(map.bins.at(-1)!.label).toMatch(/–5,300 kt$/);
  });

  it("has a table (and CSV) of exactly the coloured countries, largest first, and says what aggregates hold", () => {
    expect(map.table.rows.map((r) => r.key)).toEqual(map.countries.map((c) => c.code));
    expect(map.table.rows[0]!.cells[1]!.value).toBe(5_300);
    expect(map.notes.join(" ")).toMatch(
      /World \(.+\) and Other countries \(.+\) are aggregates, not countries/,
    );
    expect(map.id).toBe("copper-mine-production-2024-map");
  });
});

describe("buildMapChart", () => {
  const shapes = [
    { id: "586", code: "PK", name: "Pakistan" },
    { id: "036", code: "AU", name: "Australia" },
    { id: "124", code: "CA", name: "Canada" },
    { id: "Kosovo", name: "Kosovo" },
  ];
  const value = (code: string, v: number): MapValue => ({
    code,
    name: countryName(code),
    value: v,
    display: String(v),
    year: 2023,
    status: "published",
    sourceId: "worldbank-wgi-2024",
    provenance: "World Bank",
  });
  const build = (values: MapValue[]) =>
    buildMapChart(
      { id: "wgi", title: "Rank", subtitle: "", sources: [], changes: [] },
      {
        values,
        unit: "(rank)",
        valueColumn: { label: "Rank", unit: "0–100" },
        format: "number",
        binning: { kind: "quantize", domain: [0, 100] },
        shapes,
        noDataReason: "no WGI value in the data",
        cite: (id) => id,
      },
    );

  it("bins a fixed domain evenly: 0–25, 25–50, 50–75, 75–100; a value on a threshold goes up", () => {
    const map = build([value("PK", 3.3), value("AU", 75), value("CA", 74.9)]);
    expect(map.bins.map((b) => b.label)).toEqual([
      "0–25 (rank)",
      "25–50 (rank)",
      "50–75 (rank)",
      "75–100 (rank)",
    ]);
    expect(Object.fromEntries(map.countries.map((c) => [c.code, c.bin]))).toEqual({ PK: 0, AU: 3, CA: 2 });
    expect(map.noData).toEqual(["Kosovo"]);
    expect(map.missing).toEqual([{ label: "Kosovo", reason: "no WGI value in the data" }]);
  });

  it("draws nothing and says so when no country has a value", () => {
    const map = build([]);
    expect(map.countries).toEqual([]);
    expect(map.noData).toHaveLength(4);
    expect(map.alt).toBe("World map, Rank: no data.");
  });
});
