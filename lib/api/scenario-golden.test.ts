import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type ModelContext } from "../model/context";
import { loadModelContext } from "./model-context";
import { handleScenarioBody, handleScenarioQuery } from "./scenario-request";

/**
 * /api/scenario must answer byte for byte as it did before the claims' words moved out of the model (issue 10).
 * The golden files were written by the code before that change; each holds the SHA-256 of the whole JSON body
 * (scenario, warnings, costs, dependency, claims, comparisons) and, readable for a diff, the claims themselves.
 * A deliberate change of the answer regenerates them with `npx vitest run -u lib/api/scenario-golden.test.ts`.
 */

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

/** Queries that reach every branch of the claim texts: presets, risk, wages, supply shocks, the target year. */
const QUERIES: readonly [name: string, query: string][] = [
  ["default", ""],
  ["crp-pk-6", "crp-pk=6"],
  ["article-framing", "preset=article-framing"],
  ["stress-case-wage-pk-4000", "preset=stress-case&wage-pk=4000"],
  ["remove-cn", "remove-cn=1"],
  ["remove-pk-2025", "remove-pk=1&shock-year=2025"],
  [
    "pakistan-at-full-capacity-2035",
    "exportable-pk=100&resourcing-share=100&target-year=2035&capacity-reko-diq-phase-1=360000&capacity-reko-diq-phase-2=330000&start-reko-diq-phase-2=2031",
  ],
  ["ukraine-cheap-pakistan-risky", "crp-ua=0&wage-ua=500&crp-pk=25"],
  ["pakistan-dear", "wage-pk=150000&productivity-pk=0.05"],
  ["early-target-growing-demand", "target-year=2026&demand-growth=10&allocation-rule=1"],
];

const BODIES: readonly [name: string, body: object][] = [
  ["post-stress-crp-pk-3", { preset: "stress-case", assumptions: { "crp-pk": 3 } }],
  ["post-dear-competitors", { assumptions: { "wage-au": 150000, "wage-ca": 150000, "crp-ua": 25 } }],
];

function golden(status: number, body: unknown): string {
  const text = JSON.stringify(body);
  const claims = (body as { claims?: unknown }).claims;
  return `${JSON.stringify({ status, sha256: createHash("sha256").update(text).digest("hex"), claims }, null, 1)}\n`;
}

describe("/api/scenario answers as before", () => {
  it.each(QUERIES)("GET %s", async (name, query) => {
    const o = handleScenarioQuery(ctx, new URLSearchParams(query));
    expect(o.status).toBe(200);
    await expect(golden(o.status, o.body)).toMatchFileSnapshot(`./__snapshots__/scenario/${name}.json`);
  });

  it.each(BODIES)("POST %s", async (name, body) => {
    const o = handleScenarioBody(ctx, JSON.stringify(body));
    expect(o.status).toBe(200);
    await expect(golden(o.status, o.body)).toMatchFileSnapshot(`./__snapshots__/scenario/${name}.json`);
  });
});
