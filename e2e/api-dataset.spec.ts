import Papa from "papaparse";
import { expect, test } from "./fixtures";

test("GET /api/dataset returns countries, minerals, observations and sources with provenance", async ({
  request,
}) => {
  const res = await request.get("/api/dataset");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.minerals).toHaveLength(10);
  expect(body.countries.map((c: { code: string }) => c.code)).toEqual(
    expect.arrayContaining(["PK", "AU", "CA", "UA", "CN", "US", "WORLD"]),
  );
  const reCn = body.observations.find(
    (o: Record<string, unknown>) =>
      o.country === "CN" &&
      o.mineral === "rare-earths" &&
      o.measure === "mine-production" &&
      o.year === 2024 &&
      o.edition === "MCS 2025",
  );
  expect(reCn).toMatchObject({
    value: 270000,
    unit: "t",
    status: "source-estimate",
    sourceId: "usgs-mcs2025-rare-earths",
  });
  const pv = body.observations.find(
    (o: Record<string, unknown>) =>
      o.country === "PK" && o.measure === "wgi-political-stability-percentile" && o.year === 2023,
  );
  expect(pv).toMatchObject({ mineral: null, unit: "percentile rank", status: "published" });
  expect(pv.value).toBeCloseTo(6.6, 1);
  for (const o of body.observations) {
    expect(typeof o.unit).toBe("string");
    if (o.sourceId.startsWith("usgs-")) expect(["MCS 2025", "MCS 2026"]).toContain(o.edition);
  }
  const ids = new Set(body.sources.map((s: { id: string }) => s.id));
  for (const o of body.observations) expect(ids.has(o.sourceId)).toBe(true);
});

test("filters narrow the envelope, and reserves carry the assessed year", async ({ request }) => {
  const res = await request.get("/api/dataset?mineral=antimony&country=PK&measure=reserves");
  const body = await res.json();
  expect(body.observations).toEqual([
    expect.objectContaining({
      country: "PK",
      mineral: "antimony",
      measure: "reserves",
      year: 2024,
      value: 26000,
      unit: "t",
      edition: "MCS 2025",
    }),
    expect.objectContaining({
      country: "PK",
      mineral: "antimony",
      measure: "reserves",
      year: 2025,
      value: 26000,
      edition: "MCS 2026",
    }),
  ]);
  expect(body.countries.map((c: { code: string }) => c.code)).toEqual(["PK"]);
  expect(body.sources.map((s: { id: string }) => s.id).sort()).toEqual([
    "usgs-mcs2025-antimony",
    "usgs-mcs2026-antimony",
  ]);
});

test("?format=csv gives one parseable row per observation with a header", async ({ request }) => {
  const json = await (await request.get("/api/dataset?mineral=rare-earths&edition=MCS%202025")).json();
  const res = await request.get("/api/dataset?mineral=rare-earths&edition=MCS%202025&format=csv");
  expect(res.headers()["content-type"]).toContain("text/csv");
  const parsed = Papa.parse<Record<string, string>>(await res.text(), {
    header: true,
    comments: "#",
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(json.observations.length);
  const cn = parsed.data.find(
    (r) => r.country === "CN" && r.measure === "mine-production" && r.year === "2024",
  );
  expect(cn).toMatchObject({
    value: "270000",
    unit: "t",
    status: "source-estimate",
    edition: "MCS 2025",
    source_id: "usgs-mcs2025-rare-earths",
  });
});

test("an unknown filter value or parameter gets a 400 naming it, not an empty 200", async ({ request }) => {
  const bad = await request.get("/api/dataset?mineral=unobtainium");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    errors: [
      expect.objectContaining({ field: "mineral", message: expect.stringContaining('"unobtainium"') }),
    ],
  });
  const unknownKey = await request.get("/api/dataset?colour=red");
  expect(unknownKey.status()).toBe(400);
  expect((await unknownKey.json()).errors[0].field).toBe("colour");
  const empty = await request.get("/api/dataset?country=");
  expect(empty.status()).toBe(400);
  const format = await request.get("/api/dataset?format=xml");
  expect((await format.json()).errors[0]).toMatchObject({ field: "format" });
});

