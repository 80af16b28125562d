import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { KEYS } from "./assumptions";
import { CLAIM_DRAWS, CLAIM_SEED, type ClaimProbabilities, runClaimDraws } from "./claim-draws";
import { claimMargins, claimSetup, drawSources, publishedRanks } from "./claim-tests";
import { buildModelContext, type ModelContext } from "./context";
import {
  correlationGroup,
  latinHypercube,
  scenarioSampler,
  splitTriangular,
  uncertainAssumptions,
} from "./distributions";
import { computeCosts, runScenario } from "./scenario";
import { costOf } from "./landed-cost";
import { presetValues } from "./presets";
import { mulberry32 } from "./random";
import { type Assumption, type ScenarioValues } from "./types";

/**
 * The claims' Monte Carlo: distributions whose median is the scenario's value, correlated groups drawn together,
 * what a preset fixes held fixed, and results that agree with the point estimate and do not flip on a nudge.
 */

/** The quantile of x under splitTriangular(lo, median, hi): the inverse of the inverse CDF. */
function quantile(x: number, lo: number, median: number, hi: number): number {
  if (x <= median) return median === lo ? 0.5 : ((x - lo) / (median - lo)) ** 2 / 2;
  return 1 - ((hi - x) / (hi - median)) ** 2 / 2;
}

describe("split triangular: the median is the scenario's value however lopsided the range", () => {
  it.each([
    [0, 12.02, 18.03], // Pakistan's risk premium: the single triangle's mean was 10.0
    [100, 110, 300],
    [5, 5, 9], // the value at the bottom of its range
  ])("on [%s, %s, %s]: lo at u=0, the value at u=0.5, hi at u=1, monotone between", (lo, med, hi) => {
    expect(splitTriangular(0, lo, med, hi)).toBeCloseTo(lo, 12);
    expect(splitTriangular(0.5, lo, med, hi)).toBeCloseTo(med, 12);
    expect(splitTriangular(1, lo, med, hi)).toBeCloseTo(hi, 12);
    let prev = -Infinity;
    for (let u = 0; u <= 1; u += 0.01) {
      const x = splitTriangular(u, lo, med, hi);
      expect(x).toBeGreaterThanOrEqual(prev);
      prev = x;
    }
  });

  it("half of many draws fall below the value: 12.02 between 0 and 18.03", () => {
    const rand = mulberry32(7);
    let below = 0;
    for (let i = 0; i < 20_000; i++) if (splitTriangular(rand(), 0, 12.02, 18.03) < 12.02) below += 1;
    expect(below / 20_000).toBeCloseTo(0.5, 1);
  });
});

describe("Latin hypercube: each dimension has exactly one draw per stratum", () => {
  it("1,000 draws of 3 dimensions cover each thousandth once", () => {
    const row = latinHypercube(1000, 3, mulberry32(3));
    const seen = [new Set<number>(), new Set<number>(), new Set<number>()];
    for (let d = 0; d < 1000; d++) {
      const u = row(d);
      for (let s = 0; s < 3; s++) seen[s]!.add(Math.floor(u[s]! * 1000));
    }
    expect(seen.map((s) => s.size)).toEqual([1000, 1000, 1000]);
  });
});

