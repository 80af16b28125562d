import { type MineralId, type Status } from "../data/common";
import { KEYS } from "./assumptions";
import { CONFIDENT, type ClaimProbabilities, DOUBTFUL } from "./claim-draws";
import {
  BARS,
  BENCHMARKS,
  type ClaimMargins,
  claimMargins,
  claimSetup,
  hasOnRecord,
  PRECISION,
  publishedRanks,
  resultSources,
  type UkraineMargins,
  ukraineWins,
} from "./claim-tests";
import { type DerivedBound, shareBound } from "./bounds";
import { type MineralDependency } from "./dependency";
import { costOf, type CostTable, type LandedCost, v } from "./landed-cost";
import { type MineralModelData, type ModelData } from "./model-data";
import { type Stage, STAGES } from "./stages";
import { type ScenarioValues } from "./types";

/**
 * The claim tests C1–C5 as numbers: each claim's verdict, the numbers behind it (reasons, named by id) and what its
 * one-sentence summary cites (an id and numbers). The words — titles, labels, sentences — are written in
 * claims-text.ts (the views), so nothing here formats a number or branches on text.
 */

export const VERDICTS = ["holds", "mixed", "does-not-hold", "not-enough-data"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CLAIM_IDS = ["C1", "C2", "C3", "C4", "C5"] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

/** Countries a claim compares Pakistan's landed cost with. */
export type CostCompetitor = "AU" | "CA";

/** What a reason measures; its words are written in claims-text.ts. */
export type ReasonId =
  /** C1: Pakistan's share of world reserves as USGS lists it (null when not listed). */
  | "reserves-share"
  /** C1: Pakistan's share of world mine production in the reference year. */
  | "production-share"
  /** C1: Reko Diq's reported copper reserves as a share of world reserves (USGS lists no Pakistani copper). */
  | "reko-diq-reserves-share"
  /** C2: Pakistan's landed cost. */
  | "pk-landed-cost"
  /** C2: Pakistan's landed cost above (+) or below (−) a competitor's, % of the competitor's. */
  | `gap-vs-${CostCompetitor}`
  /** C2: Pakistan's labour cost minus Australia's (the article's framing); `sides` holds both. */
  | "labour-gap-vs-AU"
  /** C3: a country's WGI political-stability percentile rank. */
  | "political-stability"
  /** C3: Pakistan's country risk premium in the scenario. */
  | "crp"
  /** C3: dated security incidents in the events data. */
  | "security-incidents"
  /** C3: the share of Pakistan's landed cost that pays for risk. */
  | "risk-share"
  /** C4: China's share of US supply at a stage today. */
  | "china-share-now"
  /** C4: China's share at a stage in the target year, this scenario. */
  | "china-share-target"
  /** C4: the cut in China's share at a stage that Pakistan's supply causes by the target year. */
  | "pakistan-cut"
  /** C4: the share of US demand no supplier covers in the target year. */
  | "unmet-share"
  /**
   * C5: the share of a country's on-record minerals where it lands below both Australia and Canada (`country`),
   * with `of` the number of such minerals.
   */
  | "undercut-share"
  /** C5: Pakistan's risk premium minus Ukraine's; `sides` holds both. */
  | "crp-vs-UA"
  /** C5: Pakistan's political-stability percentile minus Ukraine's; `sides` holds both. */
  | "stability-vs-UA"
  /** C5: the share of Ukraine's metal deposits in Russian-controlled territory. */
  | "occupied-share"
  /** C5: the share of Pakistan's projects on record that are occupied or shut by fighting. */
  | "out-of-reach-share";

/** Units of reasons: percent, percentage points, USD per tonne, a percentile rank, a count of events or minerals. */
export type ReasonUnit = "%" | "pp" | "USD/t" | "percentile" | "events" | "minerals";

/**
 * One number behind a verdict, with where it comes from. The provenance fields are set in the order the API has
 * always listed them (claims-text.ts keeps that order).
 */
export interface Reason {
  id: ReasonId;
  value: number | null;
  unit: ReasonUnit;
  sourceId?: string;
  status?: Status;
  mineral?: MineralId;
  country?: string;
  /** For a difference: Pakistan's value and the other's (`value` is the first minus the second). */
  sides?: readonly [number, number];
  /** The year a projected value is for (C4's target year). */
  year?: number;
  /** The stage of supply a share is at (C4). */
  stage?: Stage;
  /** For a count: out of how many. */
  of?: number;
  /** Where the value is a bound, not an exact figure (a share of a world total USGS prints as ">2,000,000 t"). */
  bound?: DerivedBound;
}

/** What a claim's summary cites about one mineral: which sentence, with its numbers. */
export type MineralSummary =
  | { id: "reserves-not-listed" }
  /** `basis`: USGS's table, or Reko Diq's reported reserves where USGS lists none. */
  | { id: "reserves-share"; share: number; basis: "usgs" | "reko-diq"; bound?: DerivedBound }
  /** C2–C4: Pakistan has no production, reserves or project past exploration for this mineral on record. */
  | { id: "not-on-record" }
  /** Landed costs, USD/t; `cheaperThan`: how many of Australia and Canada Pakistan undercuts. */
  | {
      id: "landed-cost";
      pk: number;
      au: number;
      ca: number;
      cheaperThan: 0 | 1 | 2;
      costBasis: "sourced" | "assumption";
    }
  /** C3: the share of Pakistan's landed cost of this mineral that pays for risk (0–1). */
  | { id: "risk-share"; riskShare: number; percentile: number }
  /** C4: China holds no share of US supply at either stage. */
  | { id: "no-china-exposure" }
  /**
   * C4: shares of US demand (0–1) in `year` at the stage the verdict rests on: Pakistan's supply, China's share
   * before any change and in this scenario, and Pakistan's cut of it (percentage points).
   */
  | {
      id: "supply-shares";
      year: number;
      stage: Stage;
      pakistanShare: number;
      chinaShareBaseline: number;
      chinaShare: number;
      cutPp: number;
    }
  /** C5: whether the country holding this mineral lands it below both Australia and Canada (USD/t). */
  | { id: "undercut"; country: "PK" | "UA"; cost: number; benchmark: number };

/** What a claim's one-sentence summary cites: which sentence, with its numbers. */
export type ClaimSummary =
  /** C1: the minerals with a reserves figure (share 0–1) and those at or above the large-resource bar. */
  | {
      id: "reserves";
      minerals: number;
      listed: readonly { mineral: MineralId; share: number; bound?: DerivedBound }[];
      large: readonly MineralId[];
    }
  /**
   * C2: over the minerals Pakistan has on record: how many land below both benchmarks clearly (beyond the
   * precision), how many are within it, and the minerals left out for want of a deposit on record.
   */
  | {
      id: "cheaper";
      tested: readonly MineralId[];
      cheaperThanBoth: number;
      withinPrecision: number;
      untested: readonly MineralId[];
    }
  | { id: "nothing-on-record" }
  | { id: "no-governance-data" }
  /** C3: Pakistan's WGI rank with its 90 % bounds, against the stable bar, and Australia's and Canada's. */
  | {
      id: "stability";
      percentile: number;
      low: number | null;
      high: number | null;
      australia: number | null;
      canada: number | null;
    }
  | { id: "no-china-exposure" }
  /**
   * C4: minerals China holds a share of US supply of, and the largest cut (points) Pakistan makes by `target`, at
   * the stage that mineral's verdict rests on.
   */
  | {
      id: "largest-cut";
      exposed: readonly MineralId[];
      target: number;
      mineral: MineralId;
      cutPp: number;
      stage: Stage;
    }
  /** C5: the four counts against Ukraine and the numbers each rests on. */
  | {
      id: "against-ukraine";
      wins: number;
      known: number;
      undercutPk: number | null;
      undercutUa: number | null;
      crpPk: number;
      crpUa: number;
      stabilityPk: number | null;
      stabilityUa: number | null;
      occupiedPct: number | null;
      outOfReachPct: number;
    };

/** A claim's test for one mineral. */
export interface MineralVerdict {
  mineral: MineralId;
  verdict: Verdict;
  /** Share of the Monte Carlo draws in which this mineral's test holds (null: no draws, or not tested). */
  probability: number | null;
  summary: MineralSummary;
  reasons: Reason[];
}

export interface ClaimResult {
  id: ClaimId;
  verdict: Verdict;
  /** Share of the Monte Carlo draws in which the claim's test holds (null: no draws, or nothing uncertain). */
  probability: number | null;
  /** Why this verdict, with the deciding numbers. */
  summary: ClaimSummary;
  reasons: Reason[];
  /** Every mineral the claim looks at, those it cannot test with "not-enough-data". */
  perMineral: MineralVerdict[];
}

/** Source of the published country risk premiums (Damodaran, January 2025). */
const RISK_PREMIUM_SOURCE = "damodaran-crp-2025-01";

/**
 * C1's thresholds, our judgement (lib/model/README.md §3): a share of world reserves of 5 % or more counts as a
 * large resource, 1–5 % as some. The other claims' bars and the model's precision are in claim-tests.ts.
 */
export const THRESHOLDS = {
  largeReservesShare: 0.05,
  someReservesShare: 0.01,
} as const;

export interface ClaimInputs {
  data: ModelData;
  values: ScenarioValues;
  costs: CostTable;
  dependency: readonly MineralDependency[];
}

/**
 * Where a margin stands against the model's precision: clearly positive (1), clearly negative (−1), or a tie (0)
 * no verdict can rest on.
 */
export type Clarity = 1 | 0 | -1;
export const clarity = (margin: number, precision: number): Clarity =>
  margin > precision ? 1 : margin < -precision ? -1 : 0;

/**
 * A verdict from a test's probability and its point margin: holds at a probability of at least 0.8, does not hold
 * at 0.2 or less, mixed between — and mixed whenever the point margin is within the precision, or disagrees with
 * the probability. Without draws (probability null) the point margin alone decides, with the same precision.
 */
export function verdictOf(probability: number | null, clear: Clarity): Verdict {
  if (probability === null) return clear > 0 ? "holds" : clear < 0 ? "does-not-hold" : "mixed";
  if (probability >= CONFIDENT && clear > 0) return "holds";
  if (probability <= DOUBTFUL && clear < 0) return "does-not-hold";
  return "mixed";
}

/**
 * The provenance of a risk-premium reason: Damodaran's figure (secondary) while the scenario keeps the published
 * value, our assumption once a reader has changed it.
 */
function crpProvenance(
  data: ModelData,
  values: ScenarioValues,
  ...countries: ("PK" | "UA")[]
): Pick<Reason, "status" | "sourceId" | "country"> {
  const changed = countries.some((c) => v(values, KEYS.crp(c)) !== data.countries[c].riskPremiumDefaultPct);
  return {
    status: changed ? "assumption" : "secondary",
    sourceId: changed ? "project-assumptions" : RISK_PREMIUM_SOURCE,
    country: countries[0],
  };
}

function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("holds")) return "holds";
  if (verdicts.includes("mixed")) return "mixed";
  if (verdicts.includes("does-not-hold")) return "does-not-hold";
  return "not-enough-data";
}

