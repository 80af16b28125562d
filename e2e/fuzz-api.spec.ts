import { MINERAL_IDS } from "../lib/data/constants";
import { Rng } from "../lib/model/random";
import { COST_COUNTRIES } from "../lib/model/types";
import { expect, test } from "./fixtures";
import { type BodyCase, judgeScenarioBody, scenarioBody } from "./fuzz/api-bodies";
import {
  type ApiExpectation,
  datasetQuery,
  type DatasetSpec,
  judgeDatasetQuery,
  judgeScenarioQuery,
} from "./fuzz/api-queries";
import { COMPETITORS, MINERALS } from "./fuzz/page-params";
import { seedFor } from "./fuzz/rng-and-text";
import { loadSpec, runAll } from "./fuzz/run";
import { scenarioQuery, type ScenarioSpec } from "./fuzz/scenario-params";
import { rawRequest, type RawResponse } from "./raw-http";

/**
 * Hostile requests for every API route (issue 7, item 2): at least CASES generated query strings or bodies per
 * route. Never a 5xx; a refusal is JSON `{ errors: [{ field, message }] }` naming every bad field, and never a
 * stack or a server path; a 200 names each clamped value in `warnings`; JSON (or CSV when asked) with its type.
 */
// A trace records every request, which would slow hundreds of them; a failure prints its request (and the seed) instead.
test.use({ trace: "off" });

const CASES = 500;
const STACK = /\n\s+at |\bat [\w.<>]+ \(|\/work\/|node_modules|\.next\/|webpack-internal|file:\/\//;

const LAB_VIEW = {
  mineral: MINERALS,
  competitor: COMPETITORS,
  be: ["crp-pk", "wage-pk", "base-rate"],
};

/** What is wrong with one answer, or null. */
function problemsOf(
  expected: ApiExpectation,
  res: RawResponse,
  check200?: (body: Record<string, unknown>) => string | null,
  csv = false,
): string | null {
  if (res.status >= 500) return `status ${res.status}: ${res.text.slice(0, 300)}`;
  if (STACK.test(res.text.slice(0, 20_000)) && res.status !== 200)
    return `stack or server path in the answer: ${res.text.slice(0, 300)}`;
  if (res.status !== expected.status)
    return `status ${res.status}, expected ${expected.status} (errors ${JSON.stringify(expected.errors)}): ${res.text.slice(0, 300)}`;
  if (csv && res.status === 200)
    return res.contentType.startsWith("text/csv") ? null : `content-type ${res.contentType} for CSV`;
  if (!res.contentType.startsWith("application/json")) return `content-type ${res.contentType}`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.text);
  } catch {
    return `not JSON: ${res.text.slice(0, 200)}`;
  }
  if (res.status !== 200) {
    const errors = body.errors as { field?: unknown; message?: unknown }[] | undefined;
    if (!Array.isArray(errors) || !errors.length) return `no errors list: ${res.text.slice(0, 200)}`;
    if (errors.some((e) => typeof e.field !== "string" || typeof e.message !== "string" || !e.message))
      return `an error without field and message: ${res.text.slice(0, 300)}`;
    const fields = errors.map((e) => e.field as string);
    const missing = expected.errors.filter((f) => !fields.includes(f));
    return missing.length
      ? `not named: ${JSON.stringify(missing)}; errors name ${JSON.stringify(fields).slice(0, 300)}`
      : null;
  }
  if (expected.warnings.length) {
    const fields = ((body.warnings as { field: string }[] | undefined) ?? []).map((w) => w.field);
    const missing = expected.warnings.filter((f) => !fields.includes(f));
    if (missing.length)
      return `clamped but not warned: ${JSON.stringify(missing)}; warnings name ${JSON.stringify(fields)}`;
  }
  return check200 ? check200(body) : null;
}

/** A 200 from the scenario API: every value finite and inside its bounds, and the results present. */
function scenarioAnswer(spec: ScenarioSpec) {
  return (body: Record<string, unknown>): string | null => {
    const scenario = body.scenario as { values: Record<string, number> } | undefined;
    if (!scenario) return "no scenario";
    for (const a of spec.assumptions) {
      const x = scenario.values[a.key];
      if (typeof x !== "number" || !Number.isFinite(x) || x < a.min || x > a.max)
        return `${a.key} = ${x} outside ${a.min}–${a.max}`;
    }
    if (
      !Array.isArray(body.costs) ||
      body.costs.length !== MINERAL_IDS.length * COST_COUNTRIES.length ||
      !Array.isArray(body.claims) ||
      body.claims.length !== 5
    )
      return "costs or claims missing";
    return null;
  };
}

function baseURL(): string {
  return test.info().project.use.baseURL!;
}

const get = (path: string) => rawRequest(baseURL(), "GET", path, { "accept-encoding": "identity" }, "");

