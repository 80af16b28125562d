import { beforeAll, describe, expect, it } from "vitest";
import { type MineralId } from "../data/common";
import { loadDataset } from "../data/load";
import { KEYS, RISK_TREATMENT, ROUTE_CHOICES } from "./keys";
import { type ClaimProbabilities, type ClaimDrawOptions, runClaimDraws } from "./claim-draws";
import {
  BARS,
  BENCHMARKS,
  claimMargins,
  claimSetup,
  drawSources,
  type Percentiles,
  ukraineWins,
} from "./claim-tests";
import { buildModelContext, type ModelContext } from "./context";
import { latinHypercube, scenarioSampler, splitTriangular } from "./distributions";
import { DrawPlan } from "./draw-plan";
import { type ModelData } from "./model-data";
import { presetValues } from "./presets";
import { mulberry32 } from "./random";
import { type Assumption, type ScenarioValues } from "./types";

/**
 * The draw plan (draw-plan.ts) prices each draw from precomputed positions instead of pricing a fresh scenario;
 * its probabilities must be the same numbers, to the last bit, as the straightforward loop it replaced. That loop
 * is kept here as the reference: every draw a whole scenario record, every margin through drawSources.
 */
function referenceClaimDraws(
  data: ModelData,
  table: readonly Assumption[],
  values: ScenarioValues,
  options: ClaimDrawOptions,
): ClaimProbabilities {
  const draws = Math.max(1, Math.round(options.draws ?? 1000));
  const seed = options.seed ?? 1;
  const setup = claimSetup(data, values);
  const sampler = scenarioSampler(table, values, options.fixed);
  const rand = mulberry32(seed);
  const uniforms = latinHypercube(draws, sampler.slots + 2, rand);
  const trial: Record<string, number> = { ...values };
  const counts = new Map<string, number>();
  const add = (key: string, holds: boolean) => counts.set(key, (counts.get(key) ?? 0) + (holds ? 1 : 0));
  const share = (key: string) => {
    const n = counts.get(key);
    return n === undefined ? null : n / draws;
  };
  const gaps = new Map<string, Float64Array>();
  const rank = (u: number, x: { value: number; low?: number; high?: number } | null | undefined) => {
    if (!x) return null;
    if (x.low === undefined || x.high === undefined) return x.value;
    return splitTriangular(u, Math.min(x.low, x.value), x.value, Math.max(x.high, x.value));
  };
  for (let i = 0; i < draws; i++) {
    const u = uniforms(i);
    sampler.draw(u, trial);
    const ranks: Percentiles = {
      PK: rank(u[sampler.slots]!, data.countries.PK.politicalStability),
      UA: rank(u[sampler.slots + 1]!, data.countries.UA.politicalStability),
    };
    const src = drawSources(data, trial, setup.target);
    const m = claimMargins(setup, trial, ranks, src);
    const tested = Object.entries(m.cheaper);
    let cheaperCount = 0;
    for (const [id, x] of tested) {
      add(`cheaper:${id}`, x > 0);
      if (x > 0) cheaperCount += 1;
    }
    if (tested.length) add("cheaper", cheaperCount * 2 > tested.length);
    if (m.stable !== null) add("stable", m.stable >= 0);
    const cuts = Object.entries(m.lessChina);
    for (const [id, x] of cuts) add(`lessChina:${id}`, x.margin >= 0);
    if (cuts.length)
      add(
        "lessChina",
        cuts.some(([, x]) => x.margin >= 0),
      );
    const count = ukraineWins(m.ukraine);
    if (count.known >= BARS.ukraineWins) add("ukraine", count.wins >= BARS.ukraineWins);
    if (options.comparisons)
      for (const mineral of data.minerals) {
        const own = src.total("PK", mineral)!;
        for (const b of BENCHMARKS) {
          const key = `${mineral.id}:${b}`;
          let g = gaps.get(key);
          if (!g) gaps.set(key, (g = new Float64Array(draws)));
          g[i] = own - src.total(b, mineral)!;
        }
      }
  }
  const byMineral = (prefix: string) =>
    Object.fromEntries(
      data.minerals.flatMap((m) => {
        const p = share(`${prefix}:${m.id}`);
        return p === null ? [] : [[m.id, p]];
      }),
    ) as Partial<Record<MineralId, number>>;
  const comparisons: ClaimProbabilities["comparisons"] = {};
  for (const mineral of data.minerals) {
    const row = {} as Record<"AU" | "CA", { pCheaper: number; medianGap: number }>;
    let any = false;
    for (const b of BENCHMARKS) {
      const g = gaps.get(`${mineral.id}:${b}`);
      if (!g) continue;
      any = true;
      const sorted = Float64Array.from(g).sort();
      const below = sorted.findIndex((x) => x >= 0);
      const n = sorted.length;
      row[b] = {
        pCheaper: (below === -1 ? draws : below) / draws,
        medianGap: n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2,
      };
    }
    if (any) comparisons[mineral.id] = row;
  }
  return {
    draws,
    seed,
    cheaper: { byMineral: byMineral("cheaper"), overall: share("cheaper") },
    stable: share("stable"),
    lessChina: { byMineral: byMineral("lessChina"), overall: share("lessChina") },
    ukraine: share("ukraine"),
    comparisons,
  };
}