/** A reason holding a 0–1 share, in percent (null stays null: not listed). */
const shareReason = (
  id: ReasonId,
  share: number | null,
  provenance: Omit<Reason, "id" | "value" | "unit"> = {},
): Reason => ({ id, value: share === null ? null : share * 100, unit: "%", ...provenance });

/** A mineral a claim cannot test because Pakistan has nothing of it on record. */
const notOnRecord = (mineral: MineralId): MineralVerdict => ({
  mineral,
  verdict: "not-enough-data",
  probability: null,
  summary: { id: "not-on-record" },
  reasons: [],
});

/** Everything a claim reads: the scenario, its point margins and (when the draws ran) its probabilities. */
export interface ClaimContext extends ClaimInputs {
  margins: ClaimMargins;
  probabilities: ClaimProbabilities | null;
}

/**
 * C1's verdict on one share. Where USGS prints a world total as a floor (">2,000,000 t"), Pakistan's share is at
 * most the computed figure: it can fall below a bar but never be shown to clear it, so an upper bound that would
 * clear "some" reads mixed. A floor on the share itself counts as the share (it is at least that). A share whose
 * direction is unknown (both figures bounded) never holds.
 */
export function reservesVerdict(share: number, bound?: DerivedBound): Verdict {
  const band =
    share >= THRESHOLDS.largeReservesShare
      ? "large"
      : share >= THRESHOLDS.someReservesShare
        ? "some"
        : "little";
  if (bound === "upper" || bound === "unknown") return band === "little" ? "does-not-hold" : "mixed";
  return band === "large" ? "holds" : band === "some" ? "mixed" : "does-not-hold";
}

