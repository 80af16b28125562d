import { max, quickselect } from "d3-array";
import { type MineralId } from "../data/common";
import {
  BARS,
  BENCHMARKS,
  type ClaimMargins,
  claimSetup,
  type Percentiles,
  ukraineWins,
} from "./claim-tests";
import { latinHypercube, scenarioSampler, splitTriangular } from "./distributions";
import { DrawPlan } from "./draw-plan";
import { type ModelData } from "./model-data";
import { mulberry32 } from "./random";
import { type Assumption, type ScenarioValues } from "./types";

/**
 * The claims' Monte Carlo: a fixed number of seeded draws of the uncertain assumptions (distributions.ts) and of
 * the WGI ranks within their 90 % bounds, each evaluated with the claims' own margins (claim-tests.ts). Every
 * probability is the share of draws in which a test holds. Same scenario, same seed: same answer.
 */

/**
 * Draws per scenario, Latin-hypercube: a probability near 0.8 is then within about ±2.5 points (2σ; at most that of
 * independent draws) of its limit. A draw costs only what it moves (draw-plan.ts: its values written at typed-array
 * positions, ~40 landed costs and three minerals' C4 cut repriced, the rest planned once per scenario), well under
 * half of what pricing each draw as a fresh scenario cost; `npm run bench:model` times a scenario's claims against the
 * 50 ms target.
 */
export const CLAIM_DRAWS = 1_000;
export const CLAIM_SEED = 1;

/** A verdict holds at a probability of at least CONFIDENT, does not hold at DOUBTFUL or less, and is mixed between. */
export const CONFIDENT = 0.8;
export const DOUBTFUL = 0.2;

export interface ClaimProbabilities {
  draws: number;
  seed: number;
  /** C2: per tested mineral, and overall (Pakistan cheaper than both benchmarks for more than half of them). */
  cheaper: { byMineral: Partial<Record<MineralId, number>>; overall: number | null };
  /** C3: Pakistan's WGI rank at or above the stable bar. */
  stable: number | null;
  /** C4: per tested mineral, and overall (a real cut for at least one). */
  lessChina: { byMineral: Partial<Record<MineralId, number>>; overall: number | null };
  /** C5: Pakistan ahead on at least three of the four counts. */
  ukraine: number | null;
  /** Per mineral and benchmark: P(Pakistan cheaper) and the median gap (PK − benchmark, USD per tonne). */
  comparisons: Partial<Record<MineralId, Record<"AU" | "CA", { pCheaper: number; medianGap: number }>>>;
}

export interface ClaimDrawOptions {
  draws?: number;
  seed?: number;
  /** Keys the scenario's preset sets: held at their values, never drawn. */
  fixed?: ReadonlySet<string>;
  /** Also the comparisons' probabilities and median gaps, for every mineral (the API's `comparisons`). */
  comparisons?: boolean;
}

/** A WGI rank drawn within its 90 % bounds (median the published rank), or the published rank without bounds. */
function drawRank(
  u: number,
  x: { value: number; low?: number; high?: number } | null | undefined,
): number | null {
  if (!x) return null;
  if (x.low === undefined || x.high === undefined) return x.value;
  return splitTriangular(u, Math.min(x.low, x.value), x.value, Math.max(x.high, x.value));
}

/** Counts, per test, the draws in which its margin is positive. */
class Tally {
  private readonly counts = new Map<string, number>();
  constructor(readonly draws: number) {}
  add(key: string, holds: boolean) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + (holds ? 1 : 0));
  }
  share(key: string): number | null {
    const n = this.counts.get(key);
    return n === undefined ? null : n / this.draws;
  }
}

