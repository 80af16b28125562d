import { expect, test } from "./fixtures";

test("GET /api/assumptions lists every assumption with bounds, default, basis and source, and the presets", async ({
  request,
}) => {
  const res = await request.get("/api/assumptions");
  expect(res.status()).toBe(200);
  const body = await res.json();
  const crp = body.assumptions.find((a: { key: string }) => a.key === "crp-pk");
  expect(crp).toMatchObject({
    label: "country risk premium",
    unit: "percentage points",
    group: "finance-risk",
    country: "PK",
    mineral: null,
    default: 12.02,
    min: 0,
    max: 25,
  });
  expect(crp.basis.length).toBeGreaterThan(10);
  expect(crp.sourceId).toBe("damodaran-crp-2025-01");
  for (const a of body.assumptions) {
    expect(a.min).toBeLessThanOrEqual(a.default);
    expect(a.default).toBeLessThanOrEqual(a.max);
    expect(a.low).toBeLessThanOrEqual(a.high);
  }
  expect(body.presets.map((p: { id: string }) => p.id)).toEqual([
    "evidence-baseline",
    "article-framing",
    "stress-case",
  ]);
});

test("GET and POST /api/scenario agree and return costs, dependency, claims", async ({ request }) => {
  const get = await (await request.get("/api/scenario?v=1&crp-pk=6")).json();
  const post = await (await request.post("/api/scenario", { data: { assumptions: { "crp-pk": 6 } } })).json();
  expect(get.scenario).toEqual(post.scenario);
  expect(get.costs).toEqual(post.costs);
  const copper = post.costs.find(
    (c: { country: string; mineral: string }) => c.country === "PK" && c.mineral === "copper",
  );
  expect(Object.keys(copper.breakdown)).toEqual([
    "labor",
    "energy",
    "otherOpex",
    "capital",
    "security",
    "processing",
    "freight",
    "insurance",
    "tariff",
    "byproductCredit",
  ]);
  expect(post.claims.map((c: { id: string; verdict: string }) => c.id)).toEqual([
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
  ]);
  for (const c of post.claims)
    expect(["holds", "mixed", "does-not-hold", "not-enough-data"]).toContain(c.verdict);
  expect(post.dependency.find((d: { mineral: string }) => d.mineral === "antimony").years).toHaveLength(11);
});

test("bad scenario requests get a 400 naming the field, out-of-range values a warning", async ({
  request,
}) => {
  const malformed = await request.post("/api/scenario", {
    data: "{ not json",
    headers: { "content-type": "application/json" },
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).errors[0]).toMatchObject({ field: "body" });
  const wrongType = await request.post("/api/scenario", { data: { assumptions: { "crp-pk": "six" } } });
  expect(wrongType.status()).toBe(400);
  expect((await wrongType.json()).errors[0].field).toBe("assumptions.crp-pk");
  const unknownKey = await request.get("/api/scenario?crp-zz=1");
  expect(unknownKey.status()).toBe(400);
  expect((await unknownKey.json()).errors[0].field).toBe("crp-zz");
  // A key model v2 retired is refused the same way, with a message naming what replaced it.
  const retired = await request.post("/api/scenario", { data: { assumptions: { "security-pk": 2 } } });
  expect(retired.status()).toBe(400);
  expect((await retired.json()).errors[0]).toMatchObject({
    field: "assumptions.security-pk",
    message: expect.stringContaining(
      "replaced by physical-security-pk, political-risk-insurance-pk and risk-treatment",
    ),
  });
  const preset = await request.post("/api/scenario", { data: { preset: "rosy" } });
  expect(preset.status()).toBe(400);
  const clamped = await request.get("/api/scenario?crp-pk=1000");
  expect(clamped.status()).toBe(200);
  const body = await clamped.json();
  expect(body.scenario.values["crp-pk"]).toBe(25);
  expect(body.warnings[0]).toMatchObject({ field: "assumptions.crp-pk" });
});

test("a GET answer carries an ETag for its normalised query; a repeat with it gets 304 and no body", async ({
  request,
}) => {
  const first = await request.get("/api/scenario?v=1&crp-pk=6&wage-pk=3000");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(/^public, max-age=86400\b/);
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  // The same scenario in another order and with a view parameter: the same answer, so the same ETag.
  const again = await request.get("/api/scenario?mineral=antimony&wage-pk=3000&crp-pk=6", {
    headers: { "If-None-Match": etag },
  });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  expect((await again.body()).length).toBe(0);
  const other = await request.get("/api/scenario?v=1&crp-pk=7&wage-pk=3000", {
    headers: { "If-None-Match": etag },
  });
  expect(other.status()).toBe(200);
  expect((await other.json()).scenario.values["crp-pk"]).toBe(7);
});