/** C1: Pakistan's published share of world reserves (and production) per mineral. */
export function claimResources({ data }: Pick<ClaimContext, "data">): ClaimResult {
  const rd = data.facts.rekoDiqReservesT;
  const listed: { mineral: MineralId; share: number; bound?: DerivedBound }[] = [];
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    let reserves = m.reservesShare.PK;
    let bound = m.reservesShareBound.PK ?? undefined;
    const pk = { status: "derived", mineral: m.id, country: "PK" } as const;
    const reasons: Reason[] = [
      {
        ...shareReason("reserves-share", reserves, { sourceId: m.reservesSourceId, ...pk }),
        ...(bound && reserves !== null ? { bound } : {}),
      },
      shareReason("production-share", m.productionShare.PK, { sourceId: m.productionSourceId, ...pk }),
    ];
    let basis: "usgs" | "reko-diq" = "usgs";
    if (reserves === null && m.id === "copper" && rd && m.worldReservesT) {
      reserves = rd.value / m.worldReservesT;
      basis = "reko-diq";
      bound = shareBound(undefined, m.worldReservesBound ?? undefined);
      reasons.push(shareReason("reko-diq-reserves-share", reserves, { sourceId: rd.sourceId, ...pk }));
    }
    if (reserves === null)
      return {
        mineral: m.id,
        verdict: "not-enough-data",
        probability: null,
        summary: { id: "reserves-not-listed" },
        reasons,
      };
    const verdict = reservesVerdict(reserves, bound);
    listed.push({ mineral: m.id, share: reserves, ...(bound ? { bound } : {}) });
    return {
      mineral: m.id,
      verdict,
      probability: null,
      summary: { id: "reserves-share", share: reserves, basis, ...(bound ? { bound } : {}) },
      reasons,
    };
  });
  return {
    id: "C1",
    verdict: combine(perMineral.map((p) => p.verdict)),
    // Published data only: nothing to draw.
    probability: null,
    summary: {
      id: "reserves",
      minerals: perMineral.length,
      listed,
      large: perMineral.filter((p) => p.verdict === "holds").map((p) => p.mineral),
    },
    reasons: perMineral
      .filter((p) => p.verdict !== "not-enough-data")
      .flatMap((p) => p.reasons.filter((r) => r.value !== null)),
    perMineral,
  };
}