describe("on the real data", () => {
  let ctx: ModelContext;
  let defaults: ScenarioValues;
  let point: ClaimProbabilities;
  beforeAll(() => {
    ctx = buildModelContext(loadDataset());
    defaults = presetValues(ctx.table, ctx.presets[0]!);
    point = runClaimDraws(ctx.data, ctx.table, defaults, { comparisons: true });
  }, 120_000);

  it("draws no policy choice and no either/or case: target year, weights, re-sourcing, the risk treatment", () => {
    const drawn = new Set(uncertainAssumptions(ctx.table).map((a) => a.key));
    for (const k of [
      KEYS.targetYear,
      KEYS.resourcingShare,
      KEYS.shockYear,
      KEYS.demandGrowth,
      KEYS.riskTreatment,
    ])
      expect(drawn.has(k), k).toBe(false);
    expect([...drawn].some((k) => k.startsWith("weight-"))).toBe(false);
    // Insured or not is a choice: never a value between, never mixed within a draw.
    expect(ctx.table.find((a) => a.key === KEYS.riskTreatment)!.kind).toBe("choice");
  });

  it("draws a country's political risks together: one quantile for its premium, insurance and security", () => {
    const sampler = scenarioSampler(ctx.table, defaults);
    const group = sampler.keys.filter((k) => correlationGroup(k) === "political-risk-pk");
    expect(group).toEqual(
      expect.arrayContaining([KEYS.crp("PK"), KEYS.physicalSecurity("PK"), KEYS.riskInsurance("PK")]),
    );
    const rand = mulberry32(11);
    for (let d = 0; d < 20; d++) {
      const u = Array.from({ length: sampler.slots }, () => rand());
      const out: Record<string, number> = { ...defaults };
      sampler.draw(u, out);
      // Members whose value sits at an end of its range (no extra premium: 0 on [0, 5]) have no quantile to read
      // below it; the rest must share one.
      const qs = group.flatMap((k) => {
        const a = ctx.table.find((t) => t.key === k)!;
        const [lo, med, hi] = [Math.min(a.low, defaults[k]!), defaults[k]!, Math.max(a.high, defaults[k]!)];
        return lo < med && med < hi ? [quantile(out[k]!, lo, med, hi)] : [];
      });
      expect(qs.length).toBeGreaterThanOrEqual(2);
      for (const q of qs) expect(q).toBeCloseTo(qs[0]!, 9);
    }
  });

  it("writes a draw at the positions given, the same values as by key, and leaves a skipped key untouched", () => {
    const sampler = scenarioSampler(ctx.table, defaults);
    const rand = mulberry32(5);
    const u = Array.from({ length: sampler.slots }, () => rand());
    const byKey: Record<string, number> = { ...defaults };
    sampler.draw(u, byKey);
    // Every key at position i + 1 (0 stays empty), the first two skipped.
    const out = new Float64Array(sampler.keys.length + 1).fill(-1);
    const positions = sampler.keys.map((_, i) => (i < 2 ? -1 : i + 1));
    sampler.drawInto(u, out, positions);
    expect(out[0]).toBe(-1);
    expect([out[1], out[2]]).toEqual([-1, -1]);
    sampler.keys.forEach((k, i) => {
      if (i >= 2) expect(out[i + 1]).toBe(byKey[k]);
    });
  });

  it("holds what a preset fixes: the article framing's keys never move in its draws", () => {
    const preset = ctx.presets.find((p) => p.id === "article-framing")!;
    const fixed = new Set(Object.keys(preset.values));
    const values = presetValues(ctx.table, preset);
    const sampler = scenarioSampler(ctx.table, values, fixed);
    expect(fixed.size).toBeGreaterThan(0);
    for (const k of fixed) expect(sampler.keys).not.toContain(k);
    const out: Record<string, number> = { ...values };
    sampler.draw(new Array(sampler.slots).fill(0.01), out);
    for (const k of fixed) expect(out[k]).toBe(values[k]);
  });

  it("is reproducible: the same scenario and seed give the same probabilities; the count and seed are stated", () => {
    const again = runClaimDraws(ctx.data, ctx.table, defaults, { comparisons: true });
    expect(again).toEqual(point);
    expect([point.draws, point.seed]).toEqual([CLAIM_DRAWS, CLAIM_SEED]);
  });

  it("another seed moves no probability by more than 0.05: 1,000 Latin-hypercube draws are enough", () => {
    const other = runClaimDraws(ctx.data, ctx.table, defaults, { seed: 99 });
    for (const [id, p] of Object.entries(point.cheaper.byMineral))
      expect(
        Math.abs(p - other.cheaper.byMineral[id as keyof typeof point.cheaper.byMineral]!),
        id,
      ).toBeLessThan(0.05);
    expect(Math.abs(point.ukraine! - other.ukraine!)).toBeLessThan(0.05);
  });

  it("agrees with the point estimate: the median gap has the point gap's sign wherever that exceeds 2 % of cost", () => {
    const costs = computeCosts(ctx.data, defaults);
    let checked = 0;
    for (const m of ctx.data.minerals)
      for (const b of ["AU", "CA"] as const) {
        const pk = costOf(costs, "PK", m.id)!.landedCostUsdPerTonne;
        const other = costOf(costs, b, m.id)!.landedCostUsdPerTonne;
        const gap = pk - other;
        if (Math.abs(gap) <= 0.02 * other) continue;
        checked += 1;
        expect(Math.sign(point.comparisons[m.id]![b].medianGap), `${m.id} vs ${b}: point gap ${gap}`).toBe(
          Math.sign(gap),
        );
      }
    // Most of the 20 comparisons are decided by more than 2 %: the check is not vacuous.
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it("copper, the issue's example: the Monte Carlo's median gap to Australia has the point gap's sign", () => {
    const costs = computeCosts(ctx.data, defaults);
    const gap =
      costOf(costs, "PK", "copper")!.landedCostUsdPerTonne -
      costOf(costs, "AU", "copper")!.landedCostUsdPerTonne;
    const { medianGap, pCheaper } = point.comparisons.copper!.AU;
    expect(Math.sign(medianGap)).toBe(Math.sign(gap));
    // P(cheaper) on the side of one half the point gap is on.
    expect(gap < 0 ? pCheaper > 0.5 : pCheaper < 0.5).toBe(true);
  });

  it("no single ±1 % nudge of an assumption flips a confident verdict (probability ≥ 0.8 or ≤ 0.2)", () => {
    const base = runScenario(ctx.data, defaults, { table: ctx.table });
    const confident = base.claims.flatMap((c) => [
      ...(c.probability !== null && c.verdict !== "mixed" ? [{ key: c.id, verdict: c.verdict }] : []),
      ...c.perMineral
        .filter((p) => p.probability !== null && p.verdict !== "mixed" && p.verdict !== "not-enough-data")
        .map((p) => ({ key: `${c.id}:${p.mineral}`, verdict: p.verdict })),
    ]);
    expect(confident.length).toBeGreaterThan(0);
    const verdicts = (values: ScenarioValues) => {
      const r = runScenario(ctx.data, values, { table: ctx.table });
      const out = new Map<string, string>();
      for (const c of r.claims) {
        out.set(c.id, c.verdict);
        for (const p of c.perMineral) out.set(`${c.id}:${p.mineral}`, p.verdict);
      }
      return out;
    };
    // Only an assumption that moves a confident test's point margin can move its draws: find those on the point
    // test (cheap), then run the draws for each of them nudged both ways.
    const setup = claimSetup(ctx.data, defaults);
    const margins = (values: ScenarioValues) => {
      const m = claimMargins(
        setup,
        values,
        publishedRanks(ctx.data),
        drawSources(ctx.data, values, setup.target),
      );
      const part = (key: string) => {
        const [claim, mineral] = key.split(":") as [string, keyof typeof m.cheaper | undefined];
        if (claim === "C2") return mineral ? m.cheaper[mineral] : m.cheaper;
        if (claim === "C3") return m.stable;
        if (claim === "C4") return mineral ? m.lessChina[mineral] : m.lessChina;
        return claim === "C5" ? m.ukraine : null;
      };
      return JSON.stringify(confident.map((c) => part(c.key)));
    };
    // ±1 % of the value, within the slider's range; a calendar year by 1 % of its range (1 % of 2028 is 20 years).
    const nudged = (a: Assumption, sign: 1 | -1) => {
      const x = defaults[a.key]!;
      const to = a.unit === "year" ? x + sign * 0.01 * (a.max - a.min) : x * (1 + sign * 0.01);
      return { ...defaults, [a.key]: Math.min(a.max, Math.max(a.min, to)) };
    };
    const at = margins(defaults);
    const moving = ctx.table.filter(
      (a) => a.kind === "number" && ([1, -1] as const).some((sign) => margins(nudged(a, sign)) !== at),
    );
    expect(moving.length).toBeGreaterThan(3);
    for (const a of moving)
      for (const sign of [1, -1] as const) {
        const after = verdicts(nudged(a, sign));
        for (const c of confident)
          expect(after.get(c.key), `${a.key} ${sign > 0 ? "+" : "−"}1 %: ${c.key}`).toBe(c.verdict);
      }
  }, 600_000);
});