/** The probability of every claim test (and, on request, of each comparison) for one scenario. */
export function runClaimDraws(
  data: ModelData,
  table: readonly Assumption[],
  values: ScenarioValues,
  options: ClaimDrawOptions = {},
): ClaimProbabilities {
  const draws = Math.max(1, Math.round(options.draws ?? CLAIM_DRAWS));
  const seed = options.seed ?? CLAIM_SEED;
  const setup = claimSetup(data, values);
  const sampler = scenarioSampler(table, values, options.fixed);
  const rand = mulberry32(seed);
  // Two more dimensions for the WGI ranks of Pakistan and Ukraine (independent of each other).
  const uniforms = latinHypercube(draws, sampler.slots + 2, rand);
  const plan = new DrawPlan(data, setup, values, sampler, options.comparisons ?? false);
  const tally = new Tally(draws);
  // PK − benchmark per mineral and benchmark, one value per draw.
  const gaps = options.comparisons
    ? data.minerals.map(() => BENCHMARKS.map(() => new Float64Array(draws)))
    : null;
  // Each test's tally key, spelled once rather than on every draw.
  const keysOf = (prefix: string) => new Map(data.minerals.map((m) => [m.id as string, `${prefix}:${m.id}`]));
  const cheaperKeys = keysOf("cheaper");
  const lessChinaKeys = keysOf("lessChina");
  const pk = data.countries.PK.politicalStability;
  const ua = data.countries.UA.politicalStability;

  for (let i = 0; i < draws; i++) {
    const u = uniforms(i);
    plan.draw(u);
    const ranks: Percentiles = {
      PK: drawRank(u[sampler.slots]!, pk),
      UA: drawRank(u[sampler.slots + 1]!, ua),
    };
    const m: ClaimMargins = plan.margins(ranks);
    // for…in over the margins' own keys: no entry arrays allocated per draw.
    let tested = 0;
    let cheaperCount = 0;
    for (const id in m.cheaper) {
      const x = m.cheaper[id as MineralId]!;
      tested += 1;
      tally.add(cheaperKeys.get(id)!, x > 0);
      if (x > 0) cheaperCount += 1;
    }
    if (tested) tally.add("cheaper", cheaperCount * 2 > tested);
    if (m.stable !== null) tally.add("stable", m.stable >= 0);
    let cuts = 0;
    let anyCut = false;
    for (const id in m.lessChina) {
      const holds = m.lessChina[id as MineralId]!.margin >= 0;
      cuts += 1;
      anyCut ||= holds;
      tally.add(lessChinaKeys.get(id)!, holds);
    }
    if (cuts) tally.add("lessChina", anyCut);
    const count = ukraineWins(m.ukraine);
    if (count.known >= BARS.ukraineWins) tally.add("ukraine", count.wins >= BARS.ukraineWins);
    if (gaps)
      for (let k = 0; k < data.minerals.length; k++) {
        const mineral = data.minerals[k]!;
        // Through the draw's sources: the costs the margins already priced are not priced again.
        const own = plan.src.total("PK", mineral)!;
        for (let j = 0; j < BENCHMARKS.length; j++)
          gaps[k]![j]![i] = own - plan.src.total(BENCHMARKS[j]!, mineral)!;
      }
  }

  const byMineral = (prefix: string, ids: readonly MineralId[]) =>
    Object.fromEntries(
      ids.flatMap((id) => {
        const p = tally.share(`${prefix}:${id}`);
        return p === null ? [] : [[id, p]];
      }),
    ) as Partial<Record<MineralId, number>>;
  const comparisons: ClaimProbabilities["comparisons"] = {};
  data.minerals.forEach((mineral, k) => {
    if (!gaps) return;
    const row = {} as Record<"AU" | "CA", { pCheaper: number; medianGap: number }>;
    BENCHMARKS.forEach((b, j) => {
      const x = gaps[k]![j]!;
      let below = 0;
      for (let i = 0; i < draws; i++) if (x[i]! < 0) below += 1;
      row[b] = { pCheaper: below / draws, medianGap: median(x) };
    });
    comparisons[mineral.id] = row;
  });
  const ids = data.minerals.map((x) => x.id);
  return {
    draws,
    seed,
    cheaper: { byMineral: byMineral("cheaper", ids), overall: tally.share("cheaper") },
    stable: tally.share("stable"),
    lessChina: { byMineral: byMineral("lessChina", ids), overall: tally.share("lessChina") },
    ukraine: tally.share("ukraine"),
    comparisons,
  };
}

/**
 * The median of the values, reordered in place: the middle value, or the mean of the two middle values, found by
 * selection rather than a full sort (twenty sorts of the draws' gaps were a twentieth of a scenario's claims).
 */
function median(x: Float64Array): number {
  const n = x.length;
  const k = n >> 1;
  quickselect(x, k);
  return n % 2 ? x[k]! : (max(x.subarray(0, k))! + x[k]!) / 2;
}