/**
 * C2: Pakistan's landed cost against Australia's and Canada's, for each mineral Pakistan has on record (a mine, a
 * project past exploration, or USGS production or reserves), with the labour part alone as a reason. A mineral
 * with nothing on record has no Pakistani cost to compare: not enough data, never a hypothetical mine's cost.
 */
export function claimCheaper({ data, costs, margins, probabilities }: ClaimContext): ClaimResult {
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    const margin = margins.cheaper[m.id];
    const pk = costOf(costs, "PK", m.id);
    const au = costOf(costs, "AU", m.id);
    const ca = costOf(costs, "CA", m.id);
    if (margin === undefined || !pk || !au || !ca) return notOnRecord(m.id);
    const cheaperThan = [au, ca].filter((x) => pk.landedCostUsdPerTonne < x.landedCostUsdPerTonne).length as
      0 | 1 | 2;
    const probability = probabilities?.cheaper.byMineral[m.id] ?? null;
    const status: Status = m.costBasis === "sourced" ? "derived" : "assumption";
    const gap = (x: LandedCost) =>
      ((pk.landedCostUsdPerTonne - x.landedCostUsdPerTonne) / x.landedCostUsdPerTonne) * 100;
    const reasons: Reason[] = [
      {
        id: "pk-landed-cost",
        value: pk.landedCostUsdPerTonne,
        unit: "USD/t",
        status,
        mineral: m.id,
        country: "PK",
      },
      ...[au, ca].map<Reason>((x) => ({
        id: `gap-vs-${x.country as CostCompetitor}`,
        value: gap(x),
        unit: "%",
        status,
        mineral: m.id,
        country: x.country,
      })),
      {
        id: "labour-gap-vs-AU",
        value: pk.breakdown.labor - au.breakdown.labor,
        unit: "USD/t",
        status,
        mineral: m.id,
        sides: [pk.breakdown.labor, au.breakdown.labor],
      },
    ];
    return {
      mineral: m.id,
      verdict: verdictOf(probability, clarity(margin, PRECISION.costPct)),
      probability,
      summary: {
        id: "landed-cost",
        pk: pk.landedCostUsdPerTonne,
        au: au.landedCostUsdPerTonne,
        ca: ca.landedCostUsdPerTonne,
        cheaperThan,
        costBasis: m.costBasis,
      },
      reasons,
    };
  });
  const tested = perMineral.filter((p) => p.verdict !== "not-enough-data");
  const clear = tested.map((p) => clarity(margins.cheaper[p.mineral]!, PRECISION.costPct));
  const positive = clear.filter((x) => x > 0).length;
  const negative = clear.filter((x) => x < 0).length;
  // The test: Pakistan below both benchmarks for more than half of its minerals. It clearly fails once the minerals
  // clearly not cheaper leave no majority possible.
  const overall: Clarity = positive * 2 > tested.length ? 1 : negative * 2 >= tested.length ? -1 : 0;
  return {
    id: "C2",
    verdict: tested.length ? verdictOf(probabilities?.cheaper.overall ?? null, overall) : "not-enough-data",
    probability: tested.length ? (probabilities?.cheaper.overall ?? null) : null,
    summary: tested.length
      ? {
          id: "cheaper",
          tested: tested.map((p) => p.mineral),
          cheaperThanBoth: positive,
          withinPrecision: clear.filter((x) => x === 0).length,
          untested: perMineral.filter((p) => p.verdict === "not-enough-data").map((p) => p.mineral),
        }
      : { id: "nothing-on-record" },
    reasons: tested.flatMap((p) => p.reasons.slice(0, 3)),
    perMineral,
  };
}

