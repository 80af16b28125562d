import { type MineralId } from "../data/common";
import { KEYS } from "./keys";
import { computeDependency, type MineralDependency } from "./dependency";
import {
  computeLandedCost,
  costKey,
  CostReader,
  costOf,
  type CostTable,
  type LandedCost,
  v,
} from "./landed-cost";
import { type MineralModelData, type ModelData } from "./model-data";
import { type Stage, STAGES } from "./stages";
import { ALTERNATIVE_SUPPLIERS, type CostCountry, type ScenarioValues, type Supplier } from "./types";

/**
 * The claim tests as margins: one number per test, positive where the test holds, in the test's own unit. The
 * claims (claims.ts) read the margins of the scenario for their point results; the Monte Carlo (claim-draws.ts)
 * evaluates the same margins on every draw for their probabilities, so the two can never test different things.
 */

/** Bars and precision of the claim tests (lib/model/README.md §3): our judgement, stated once. */
export const BARS = {
  /** C4: a cut in China's share of US supply of at least this many percentage points is a real reduction. */
  realChinaCutPp: 5,
  /** C3: WGI political stability at or above this percentile rank counts as stable. */
  stablePercentile: 50,
  /** C5: Pakistan must come out ahead of Ukraine on at least this many of the four counts. */
  ukraineWins: 3,
} as const;

/**
 * The model's precision per test, in the margin's unit: a margin closer to zero than this is a tie, and no verdict
 * rests on it. Costs are built from figures with two or three significant digits, escalated and scaled: 2 % of the
 * cost is below what the model can tell apart. Supply shares move with rounded USGS import shares (to the whole
 * percent): half a point. WGI ranks are printed to a tenth but their 90 % bounds are several points wide: one point.
 */
export const PRECISION = {
  costPct: 2,
  chinaCutPp: 0.5,
  percentile: 1,
  riskPremiumPp: 0.25,
  sharePp: 0.5,
} as const;

/** The countries C2 and C5 compare each on-record mineral with. */
export const BENCHMARKS = ["AU", "CA"] as const;

/** WGI political stability percentile ranks used by C3 and C5: the published value, or a draw within its bounds. */
export interface Percentiles {
  PK: number | null;
  UA: number | null;
}

/** The four counts of C5, each a margin in its own unit (null: no data to compare). */
export interface UkraineMargins {
  /** Pakistan's share of its on-record minerals landing below Australia and Canada, minus Ukraine's (points). */
  cost: number | null;
  /** Ukraine's risk premium minus Pakistan's (points). */
  riskPremium: number;
  /** Pakistan's WGI percentile minus Ukraine's. */
  stability: number | null;
  /** Share of Ukraine's deposits out of reach (occupied) minus Pakistan's (points). */
  access: number | null;
}

export const UKRAINE_TESTS = ["cost", "riskPremium", "stability", "access"] as const;
export type UkraineTest = (typeof UKRAINE_TESTS)[number];

/** Every claim test's margin for one set of values (the scenario's, or one draw's). */
export interface ClaimMargins {
  /** C2: the cheaper of Australia's and Canada's landed cost minus Pakistan's, % of the cheaper. */
  cheaper: Partial<Record<MineralId, number>>;
  /** C3: Pakistan's WGI percentile minus the stable bar. */
  stable: number | null;
  /** C4: the cut in China's share at the stage the test rests on, minus the bar (points), with that stage. */
  lessChina: Partial<Record<MineralId, { margin: number; stage: Stage }>>;
  /** C5: the four counts against Ukraine. */
  ukraine: UkraineMargins;
}

/** What the claims test, fixed for a scenario: which minerals each claim can test. */
export interface ClaimSetup {
  data: ModelData;
  /** C2: minerals Pakistan has on record and that have a cost for it and both benchmarks. */
  cheaper: MineralModelData[];
  /** C4: minerals Pakistan has on record. */
  lessChina: MineralModelData[];
  /** C5: each country's on-record minerals, for the cost count. */
  ukraineCost: { PK: MineralModelData[]; UA: MineralModelData[] };
  /** The target year of C4. */
  target: number;
}

/** True where a country has the mineral on record (USGS production or reserves, or a project past exploration). */
export const hasOnRecord = (m: MineralModelData, c: Supplier) => m.onRecord[c] !== null;

