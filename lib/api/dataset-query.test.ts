import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { canonicalDatasetQuery, datasetToCsv, parseDatasetQuery, selectDataset } from "./dataset-query";

const ds = loadDataset();
const parse = (q: string) => parseDatasetQuery(new URLSearchParams(q), ds);

describe("dataset API query", () => {
  it("spells equal filters one way, so a cached answer and its permalink fit every spelling", () => {
    const a = parse("country=pk,CN&mineral=antimony&format=csv");
    const b = parse("format=csv&mineral=antimony&country=CN,PK");
    if (!a.ok || !b.ok) throw new Error("both queries are valid");
    expect(canonicalDatasetQuery(a.filters)).toBe("mineral=antimony&country=CN,PK&format=csv");
    expect(canonicalDatasetQuery(b.filters)).toBe(canonicalDatasetQuery(a.filters));
    expect(selectDataset(ds, a.filters).meta.filters).toEqual({
      mineral: ["antimony"],
      country: ["CN", "PK"],
    });
  });

  it("narrows to the filtered observations and the sources and countries they cite", () => {
    const p = parse("mineral=graphite&country=cn,WORLD&measure=mine-production&edition=MCS 2025");
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const env = selectDataset(ds, p.filters);
    expect(env.observations.map((o) => [o.country, o.year, o.value])).toEqual([
      ["CN", 2023, 1210000],
      ["CN", 2024, 1270000],
      ["WORLD", 2023, 1530000],
      ["WORLD", 2024, 1600000],
    ]);
    expect(env.countries.map((c) => c.code).sort()).toEqual(["CN", "WORLD"]);
    expect(env.sources.map((s) => s.id)).toEqual(["usgs-mcs2025-graphite"]);
  });

  it("names every bad parameter", () => {
    const p = parse("mineral=gold&country=XX&measure=&format=pdf&colour=red&mineral=copper");
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.errors.map((e) => e.field).sort()).toEqual(
      ["colour", "country", "format", "measure", "mineral", "mineral"].sort(),
    );
  });

  it("writes CSV whose rows a CSV parser reads back with the same values", () => {
    const p = parse("mineral=antimony&country=PK");
    if (!p.ok) throw new Error("bad query");
    const env = selectDataset(ds, p.filters);
    const csv = datasetToCsv(
      env,
      "2026-11-27",
      "http://localhost:3000/api/dataset?mineral=antimony&country=PK&format=csv",
    );
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      comments: "#",
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(env.observations.length);
    const r = rows.data.find(
      (x) => x.measure === "mine-production" && x.year === "2024" && x.edition === "MCS 2025",
    )!;
    expect(r).toMatchObject({
      country: "PK",
      country_name: "Pakistan",
      value: "250",
      unit: "t",
      source_licence: "Public domain (U.S. Government work)",
    });
  });
});