/**
 * C3: is Pakistan a stable supplier? Its WGI political-stability rank (drawn within its 90 % confidence bounds)
 * against the stable bar. What its risk costs is reported per mineral — a share of that mineral's landed cost,
 * never summed across products — but does not decide: pricing a risk does not make supply dependable, and the
 * price is already in C2's costs.
 */
export function claimStable({ data, values, costs, margins, probabilities }: ClaimContext): ClaimResult {
  const pk = data.countries.PK;
  const pv = pk.politicalStability;
  const probability = pv ? (probabilities?.stable ?? null) : null;
  const verdict: Verdict =
    pv && margins.stable !== null
      ? verdictOf(probability, clarity(margins.stable, PRECISION.percentile))
      : "not-enough-data";
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    const c = costOf(costs, "PK", m.id);
    if (!hasOnRecord(m, "PK") || !c || !pv) return notOnRecord(m.id);
    const riskShare = c.landedCostUsdPerTonne > 0 ? c.riskCostUsdPerTonne / c.landedCostUsdPerTonne : 0;
    return {
      mineral: m.id,
      verdict,
      probability,
      summary: { id: "risk-share", riskShare, percentile: pv.value },
      reasons: [shareReason("risk-share", riskShare, { status: "derived", mineral: m.id, country: "PK" })],
    };
  });
  const reasons: Reason[] = [
    ...(["PK", "AU", "CA"] as const).map<Reason>((c) => {
      const x = data.countries[c].politicalStability;
      return {
        id: "political-stability",
        value: x?.value ?? null,
        unit: "percentile",
        sourceId: x?.sourceId,
        status: x?.status,
        country: c,
      };
    }),
    { id: "crp", value: v(values, KEYS.crp("PK")), unit: "pp", ...crpProvenance(data, values, "PK") },
    {
      id: "security-incidents",
      value: pk.securityIncidents,
      unit: "events",
      status: "derived",
      country: "PK",
    },
    ...perMineral.flatMap((p) => p.reasons),
  ];
  return {
    id: "C3",
    verdict,
    probability,
    summary: pv
      ? {
          id: "stability",
          percentile: pv.value,
          low: pv.low ?? null,
          high: pv.high ?? null,
          australia: data.countries.AU.politicalStability?.value ?? null,
          canada: data.countries.CA.politicalStability?.value ?? null,
        }
      : { id: "no-governance-data" },
    reasons,
    perMineral,
  };
}

