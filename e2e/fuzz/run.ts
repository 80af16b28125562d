import { type APIRequestContext, expect } from "@playwright/test";
import { FUZZ_SEED, seedFor } from "./rng-and-text";
import { type ScenarioSpec } from "./scenario-params";

/** What both fuzz specs share: the assumption table they generate from, and the run-and-report loop. */

/** Requests in flight at once: enough to overlap network and rendering without starving the 2-core machine. */
const CONCURRENCY = 4;

/** The assumption keys, bounds and presets the generators draw from, as the API publishes them. */
export async function loadSpec(request: APIRequestContext): Promise<ScenarioSpec> {
  const body = await (await request.get("/api/assumptions")).json();
  return { assumptions: body.assumptions, presets: body.presets.map((p: { id: string }) => p.id) };
}

/**
 * Sends every case, a few at a time, and fails once with all the problems found (the first 20 printed), naming the
 * seed that reproduces the run. `check` returns the problem with one case, or null.
 */
export async function runAll<C>(
  label: string,
  noun: string,
  cases: readonly C[],
  describe: (c: C) => string,
  check: (c: C) => Promise<string | null>,
) {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      const problem = await check(c).catch((e: Error) => `request failed: ${e.message}`);
      if (problem) failures.push(`${problem}\n    ${describe(c).slice(0, 1500)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const header = `${label}: ${failures.length} of ${cases.length} ${noun} failed (FUZZ_SEED=${FUZZ_SEED}, stream seed ${seedFor(label)})`;
  if (failures.length) console.log(`${header}\n  ${failures.slice(0, 20).join("\n  ")}`);
  expect(failures, header).toEqual([]);
}