/** The minerals each claim tests in a scenario. */
export function claimSetup(data: ModelData, values: ScenarioValues): ClaimSetup {
  const pk = data.minerals.filter((m) => hasOnRecord(m, "PK"));
  return {
    data,
    cheaper: pk,
    lessChina: pk,
    ukraineCost: { PK: pk, UA: data.minerals.filter((m) => hasOnRecord(m, "UA")) },
    target: v(values, KEYS.targetYear),
  };
}

/**
 * The stage a C4 test rests on and Pakistan's cut there (points): where China holds more of US supply before any
 * change (refining on a tie, where China's weight usually lies); where China holds nothing at either stage, the
 * stage where Pakistan's own supply adds to China's share, if any. Null: nothing to cut and nothing added.
 */
export function decisiveStage(
  baseline: Readonly<Record<Stage, number>>,
  cutPp: Readonly<Record<Stage, number>>,
): Stage | null {
  // STAGES lists refining last, so `>=` hands it a tie.
  const held = STAGES.reduce((a, b) => (baseline[b] >= baseline[a] ? b : a));
  if (baseline[held] > 0) return held;
  const added = STAGES.reduce((a, b) => (cutPp[b] <= cutPp[a] ? b : a));
  return cutPp[added] < 0 ? added : null;
}

/**
 * Where the margins read landed costs and dependency results: the scenario's own (claims.ts), or computed on
 * demand for one draw (drawSources).
 */
export interface MarginSources {
  /** Landed cost of a country's mineral, USD per tonne of product (undefined: none). */
  total(c: CostCountry, m: MineralModelData): number | undefined;
  /** The mineral's dependency result, holding at least the target year (undefined: none computed). */
  dependency(m: MineralModelData): MineralDependency | undefined;
}

/** The scenario's own results as margin sources. */
export function resultSources(costs: CostTable, dependency: readonly MineralDependency[]): MarginSources {
  return {
    total: (c, m) => costOf(costs, c, m.id)?.landedCostUsdPerTonne,
    dependency: (m) => dependency.find((d) => d.mineral === m.id),
  };
}

/**
 * Sources computed on demand for one draw: each landed cost once, and the dependency of a mineral for the target
 * year only (its allocation ranks the four alternative suppliers by cost; nothing else of the cost table is read).
 */
export function drawSources(data: ModelData, values: ScenarioValues, target: number): MarginSources {
  const map = new Map<string, LandedCost>();
  // One reader for the draw: each country's and the global inputs are read once, not once per landed cost.
  const reader = new CostReader(values);
  const get = (c: CostCountry, m: MineralModelData) => {
    const key = costKey(c, m.id);
    let x = map.get(key);
    if (!x) map.set(key, (x = computeLandedCost(data, reader, c, m)));
    return x;
  };
  return {
    total: (c, m) => get(c, m).landedCostUsdPerTonne,
    dependency: (m) => {
      for (const c of ALTERNATIVE_SUPPLIERS) get(c, m);
      return computeDependency(data, values, m, map, [target]);
    },
  };
}

/** Share (points) of a country's minerals where it lands below both benchmarks; null when it has none. */
function undercutShare(
  src: MarginSources,
  c: "PK" | "UA",
  minerals: readonly MineralModelData[],
): number | null {
  if (!minerals.length) return null;
  let below = 0;
  for (const m of minerals) {
    const own = src.total(c, m) ?? Infinity;
    let undercuts = true;
    for (const b of BENCHMARKS) undercuts &&= own < (src.total(b, m) ?? -Infinity);
    if (undercuts) below += 1;
  }
  return (below / minerals.length) * 100;
}

/**
 * The margins of every claim test under `values`, with the WGI ranks given (published or drawn), reading costs and
 * dependency from `src`: the scenario's results for the point test, or computed for one draw.
 */
export function claimMargins(
  setup: ClaimSetup,
  values: ScenarioValues,
  ranks: Percentiles,
  src: MarginSources,
): ClaimMargins {
  const lessChina: ClaimMargins["lessChina"] = {};
  for (const m of setup.lessChina) {
    const d = src.dependency(m);
    const year = d?.years.find((y) => y.year === setup.target) ?? d?.years[d.years.length - 1];
    if (!d || !year) continue;
    const cut = chinaCut(d.baselineExposure, year.pakistanCut);
    if (cut) lessChina[m.id] = cut;
  }
  return {
    cheaper: cheaperMargins(setup, src),
    stable: stableMargin(ranks),
    lessChina,
    ukraine: ukraineMargins(setup, src, ranks, v(values, KEYS.crp("UA")) - v(values, KEYS.crp("PK"))),
  };
}