/** One stage of C4 for a mineral: China's share of US supply now and in the target year, and Pakistan's cut. */
interface C4Stage {
  stage: Stage;
  /** China's share of US supply at this stage before any change, 0–1. */
  now: number;
  /** In the target year, this scenario, 0–1. */
  target: number;
  /** What Pakistan's supply takes off China's share at this stage, percentage points (negative: adds to it). */
  cutPp: number;
}

/**
 * C4: the cut in China's share of US supply by the target year that Pakistan's supply can cause, at the mining and
 * at the refining stage, for the minerals Pakistan has on record. A mineral's verdict rests on the stage where China
 * holds the larger share of US supply (the refining stage on a tie, where China's weight usually lies), or where
 * Pakistani output refined in China adds to a share China did not hold; both stages are reported. The bar: a cut of
 * 5 points (claim-tests.ts, justified in the method).
 */
export function claimLessChina({
  data,
  values,
  dependency,
  margins,
  probabilities,
}: ClaimContext): ClaimResult {
  const target = v(values, KEYS.targetYear);
  const cuts: { mineral: MineralId; cutPp: number; stage: Stage }[] = [];
  const perMineral = dependency.map<MineralVerdict>((d) => {
    const m = data.minerals.find((x) => x.id === d.mineral)!;
    if (!hasOnRecord(m, "PK")) return notOnRecord(m.id);
    const year = d.years.find((y) => y.year === target) ?? d.years[d.years.length - 1]!;
    const derived = { status: "derived", mineral: d.mineral } as const;
    const stages: C4Stage[] = STAGES.map((stage) => ({
      stage,
      now: d.baselineExposure[stage],
      target: year.exposure[stage].direct + year.exposure[stage].indirect,
      cutPp: year.pakistanCut[stage] * 100,
    }));
    const tested = margins.lessChina[m.id];
    const decisive = stages.find((s) => s.stage === tested?.stage) ?? stages[stages.length - 1]!;
    const stageReasons = (s: C4Stage): Reason[] => [
      {
        ...shareReason("china-share-now", s.now, { sourceId: m.importSourceId, ...derived, country: "CN" }),
        stage: s.stage,
      },
      {
        ...shareReason("china-share-target", s.target, { ...derived, country: "CN" }),
        year: year.year,
        stage: s.stage,
      },
      {
        id: "pakistan-cut",
        value: s.cutPp,
        unit: "pp",
        ...derived,
        country: "PK",
        year: year.year,
        stage: s.stage,
      },
    ];
    const reasons = [
      ...stageReasons(decisive),
      ...stages.filter((s) => s !== decisive).flatMap(stageReasons),
      { ...shareReason("unmet-share", year.unmetShare, derived), year: year.year },
    ];
    if (!tested)
      return {
        mineral: d.mineral,
        verdict: "not-enough-data",
        probability: null,
        summary: { id: "no-china-exposure" },
        reasons,
      };
    cuts.push({ mineral: d.mineral, cutPp: decisive.cutPp, stage: decisive.stage });
    const probability = probabilities?.lessChina.byMineral[m.id] ?? null;
    return {
      mineral: d.mineral,
      verdict: verdictOf(probability, clarity(tested.margin, PRECISION.chinaCutPp)),
      probability,
      summary: {
        id: "supply-shares",
        year: year.year,
        stage: decisive.stage,
        pakistanShare: year.pakistanShare,
        chinaShareBaseline: decisive.now,
        chinaShare: decisive.target,
        cutPp: decisive.cutPp,
      },
      reasons,
    };
  });
  const exposed = perMineral.filter((p) => margins.lessChina[p.mineral] !== undefined);
  const clear = exposed.map((p) => clarity(margins.lessChina[p.mineral]!.margin, PRECISION.chinaCutPp));
  // The test: a real cut for at least one mineral; it clearly fails when every mineral clearly misses the bar.
  const overall: Clarity = clear.some((x) => x > 0) ? 1 : clear.every((x) => x < 0) ? -1 : 0;
  // The first of the largest cuts (a stable sort keeps the data's mineral order among equals).
  const best = [...cuts].sort((a, b) => b.cutPp - a.cutPp)[0];
  return {
    id: "C4",
    verdict: exposed.length
      ? verdictOf(probabilities?.lessChina.overall ?? null, overall)
      : "not-enough-data",
    probability: exposed.length ? (probabilities?.lessChina.overall ?? null) : null,
    summary: best
      ? {
          id: "largest-cut",
          exposed: exposed.map((p) => p.mineral),
          target,
          mineral: best.mineral,
          cutPp: best.cutPp,
          stage: best.stage,
        }
      : { id: "no-china-exposure" },
    reasons: exposed.flatMap((p) => p.reasons.slice(0, 3)),
    perMineral,
  };
}

