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

describe("supply by stage in the dataset API", () => {
  const IEA = "iea-critical-minerals-dataset-2025";
  const select = (q: string) => {
    const p = parse(q);
    if (!p.ok) throw new Error(`bad query ${q}: ${p.errors.map((e) => e.message).join("; ")}`);
    return selectDataset(ds, p.filters);
  };

  it("serves China's 2024 refined copper from USGS and from the IEA, with the same fields as every row", () => {
    const env = select("mineral=copper&measure=refinery-production&country=CN");
    const y2024 = env.observations.filter((o) => o.year === 2024);
    // USGS MCS 2025 (12,000 kt, estimate), MCS 2026's revision and the IEA's 11,860 kt.
    expect(y2024.map((o) => [o.sourceId, o.value, o.unit, o.status])).toEqual(
      expect.arrayContaining([
        ["usgs-mcs2025-copper", 12000, "kt", "source-estimate"],
        [IEA, 11860, "kt", "secondary"],
      ]),
    );
    const iea = y2024.find((o) => o.sourceId === IEA)!;
    expect(iea).toMatchObject({
      country: "CN",
      mineral: "copper",
      measure: "refinery-production",
      basis: "refined copper, copper content",
      printed: "11860.0",
    });
    expect(iea.locator).toContain("transcription path supply.Copper.refining.countries.China");
    // The IEA's projections ride along as years of the same measure.
    expect(env.observations.filter((o) => o.sourceId === IEA).map((o) => o.year)).toEqual([
      2024, 2030, 2035, 2040,
    ]);
    expect(env.sources.map((s) => s.id)).toContain(IEA);
  });

  it("filters by source: the IEA's rows alone, every one at the mining or refining stage", () => {
    const env = select(`source=${IEA}`);
    expect(env.observations.length).toBe(ds.observations.filter((o) => o.sourceId === IEA).length);
    expect(new Set(env.observations.map((o) => o.measure))).toEqual(
      new Set(["mine-production", "refinery-production"]),
    );
    expect(env.sources.map((s) => s.id)).toEqual([IEA]);
    const lithium = select(`source=${IEA}&mineral=lithium&measure=mine-production&country=CN`).observations;
    expect(lithium.find((o) => o.year === 2024)!.value).toBeCloseTo(56.86, 2);
    const bad = parse("source=no-such-source");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ field: "source" });
  });

  it("serves printed bounds as bound, in JSON and in the CSV's bound column", () => {
    const env = select("mineral=antimony&measure=reserves&country=WORLD&edition=MCS 2025");
    expect(env.observations).toEqual([
      expect.objectContaining({ value: 2_000_000, bound: "lower", printed: ">2,000,000" }),
    ]);
    expect(env.observations[0]).not.toHaveProperty("qualifier");
    const rows = Papa.parse<Record<string, string>>(datasetToCsv(env, "2026-12-02", "http://x/api/dataset"), {
      header: true,
      comments: "#",
      skipEmptyLines: true,
    });
    expect(rows.data[0]).toMatchObject({
      value: "2000000",
      bound: "lower",
      qualifier: "",
      printed: ">2,000,000",
    });
  });
});
