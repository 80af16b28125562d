import { type MineralId, type Status } from "../data/common";
import { KEYS } from "./assumptions";
import { type MineralDependency } from "./dependency";
import { capitalRecoveryFactor, costOf, type CostTable, type LandedCost, v } from "./landed-cost";
import { type ModelData } from "./model-data";
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
  /** C4: China's share of US supply of a mineral USGS lists no direct Chinese imports for (0). */
  | "china-share-direct"
  /** C4: China's share of US supply today. */
  | "china-share-now"
  /** C4: China's share in the target year, this scenario. */
  | "china-share-target"
  /** C4: the cut in China's share that Pakistan's capacity causes by the target year. */
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
  | { id: "no-direct-imports" }
  /** Shares of US demand (0–1) in `year`. */
  | {
      id: "supply-shares";
      year: number;
      pakistanShare: number;
      chinaShareBaseline: number;
      chinaShare: number;
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
  | { id: "no-direct-imports" }
  /** C4: minerals imported directly from China, and the largest cut (points) Pakistan makes by `target`. */
  | { id: "largest-cut"; exposed: readonly MineralId[]; target: number; mineral: MineralId; cutPp: number }
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
 * capital charge above the base rate's, security and insurance.
 */
function pakistanRiskShare({ data, values, costs }: ClaimInputs): number {
  const life = v(values, KEYS.projectLife);
  const base = v(values, KEYS.baseRate) / 100;
  let riskCost = 0;
  let landed = 0;
  for (const m of data.minerals.filter((x) => x.costBasis === "sourced")) {
    const c = costOf(costs, "PK", m.id);
    if (!c) continue;
    const capex = v(values, KEYS.capex(m.id));
    const premiumCapital = c.breakdown.capital - capex * capitalRecoveryFactor(base, life);
    riskCost += premiumCapital + c.breakdown.security + c.breakdown.insurance;
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

/** C4: the cut in China's share of US supply by the target year that Pakistan's capacity can cause. */
export function claimLessChina({ data, values, dependency }: ClaimInputs): ClaimResult {
  const target = v(values, KEYS.targetYear);
  const cuts: { mineral: MineralId; cutPp: number }[] = [];
  const perMineral = dependency.map<MineralVerdict>((d) => {
    const m = data.minerals.find((x) => x.id === d.mineral)!;
    const year = d.years.find((y) => y.year === target) ?? d.years[d.years.length - 1]!;
    const derived = { status: "derived", mineral: d.mineral } as const;
    if (year.chinaShareBaseline <= 0) {
      return {
        mineral: d.mineral,
        verdict: "not-enough-data",
        summary: { id: "no-direct-imports" },
        reasons: [shareReason("china-share-direct", 0, { sourceId: m.importSourceId, ...derived })],
      };
    }
    const cutPp = year.pakistanShare * 100;
    cuts.push({ mineral: d.mineral, cutPp });
    const verdict: Verdict =
      cutPp >= THRESHOLDS.realChinaCutPp
        ? "holds"
        : cutPp >= THRESHOLDS.someChinaCutPp
          ? "mixed"
          : "does-not-hold";
    return {
      mineral: d.mineral,
      verdict,
      summary: {
        id: "supply-shares",
        year: year.year,
        pakistanShare: year.pakistanShare,
        chinaShareBaseline: year.chinaShareBaseline,
        chinaShare: year.chinaShare,
      },
      reasons: [
        shareReason("china-share-now", year.chinaShareBaseline, {
          sourceId: m.importSourceId,
          ...derived,
          country: "CN",
        }),
        {
          ...shareReason("china-share-target", year.chinaShare, { ...derived, country: "CN" }),
          year: year.year,
        },
        { id: "pakistan-cut", value: cutPp, unit: "pp", ...derived, country: "PK", year: year.year },
        { ...shareReason("unmet-share", year.unmetShare, derived), year: year.year },
      ],
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
        }
      : { id: "no-direct-imports" },
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