/**
 * C5's point test: clearly ahead (beyond each count's precision) on three or more counts; clearly behind where
 * even the ties could not make three; a tie otherwise.
 */
export function ukraineClarity(u: UkraineMargins): Clarity {
  const point = ukraineWins(u, 1);
  const known = ukraineWins(u).known;
  return point.wins >= BARS.ukraineWins ? 1 : known - point.losses < BARS.ukraineWins ? -1 : 0;
}

/**
 * C5: Pakistan against Ukraine on four counts that either side can win: how many of its on-record minerals each
 * lands below Australia and Canada (a share, so a longer list does not win by itself), the country risk premium,
 * WGI political stability (within its bounds), and access (the share of deposits out of reach: occupied in
 * Ukraine, occupied or shut by fighting in Pakistan). The claim holds when Pakistan is ahead on at least three.
 */
export function claimUkraine({ data, values, costs, margins, probabilities }: ClaimContext): ClaimResult {
  const u = margins.ukraine;
  const crpPk = v(values, KEYS.crp("PK"));
  const crpUa = v(values, KEYS.crp("UA"));
  const pvPk = data.countries.PK.politicalStability;
  const pvUa = data.countries.UA.politicalStability;
  const occupied = data.facts.ukraineOccupiedSharePct;
  const holders = (["PK", "UA"] as const).map((c) => ({
    c,
    minerals: data.minerals.filter((m) => hasOnRecord(m, c)),
  }));
  const undercut = (c: "PK" | "UA", m: MineralModelData) => {
    const own = costOf(costs, c, m.id)!.landedCostUsdPerTonne;
    const benchmark = Math.min(...BENCHMARKS.map((b) => costOf(costs, b, m.id)!.landedCostUsdPerTonne));
    return { own, benchmark };
  };
  const share = (c: "PK" | "UA") => {
    const ms = holders.find((h) => h.c === c)!.minerals;
    if (!ms.length) return null;
    return ms.filter((m) => undercut(c, m).own < undercut(c, m).benchmark).length / ms.length;
  };
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    const holder = holders.find((h) => h.minerals.includes(m));
    if (!holder) return notOnRecord(m.id);
    const { own, benchmark } = undercut(holder.c, m);
    return {
      mineral: m.id,
      verdict: verdictOf(null, clarity(((benchmark - own) / benchmark) * 100, PRECISION.costPct)),
      probability: null,
      summary: { id: "undercut", country: holder.c, cost: own, benchmark },
      reasons: [],
    };
  });
  const count = ukraineWins(u);
  const known = count.known;
  const overall = ukraineClarity(u);
  const probability = known >= BARS.ukraineWins ? (probabilities?.ukraine ?? null) : null;
  const reasons: Reason[] = [
    ...(["PK", "UA"] as const).map<Reason>((c) => ({
      ...shareReason("undercut-share", share(c), { status: "derived", country: c }),
      of: holders.find((h) => h.c === c)!.minerals.length,
    })),
    {
      id: "crp-vs-UA",
      value: crpPk - crpUa,
      unit: "pp",
      ...crpProvenance(data, values, "PK", "UA"),
      sides: [crpPk, crpUa],
    },
    {
      id: "stability-vs-UA",
      value: pvPk && pvUa ? pvPk.value - pvUa.value : null,
      unit: "percentile",
      sourceId: pvPk?.sourceId,
      status: pvPk?.status,
      ...(pvPk && pvUa ? { sides: [pvPk.value, pvUa.value] as const } : {}),
    },
    {
      id: "occupied-share",
      value: occupied?.value ?? null,
      unit: "%",
      sourceId: occupied?.sourceId,
      status: occupied?.status,
      country: "UA",
    },
    {
      id: "out-of-reach-share",
      value: data.facts.pakistanOutOfReachPct,
      unit: "%",
      status: "derived",
      country: "PK",
    },
    ...(["PK", "UA"] as const).map<Reason>((c) => ({
      id: "security-incidents",
      value: data.countries[c].securityIncidents,
      unit: "events",
      status: "derived",
      country: c,
    })),
  ];
  return {
    id: "C5",
    verdict: known < BARS.ukraineWins ? "not-enough-data" : verdictOf(probability, overall),
    probability,
    summary: {
      id: "against-ukraine",
      wins: count.wins,
      known,
      undercutPk: share("PK"),
      undercutUa: share("UA"),
      crpPk,
      crpUa,
      stabilityPk: pvPk?.value ?? null,
      stabilityUa: pvUa?.value ?? null,
      occupiedPct: occupied?.value ?? null,
      outOfReachPct: data.facts.pakistanOutOfReachPct,
    },
    reasons,
    perMineral,
  };
}

/** The claims' context for a scenario: its point margins, read from its own costs and dependency results. */
export function claimContext(
  inputs: ClaimInputs,
  probabilities: ClaimProbabilities | null = null,
): ClaimContext {
  const margins = claimMargins(
    claimSetup(inputs.data, inputs.values),
    inputs.values,
    publishedRanks(inputs.data),
    resultSources(inputs.costs, inputs.dependency),
  );
  return { ...inputs, margins, probabilities };
}

/**
 * All five claims for one scenario. With the claims' Monte Carlo (claim-draws.ts) each verdict follows its
 * probability; without it (the lab's slider path) each follows its point margin, with the same precision.
 */
export function computeClaims(
  inputs: ClaimInputs,
  probabilities: ClaimProbabilities | null = null,
): ClaimResult[] {
  const ctx = claimContext(inputs, probabilities);
  return [claimResources(ctx), claimCheaper(ctx), claimStable(ctx), claimLessChina(ctx), claimUkraine(ctx)];
}