test("the dataset and assumptions answers are cacheable: ETag, Cache-Control, 304 when unchanged", async ({
  request,
}) => {
  for (const url of [
    "/api/dataset?mineral=antimony",
    "/api/dataset?mineral=antimony&format=csv",
    "/api/assumptions",
  ]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag, url).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers()["cache-control"], url).toMatch(/public.*s-maxage=\d+/);
    const again = await request.get(url, { headers: { "If-None-Match": etag! } });
    expect(again.status(), url).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
  }
  // The same filters in another order are the same resource.
  const a = await request.get("/api/dataset?country=PK,CN&mineral=antimony");
  const b = await request.get("/api/dataset?mineral=antimony&country=CN,PK");
  expect(a.headers()["etag"]).toBe(b.headers()["etag"]);
});

test("pages that do not depend on the request are prerendered (static)", async ({ request }) => {
  for (const url of ["/minerals", "/minerals/copper", "/countries", "/countries/PK", "/sources", "/report"]) {
    const res = await request.get(url);
    expect(res.headers()["x-nextjs-prerender"], url).toBeTruthy();
  }
});

test("stage observations: China's 2024 refined copper from USGS and from the IEA, filterable by source", async ({
  request,
}) => {
  const body = await (
    await request.get("/api/dataset?mineral=copper&measure=refinery-production&country=CN")
  ).json();
  const y2024 = body.observations.filter((o: { year: number }) => o.year === 2024);
  // The same fields as every observation, whoever the source.
  expect(y2024).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        sourceId: "usgs-mcs2025-copper",
        edition: "MCS 2025",
        value: 12000,
        unit: "kt",
        status: "source-estimate",
      }),
      expect.objectContaining({
        sourceId: "iea-critical-minerals-dataset-2025",
        value: 11860,
        unit: "kt",
        status: "secondary",
        basis: "refined copper, copper content",
      }),
    ]),
  );
  const iea = await (
    await request.get(
      "/api/dataset?source=iea-critical-minerals-dataset-2025&mineral=copper&measure=refinery-production&country=CN,WORLD&format=csv",
    )
  ).text();
  const rows = Papa.parse<Record<string, string>>(iea, { header: true, comments: "#", skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  // In file order (year by year); sorted here by country, then year.
  const sorted = rows.data
    .map((r) => [r.country, r.year, r.value])
    .sort((a, b) => a.join().localeCompare(b.join()));
  expect(sorted).toEqual([
    ["CN", "2024", "11860"],
    ["CN", "2030", expect.any(String)],
    ["CN", "2035", expect.any(String)],
    ["CN", "2040", expect.any(String)],
    ["WORLD", "2024", "26944"],
    ["WORLD", "2030", expect.any(String)],
    ["WORLD", "2035", expect.any(String)],
    ["WORLD", "2040", expect.any(String)],
  ]);
  expect(new Set(rows.data.map((r) => r.source_id))).toEqual(new Set(["iea-critical-minerals-dataset-2025"]));
  const bad = await request.get("/api/dataset?source=no-such-source");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors[0]).toMatchObject({ field: "source" });
});

test("a value USGS prints with '>' is served as a lower bound, in JSON and CSV", async ({ request }) => {
  const json = await (
    await request.get("/api/dataset?mineral=antimony&measure=reserves&country=WORLD&edition=MCS%202025")
  ).json();
  expect(json.observations).toEqual([
    expect.objectContaining({ value: 2000000, bound: "lower", printed: ">2,000,000" }),
  ]);
  const csv = await (
    await request.get(
      "/api/dataset?mineral=antimony&measure=reserves&country=WORLD&edition=MCS%202025&format=csv",
    )
  ).text();
  const [row] = Papa.parse<Record<string, string>>(csv, {
    header: true,
    comments: "#",
    skipEmptyLines: true,
  }).data;
  expect(row).toMatchObject({ value: "2000000", bound: "lower", printed: ">2,000,000" });
});
