import { type MineralId, type Status } from "../data/common";
import { KEYS } from "./assumptions";
import { type MineralDependency } from "./dependency";
import { costOf, type CostTable, type LandedCost, v } from "./landed-cost";
import { type ModelData } from "./model-data";
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
  /** C5: minerals with sourced costs where Pakistan lands cheaper than Ukraine; `of` holds how many there are. */
  | "cheaper-than-UA"
  /** C5: Pakistan's risk premium minus Ukraine's; `sides` holds both. */
  | "crp-vs-UA"
  /** C5: Pakistan's political-stability percentile minus Ukraine's; `sides` holds both. */
  | "stability-vs-UA"
  /** C5: the share of Ukraine's metal deposits in Russian-controlled territory. */
  | "occupied-share";

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
}

/** What a claim's summary cites about one mineral: which sentence, with its numbers. */
export type MineralSummary =
  | { id: "reserves-not-listed" }
  /** `basis`: USGS's table, or Reko Diq's reported reserves where USGS lists none. */
  | { id: "reserves-share"; share: number; basis: "usgs" | "reko-diq" }
  | { id: "no-cost-data" }
  /** Landed costs, USD/t; `cheaperThan`: how many of Australia and Canada Pakistan undercuts. */
  | {
      id: "landed-cost";
      pk: number;
      au: number;
      ca: number;
      cheaperThan: 0 | 1 | 2;
      costBasis: "sourced" | "assumption";
    }
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
    };

/** What a claim's one-sentence summary cites: which sentence, with its numbers. */
export type ClaimSummary =
  /** C1: the minerals with a reserves figure (share 0–1) and those at or above the large-resource bar. */
  | {
      id: "reserves";
      minerals: number;
      listed: readonly { mineral: MineralId; share: number }[];
      large: readonly MineralId[];
    }
  /** C2: counts over the minerals with sourced costs. */
  | { id: "cheaper"; sourced: readonly MineralId[]; cheaperThanBoth: number; cheaperThanOne: number }
  | { id: "no-governance-data" }
  /** C3: Pakistan's WGI percentile at or above the stable bar. */
  | { id: "stable"; percentile: number }
  /** C3: unstable, and risk is at least the priced share of landed cost (0–1). */
  | {
      id: "unstable-priced";
      percentile: number;
      australia: number | null;
      canada: number | null;
      riskShare: number;
    }
  /** C3: unstable, but the scenario prices risk below that share. */
  | { id: "unstable-unpriced"; percentile: number; riskShare: number }
  /** C3: between the unstable and stable bars. */
  | { id: "middle-stability"; percentile: number }
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
      cheaper: number;
      sourced: number;
      crpPk: number;
      crpUa: number;
      stabilityPk: number | null;
      stabilityUa: number | null;
      occupiedPct: number | null;
    };

/** A claim's test for one mineral. */
export interface MineralVerdict {
  mineral: MineralId;
  verdict: Verdict;
  summary: MineralSummary;
  reasons: Reason[];
}

export interface ClaimResult {
  id: ClaimId;
  verdict: Verdict;
  /** Why this verdict, with the deciding numbers. */
  summary: ClaimSummary;
  reasons: Reason[];
  perMineral: MineralVerdict[];
}

/** Source of the published country risk premiums (Damodaran, January 2025). */
const RISK_PREMIUM_SOURCE = "damodaran-crp-2025-01";

/**
 * Thresholds of the claim tests: our judgement, written down in lib/model/README.md. A share of world reserves of
 * 5 % or more counts as a large resource; a cut of 5 percentage points in China's share of US supply as a real
 * reduction; WGI political stability below the 25th percentile as unstable.
 */
export const THRESHOLDS = {
  largeReservesShare: 0.05,
  someReservesShare: 0.01,
  realChinaCutPp: 5,
  someChinaCutPp: 1,
  unstablePercentile: 25,
  stablePercentile: 50,
  pricedRiskShare: 0.05,
} as const;