test.describe("hostile API requests", () => {
  test(`GET /api/dataset: ${CASES} generated query strings`, async ({ request }) => {
    test.setTimeout(180_000);
    const ds = await (await request.get("/api/dataset")).json();
    const spec: DatasetSpec = {
      mineral: ds.minerals.map((m: { id: string }) => m.id),
      country: ds.countries.map((c: { code: string }) => c.code),
      measure: [...new Set<string>(ds.observations.map((o: { measure: string }) => o.measure))],
      edition: [
        ...new Set<string>(
          ds.observations.flatMap((o: { edition?: string }) => (o.edition ? [o.edition] : [])),
        ),
      ],
      source: [...new Set<string>(ds.observations.map((o: { sourceId: string }) => o.sourceId))],
    };
    const rng = new Rng(seedFor("GET /api/dataset"));
    const cases = Array.from({ length: CASES }, () => datasetQuery(rng, spec));
    const judged = cases.map((q) => judgeDatasetQuery(spec, q));
    expect(judged.filter((j) => j.status === 400).length).toBeGreaterThan(CASES / 3);
    expect(judged.filter((j) => j.status === 200).length).toBeGreaterThan(20);
    await runAll(
      "GET /api/dataset",
      "requests",
      cases,
      (q) => `GET /api/dataset?${q}`,
      async (q) => {
        const expected = judgeDatasetQuery(spec, q);
        const res = await get(`/api/dataset${q ? `?${q}` : ""}`);
        return problemsOf(
          expected,
          res,
          (body) =>
            Array.isArray(body.observations) &&
            (body.meta as { count: number }).count === body.observations.length
              ? null
              : "observations and meta.count disagree",
          expected.csv,
        );
      },
    );
  });

  test(`GET /api/assumptions: ${CASES} generated query strings`, async ({ request }) => {
    test.setTimeout(120_000);
    const spec = await loadSpec(request);
    const rng = new Rng(seedFor("GET /api/assumptions"));
    // The route takes no parameters: anything is refused by name; now and then no query at all.
    const cases = Array.from({ length: CASES }, (_, i) => (i % 10 === 0 ? "" : scenarioQuery(rng, spec)));
    await runAll(
      "GET /api/assumptions",
      "requests",
      cases,
      (q) => `GET /api/assumptions?${q}`,
      async (q) => {
        const names = [...new Set(new URLSearchParams(q).keys())].filter((n) => n !== "__proto__");
        const res = await get(`/api/assumptions${q ? `?${q}` : ""}`);
        return problemsOf({ status: names.length ? 400 : 200, errors: names, warnings: [] }, res, (body) =>
          Array.isArray(body.assumptions) && body.assumptions.length === spec.assumptions.length
            ? null
            : "assumptions missing",
        );
      },
    );
  });

  test(`GET /api/scenario: ${CASES} generated query strings`, async ({ request }) => {
    test.setTimeout(180_000);
    const spec = await loadSpec(request);
    const rng = new Rng(seedFor("GET /api/scenario"));
    const options = {
      view: {
        mineral: { good: LAB_VIEW.mineral },
        competitor: { good: LAB_VIEW.competitor },
        be: { good: LAB_VIEW.be },
      },
      nested: "a",
    };
    const cases = Array.from({ length: CASES }, () => scenarioQuery(rng, spec, options));
    const judged = cases.map((q) => judgeScenarioQuery(spec, q, LAB_VIEW));
    expect(judged.filter((j) => j.status === 200 && j.warnings.length).length).toBeGreaterThan(5);
    expect(judged.filter((j) => j.status === 400).length).toBeGreaterThan(CASES / 3);
    await runAll(
      "GET /api/scenario",
      "requests",
      cases,
      (q) => `GET /api/scenario?${q}`,
      async (q) =>
        problemsOf(
          judgeScenarioQuery(spec, q, LAB_VIEW),
          await get(`/api/scenario${q ? `?${q}` : ""}`),
          scenarioAnswer(spec),
        ),
    );
  });

  test(`POST /api/scenario: ${CASES} generated bodies`, async ({ request }) => {
    test.setTimeout(180_000);
    const spec = await loadSpec(request);
    const rng = new Rng(seedFor("POST /api/scenario"));
    const cases = Array.from({ length: CASES }, () => ({
      ...scenarioBody(rng, spec),
      chunked: rng.chance(0.3),
    }));
    const judged = cases.map((c) => judgeScenarioBody(spec, c));
    for (const status of [200, 400, 415] as const)
      expect(judged.filter((j) => j.status === status).length, `cases answered ${status}`).toBeGreaterThan(
        15,
      );
    expect(cases.filter((c) => c.label === "oversized").length).toBeGreaterThan(15);
    const describe = (c: BodyCase & { chunked: boolean }) =>
      `POST /api/scenario (${c.label}; content-type ${JSON.stringify(c.contentType)}${c.chunked ? "; chunked" : ""}): ${JSON.stringify(c.body.toString()).slice(0, 600)}`;
    await runAll("POST /api/scenario", "requests", cases, describe, async (c) => {
      const headers: Record<string, string> = { "accept-encoding": "identity" };
      if (c.contentType !== null) headers["content-type"] = c.contentType;
      return problemsOf(
        judgeScenarioBody(spec, c),
        await rawRequest(baseURL(), "POST", "/api/scenario", headers, c.body, c.chunked),
        scenarioAnswer(spec),
      );
    });
  });
});