describe("the draw plan gives the reference loop's probabilities, bit for bit", () => {
  let ctx: ModelContext;
  beforeAll(() => {
    ctx = buildModelContext(loadDataset());
  }, 120_000);

  const preset = (id: string) => {
    const p = ctx.presets.find((x) => x.id === id)!;
    return { values: presetValues(ctx.table, p), fixed: new Set(Object.keys(p.values)) };
  };

  const cases: [string, () => { values: ScenarioValues; options: ClaimDrawOptions }][] = [
    [
      "evidence baseline, with the comparisons",
      () => ({ values: preset("evidence-baseline").values, options: { draws: 400, comparisons: true } }),
    ],
    [
      "article's framing, its keys fixed, with the comparisons",
      () => {
        const p = preset("article-framing");
        return { values: p.values, options: { draws: 400, fixed: p.fixed, comparisons: true } };
      },
    ],
    [
      "stress case, its keys fixed, without the comparisons",
      () => {
        const p = preset("stress-case");
        return { values: p.values, options: { draws: 400, fixed: p.fixed } };
      },
    ],
    [
      "insured risk, Pakistani output refined in the US, weighted allocation, China cut off, demand growing",
      () => {
        const base = preset("evidence-baseline").values;
        const values = {
          ...base,
          [KEYS.riskTreatment]: RISK_TREATMENT.insured,
          [KEYS.refineRoute("PK")]: ROUTE_CHOICES.indexOf("united-states"),
          [KEYS.allocationRule]: 1,
          [KEYS.remove("CN")]: 1,
          [KEYS.demandGrowth]: 3,
          [KEYS.resourcingShare]: 100,
        };
        return { values, options: { draws: 300, comparisons: true } };
      },
    ],
    [
      "another seed and an odd draw count, Pakistan's risk premium moved beyond its range",
      () => ({
        values: { ...preset("evidence-baseline").values, [KEYS.crp("PK")]: 25 },
        options: { draws: 251, seed: 7, comparisons: true },
      }),
    ],
  ];

  it.each(cases)(
    "%s",
    (_, make) => {
      const { values, options } = make();
      for (const k of Object.keys(values))
        expect(
          ctx.table.some((a) => a.key === k),
          k,
        ).toBe(true);
      const planned = runClaimDraws(ctx.data, ctx.table, values, options);
      const reference = referenceClaimDraws(ctx.data, ctx.table, values, options);
      // toEqual compares numbers with Object.is: equal to the last bit, and -0 is not 0.
      expect(planned).toEqual(reference);
      // And to today's figures, recorded before the plan replaced the reference loop.
      expect(planned).toMatchSnapshot();
      // Not vacuous: the draws test minerals, and at least one probability lies strictly between 0 and 1.
      expect(Object.keys(planned.cheaper.byMineral).length).toBeGreaterThan(0);
      const ps = [
        ...Object.values(planned.cheaper.byMineral),
        ...Object.values(planned.comparisons).flatMap((r) => [r.AU.pCheaper, r.CA.pCheaper]),
        planned.ukraine ?? 0,
      ];
      expect(ps.some((p) => p > 0 && p < 1)).toBe(true);
    },
    120_000,
  );

  it.each([
    ["evidence-baseline", false],
    ["article-framing", true],
    ["stress-case", true],
  ] as const)(
    "%s: every draw's margins (C4's cut and stage included) and landed costs equal the reference's",
    (id, fix) => {
      const p = preset(id);
      const fixed = fix ? p.fixed : undefined;
      const setup = claimSetup(ctx.data, p.values);
      const sampler = scenarioSampler(ctx.table, p.values, fixed);
      const plan = new DrawPlan(ctx.data, setup, p.values, sampler, true);
      const uniforms = latinHypercube(120, sampler.slots + 2, mulberry32(5));
      const trial: Record<string, number> = { ...p.values };
      const cuts = new Set<number>();
      for (let i = 0; i < 120; i++) {
        const u = uniforms(i);
        plan.draw(u);
        sampler.draw(u, trial);
        const ranks: Percentiles = { PK: 5 + 5 * u[0]!, UA: 10 + 5 * u[1]! };
        const src = drawSources(ctx.data, trial, setup.target);
        const planned = plan.margins(ranks);
        expect(planned).toEqual(claimMargins(setup, trial, ranks, src));
        for (const m of ctx.data.minerals)
          for (const c of ["PK", "AU", "CA"] as const) expect(plan.src.total(c, m)).toBe(src.total(c, m));
        for (const x of Object.values(planned.lessChina)) cuts.add(x.margin);
      }
      // C4's margins move from draw to draw: the comparison covers its arithmetic, not one constant.
      expect(cuts.size).toBeGreaterThan(10);
    },
    120_000,
  );
});