/** C2's margins: per tested mineral, the cheaper benchmark's landed cost minus Pakistan's, % of the benchmark's. */
export function cheaperMargins(setup: ClaimSetup, src: MarginSources): ClaimMargins["cheaper"] {
  const cheaper: ClaimMargins["cheaper"] = {};
  for (const m of setup.cheaper) {
    const own = src.total("PK", m);
    let bench = Infinity;
    for (const b of BENCHMARKS) bench = Math.min(bench, src.total(b, m) ?? Infinity);
    if (own !== undefined && Number.isFinite(bench) && bench > 0)
      cheaper[m.id] = ((bench - own) / bench) * 100;
  }
  return cheaper;
}

/** C3's margin: Pakistan's WGI rank minus the stable bar (null without a rank). */
export function stableMargin(ranks: Percentiles): number | null {
  return ranks.PK === null ? null : ranks.PK - BARS.stablePercentile;
}

/**
 * C4's margin for one mineral from its dependency's two inputs: China's share before any change (the same in every
 * draw, from the data) and Pakistan's cut by the target year (shares of demand, 0–1). Null: no stage to test.
 */
export function chinaCut(
  baseline: Readonly<Record<Stage, number>>,
  pakistanCut: Readonly<Record<Stage, number>>,
): { margin: number; stage: Stage } | null {
  const cut = decisiveCut(baseline, pakistanCut);
  return cut ? { margin: cut.cutPp - BARS.realChinaCutPp, stage: cut.stage } : null;
}

/** The stage C4 rests on and Pakistan's cut there, points (shares of demand given as 0–1); null: no stage to test. */
export function decisiveCut(
  baseline: Readonly<Record<Stage, number>>,
  pakistanCut: Readonly<Record<Stage, number>>,
): { stage: Stage; cutPp: number } | null {
  const cut = { mining: pakistanCut.mining * 100, refining: pakistanCut.refining * 100 };
  const stage = decisiveStage(baseline, cut);
  return stage ? { stage, cutPp: cut[stage] } : null;
}

/** C5's four counts, with the risk premium gap (Ukraine's minus Pakistan's, points) given. */
export function ukraineMargins(
  setup: ClaimSetup,
  src: MarginSources,
  ranks: Percentiles,
  riskPremium: number,
): UkraineMargins {
  const pkShare = undercutShare(src, "PK", setup.ukraineCost.PK);
  const uaShare = undercutShare(src, "UA", setup.ukraineCost.UA);
  const occupied = setup.data.facts.ukraineOccupiedSharePct;
  return {
    cost: pkShare === null || uaShare === null ? null : pkShare - uaShare,
    riskPremium,
    stability: ranks.PK === null || ranks.UA === null ? null : ranks.PK - ranks.UA,
    access: occupied ? occupied.value - setup.data.facts.pakistanOutOfReachPct : null,
  };
}

/** The published WGI ranks of Pakistan and Ukraine. */
export function publishedRanks(data: ModelData): Percentiles {
  return {
    PK: data.countries.PK.politicalStability?.value ?? null,
    UA: data.countries.UA.politicalStability?.value ?? null,
  };
}

/** How many of C5's counts Pakistan wins, and how many have data. */
export function ukraineWins(
  u: UkraineMargins,
  precision = 0,
): { wins: number; losses: number; known: number } {
  let wins = 0;
  let losses = 0;
  let known = 0;
  for (const t of UKRAINE_TESTS) {
    const x = u[t];
    if (x === null) continue;
    known += 1;
    const tie = precision > 0 ? UKRAINE_PRECISION[t] : 0;
    if (x > tie) wins += 1;
    else if (x < -tie) losses += 1;
  }
  return { wins, losses, known };
}

/** The precision of each of C5's counts, in its unit. */
const UKRAINE_PRECISION: Record<UkraineTest, number> = {
  cost: PRECISION.sharePp,
  riskPremium: PRECISION.riskPremiumPp,
  stability: PRECISION.percentile,
  access: PRECISION.sharePp,
};
