import { beforeAll, describe, expect, it } from "vitest";
import { defaultValues, KEYS } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { BUILD_CACHEABLE, buildEtag, pureGetResponse } from "./http-cache";
import { loadModelContext } from "./model-context";
import { handleScenarioQuery, scenarioAnswerKey } from "./scenario-request";
import { type ScenarioResponse } from "./schemas/scenario";

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

function answerTo(query: string): ScenarioResponse {
  const outcome = handleScenarioQuery(ctx, new URLSearchParams(query));
  if (outcome.status !== 200) throw new Error(`refused ${query}: ${JSON.stringify(outcome.body.errors)}`);
  return outcome.body;
}

const etagOf = (query: string) => buildEtag(scenarioAnswerKey(answerTo(query)));

/** GET /api/scenario as the route answers it: one call to pureGetResponse. */
function get(query: string, ifNoneMatch?: string): Response {
  const body = answerTo(query);
  const request = new Request(`http://x/api/scenario?${query}`, {
    headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {},
  });
  return pureGetResponse(request, scenarioAnswerKey(body), () => JSON.stringify(body));
}

// Each distinct scenario runs the model with its 1,000 draws once (then it is memoised): seconds on a busy machine.
describe("GET /api/scenario answers are cacheable by their normalised query", { timeout: 60_000 }, () => {
  it("gives the same ETag whatever the parameters' order", () => {
    const a = etagOf(`v=1&${KEYS.crp("PK")}=6&${KEYS.wage("PK")}=3000`);
    expect(etagOf(`${KEYS.wage("PK")}=3000&v=1&${KEYS.crp("PK")}=6`)).toBe(a);
    expect(etagOf(`v=1&${KEYS.crp("PK")}=7&${KEYS.wage("PK")}=3000`)).not.toBe(a);
  });

  it("gives a default left out, given explicitly, or the view parameters the same ETag", () => {
    const crpDefault = defaultValues(ctx.table)[KEYS.crp("PK")]!;
    const bare = etagOf("");
    expect(etagOf("v=1")).toBe(bare);
    expect(etagOf("preset=evidence-baseline")).toBe(bare);
    expect(etagOf(`${KEYS.crp("PK")}=${crpDefault}`)).toBe(bare);
    expect(etagOf("mineral=antimony")).toBe(bare);
    expect(etagOf("preset=stress-case")).not.toBe(bare);
  });

  it("keeps answers with different warnings apart: the answer echoes them", () => {
    // 1000 is clamped to the bound, with a warning the plain bound does not get.
    const clamped = answerTo(`${KEYS.crp("PK")}=1000`);
    const bound = clamped.scenario.values[KEYS.crp("PK")]!;
    expect(clamped.warnings.length).toBeGreaterThan(0);
    expect(etagOf(`${KEYS.crp("PK")}=${bound}`)).not.toBe(buildEtag(scenarioAnswerKey(clamped)));
  });

  it("sends the ETag and a long public Cache-Control, and 304 with no body for a matching If-None-Match", async () => {
    const first = get(`v=1&${KEYS.crp("PK")}=6`);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(BUILD_CACHEABLE);
    expect(BUILD_CACHEABLE).toMatch(/^public, max-age=86400\b/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect((await first.json()).scenario.query).toBe(`v=1&${KEYS.crp("PK")}=6`);

    const again = get(`${KEYS.crp("PK")}=6.0&v=1`, etag);
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect(get(`v=1&${KEYS.crp("PK")}=7`, etag).status).toBe(200);
  });
});