export interface ClaimInputs {
  data: ModelData;
  values: ScenarioValues;
  costs: CostTable;
  dependency: readonly MineralDependency[];
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

/** Holds (or does not) when at least ¾ of the minerals with a verdict say so; otherwise mixed. */
function majority(verdicts: readonly Verdict[]): Verdict {
  const known = verdicts.filter((x) => x !== "not-enough-data");
  if (!known.length) return "not-enough-data";
  const holds = known.filter((x) => x === "holds").length;
  const fails = known.filter((x) => x === "does-not-hold").length;
  if (holds * 4 >= known.length * 3) return "holds";
  if (fails * 4 >= known.length * 3) return "does-not-hold";
  return "mixed";
}

/** A reason holding a 0–1 share, in percent (null stays null: not listed). */
const shareReason = (
  id: ReasonId,
  share: number | null,
  provenance: Omit<Reason, "id" | "value" | "unit"> = {},
): Reason => ({ id, value: share === null ? null : share * 100, unit: "%", ...provenance });

/** C1: Pakistan's published share of world reserves (and production) per mineral. */
export function claimResources({ data }: ClaimInputs): ClaimResult {
  const rd = data.facts.rekoDiqReservesT;
  const listed: { mineral: MineralId; share: number }[] = [];
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    let reserves = m.reservesShare.PK;
    const pk = { status: "derived", mineral: m.id, country: "PK" } as const;
    const reasons: Reason[] = [
      shareReason("reserves-share", reserves, { sourceId: m.reservesSourceId, ...pk }),
      shareReason("production-share", m.productionShare.PK, { sourceId: m.productionSourceId, ...pk }),
    ];
    let basis: "usgs" | "reko-diq" = "usgs";
    if (reserves === null && m.id === "copper" && rd && m.worldReservesT) {
      reserves = rd.value / m.worldReservesT;
      basis = "reko-diq";
      reasons.push(shareReason("reko-diq-reserves-share", reserves, { sourceId: rd.sourceId, ...pk }));
    }
    const verdict: Verdict =
      reserves === null
        ? "not-enough-data"
        : reserves >= THRESHOLDS.largeReservesShare
          ? "holds"
          : reserves >= THRESHOLDS.someReservesShare
            ? "mixed"
            : "does-not-hold";
    if (reserves === null) return { mineral: m.id, verdict, summary: { id: "reserves-not-listed" }, reasons };
    listed.push({ mineral: m.id, share: reserves });
    return { mineral: m.id, verdict, summary: { id: "reserves-share", share: reserves, basis }, reasons };
  });
  return {
    id: "C1",
    verdict: combine(perMineral.map((p) => p.verdict)),
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

/** C2: Pakistan's landed cost vs Australia and Canada per mineral, and the labour part alone. */
export function claimCheaper({ data, costs }: ClaimInputs): ClaimResult {
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    const pk = costOf(costs, "PK", m.id);
    const au = costOf(costs, "AU", m.id);
    const ca = costOf(costs, "CA", m.id);
    if (!pk || !au || !ca)
      return { mineral: m.id, verdict: "not-enough-data", summary: { id: "no-cost-data" }, reasons: [] };
    const cheaperThan = [au, ca].filter((x) => pk.landedCostUsdPerTonne < x.landedCostUsdPerTonne).length as
      0 | 1 | 2;
    const verdict: Verdict = cheaperThan === 2 ? "holds" : cheaperThan === 1 ? "mixed" : "does-not-hold";
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
      verdict,
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
  const sourced = perMineral.filter(
    (p) => data.minerals.find((m) => m.id === p.mineral)?.costBasis === "sourced",
  );
  return {
    id: "C2",
    verdict: majority(sourced.map((p) => p.verdict)),
    summary: {
      id: "cheaper",
      sourced: sourced.map((p) => p.mineral),
      cheaperThanBoth: sourced.filter((p) => p.verdict === "holds").length,
      cheaperThanOne: sourced.filter((p) => p.verdict === "mixed").length,
    },
    reasons: sourced.flatMap((p) => p.reasons.slice(0, 3)),
    perMineral,
  };
}

/**
 * The share of Pakistan's landed cost (0–1) that pays for risk, summed over the minerals with sourced costs: the
 * capital charge's country premium (or the insurance premium), physical security and cargo insurance.
 */
function pakistanRiskShare({ data, costs }: ClaimInputs): number {
  let riskCost = 0;
  let landed = 0;
  for (const m of data.minerals.filter((x) => x.costBasis === "sourced")) {
    const c = costOf(costs, "PK", m.id);
    if (!c) continue;
    riskCost += c.riskCostUsdPerTonne;
    landed += c.landedCostUsdPerTonne;
  }
  return landed > 0 ? riskCost / landed : 0;
}

/** C3: governance (WGI political stability), country risk premium, security incidents, and what that risk costs inside C2. */
export function claimStable(inputs: ClaimInputs): ClaimResult {
  const { data, values } = inputs;
  const pk = data.countries.PK;
  const pv = pk.politicalStability;
  const riskShare = pakistanRiskShare(inputs);
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
    { id: "risk-share", value: riskShare * 100, unit: "%", status: "derived", country: "PK" },
  ];
  let verdict: Verdict;
  let summary: ClaimSummary;
  if (!pv) {
    verdict = "not-enough-data";
    summary = { id: "no-governance-data" };
  } else if (pv.value >= THRESHOLDS.stablePercentile) {
    verdict = "holds";
    summary = { id: "stable", percentile: pv.value };
  } else if (pv.value < THRESHOLDS.unstablePercentile) {
    if (riskShare >= THRESHOLDS.pricedRiskShare) {
      verdict = "does-not-hold";
      summary = {
        id: "unstable-priced",
        percentile: pv.value,
        australia: data.countries.AU.politicalStability?.value ?? null,
        canada: data.countries.CA.politicalStability?.value ?? null,
        riskShare,
      };
    } else {
      verdict = "mixed";
      summary = { id: "unstable-unpriced", percentile: pv.value, riskShare };
    }
  } else {
    verdict = "mixed";
    summary = { id: "middle-stability", percentile: pv.value };
  }
  return { id: "C3", verdict, summary, reasons, perMineral: [] };
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
 * at the refining stage. A mineral's verdict rests on the stage where China holds the larger share of US supply
 * (the refining stage on a tie, where China's weight usually lies); both stages are reported.
 */
export function claimLessChina({ data, values, dependency }: ClaimInputs): ClaimResult {
  const target = v(values, KEYS.targetYear);
  const cuts: { mineral: MineralId; cutPp: number; stage: Stage }[] = [];
  const perMineral = dependency.map<MineralVerdict>((d) => {
    const m = data.minerals.find((x) => x.id === d.mineral)!;
    const year = d.years.find((y) => y.year === target) ?? d.years[d.years.length - 1]!;
    const derived = { status: "derived", mineral: d.mineral } as const;
    const stages: C4Stage[] = STAGES.map((stage) => ({
      stage,
      now: d.baselineExposure[stage],
      target: year.exposure[stage].direct + year.exposure[stage].indirect,
      cutPp: year.pakistanCut[stage] * 100,
    }));
    // The stage China weighs most on (STAGES lists refining last, so it wins a tie); where China holds nothing at
    // either stage today, the stage where Pakistan's own supply adds to China's share, if any.
    const held = stages.reduce((a, b) => (b.now >= a.now ? b : a));
    const added = stages.reduce((a, b) => (b.cutPp <= a.cutPp ? b : a));
    const decisive = held.now > 0 || added.cutPp >= 0 ? held : added;
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
    const others = stages.filter((s) => s !== decisive);
    const reasons = [
      ...stageReasons(decisive),
      ...others.flatMap(stageReasons),
      { ...shareReason("unmet-share", year.unmetShare, derived), year: year.year },
    ];
    if (decisive.now <= 0 && decisive.cutPp >= 0)
      return {
        mineral: d.mineral,
        verdict: "not-enough-data",
        summary: { id: "no-china-exposure" },
        reasons,
      };
    cuts.push({ mineral: d.mineral, cutPp: decisive.cutPp, stage: decisive.stage });
    const verdict: Verdict =
      decisive.cutPp >= THRESHOLDS.realChinaCutPp
        ? "holds"
        : decisive.cutPp >= THRESHOLDS.someChinaCutPp
          ? "mixed"
          : "does-not-hold";
    return {
      mineral: d.mineral,
      verdict,
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
  const exposed = perMineral.filter((p) => p.verdict !== "not-enough-data");
  // The first of the largest cuts (a stable sort keeps the data's mineral order among equals).
  const best = [...cuts].sort((a, b) => b.cutPp - a.cutPp)[0];
  return {
    id: "C4",
    verdict: combine(exposed.map((p) => p.verdict)),
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

/** C5: Pakistan vs Ukraine on cost, risk premium, political stability and accessible (not occupied) resources. */
export function claimUkraine({ data, values, costs }: ClaimInputs): ClaimResult {
  const sourced = data.minerals.filter((m) => m.costBasis === "sourced");
  const pkCheaper = sourced.filter(
    (m) =>
      (costOf(costs, "PK", m.id)?.landedCostUsdPerTonne ?? Infinity) <
      (costOf(costs, "UA", m.id)?.landedCostUsdPerTonne ?? Infinity),
  );
  const crpPk = v(values, KEYS.crp("PK"));
  const crpUa = v(values, KEYS.crp("UA"));
  const pvPk = data.countries.PK.politicalStability;
  const pvUa = data.countries.UA.politicalStability;
  const occupied = data.facts.ukraineOccupiedSharePct;
  const tests = [
    { ok: pkCheaper.length * 2 > sourced.length, known: true },
    { ok: crpPk <= crpUa, known: true },
    { ok: !!pvPk && !!pvUa && pvPk.value >= pvUa.value, known: !!pvPk && !!pvUa },
    { ok: !!occupied && occupied.value > 0, known: !!occupied },
  ];
  const known = tests.filter((t) => t.known);
  const wins = known.filter((t) => t.ok).length;
  const verdict: Verdict =
    known.length < 2 ? "not-enough-data" : wins >= 3 ? "holds" : wins <= 1 ? "does-not-hold" : "mixed";
  const reasons: Reason[] = [
    {
      id: "cheaper-than-UA",
      value: pkCheaper.length,
      unit: "minerals",
      status: "derived",
      of: sourced.length,
    },
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
  ];
  return {
    id: "C5",
    verdict,
    summary: {
      id: "against-ukraine",
      wins,
      known: known.length,
      cheaper: pkCheaper.length,
      sourced: sourced.length,
      crpPk,
      crpUa,
      stabilityPk: pvPk?.value ?? null,
      stabilityUa: pvUa?.value ?? null,
      occupiedPct: occupied?.value ?? null,
    },
    reasons,
    perMineral: [],
  };
}

/** All five claims for one scenario. */
export function computeClaims(inputs: ClaimInputs): ClaimResult[] {
  return [
    claimResources(inputs),
    claimCheaper(inputs),
    claimStable(inputs),
    claimLessChina(inputs),
    claimUkraine(inputs),
  ];
}
