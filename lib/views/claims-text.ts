import { formatNumber, formatPct, formatShare, formatUsd } from "../charts/format";
import { REFERENCE_YEAR } from "../data/constants";
import { countryName } from "../data/country-names";
import { mineralName } from "../data/mineral-names";
import { type MineralId } from "../data/common";
import {
  type ClaimId,
  type ClaimResult,
  type ClaimSummary,
  type MineralSummary,
  type Reason,
  type ReasonId,
  THRESHOLDS,
  type Verdict,
} from "../model/claims";
import { BARS, PRECISION } from "../model/claim-tests";
import { type ScenarioResult } from "../model/scenario";
import { type Stage } from "../model/stages";
import { type DerivedBound } from "../model/bounds";

/**
 * The claims in words: titles, the article's claims paraphrased, verdicts, each reason's label and value as a reader
 * sees it, and the summaries, all written from the model's numbers (lib/model/claims.ts). Browser-safe: the lab
 * writes its claims list with it on every change.
 */

export const VERDICT_LABELS: Record<Verdict, string> = {
  holds: "Holds",
  mixed: "Mixed",
  "does-not-hold": "Does not hold",
  "not-enough-data": "Not enough data",
};

export const CLAIM_TITLES: Record<ClaimId, string> = {
  C1: "Untapped resources",
  C2: "Cheaper",
  C3: "Stable supply",
  C4: "Less dependence on China",
  C5: "Alongside Ukraine",
};

/** The article's claims in our words. */
export const CLAIM_PARAPHRASES: Record<ClaimId, string> = {
  C1: "Pakistan has large mineral resources that are mostly undeveloped.",
  C2: "Because Pakistani labour costs far less than Australian or Canadian labour, US investment in Pakistani mining would pay off.",
  C3: "Pakistan could be a dependable link in a US supply chain.",
  C4: "Supply from Pakistan would reduce US reliance on China, which matters more during the trade dispute.",
  C5: "While the US negotiates mineral rights with Ukraine, it should keep Pakistan in view as well.",
};

/** "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const capitalise = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

/** A mineral's name inside a sentence: "rare earths". */
const lower = (id: MineralId) => mineralName(id).toLowerCase();

/** "at the refining stage": where a C4 share is measured (mining: ore; refining: refined or processed product). */
export function atStage(stage: Stage | undefined): string {
  return stage ? `at the ${stage} stage` : "";
}

/** Reasons that hold a share (in percent); a share USGS does not list reads "not listed". */
const SHARES: ReadonlySet<ReasonId> = new Set<ReasonId>([
  "reserves-share",
  "production-share",
  "reko-diq-reserves-share",
  "risk-share",
  "china-share-now",
  "china-share-target",
  "unmet-share",
  "undercut-share",
  "occupied-share",
  "out-of-reach-share",
]);

/** A bounded share in a sentence: "at most 1.3 %" reads better than "≤ 1.3 %" in running text. */
function boundWords(bound: DerivedBound | undefined): string {
  return bound === "upper"
    ? "at most "
    : bound === "lower"
      ? "at least "
      : bound === "unknown"
        ? "about "
        : "";
}

/** What a reason measures: "Pakistan's share of world antimony reserves (USGS)". */
export function reasonLabel(r: Reason): string {
  const name = r.mineral ? lower(r.mineral) : "";
  switch (r.id) {
    case "reserves-share":
      return `Pakistan's share of world ${name} reserves (USGS)`;
    case "production-share":
      return `Pakistan's share of world ${name} mine production, ${REFERENCE_YEAR}`;
    case "reko-diq-reserves-share":
      return "Reko Diq copper reserves as a share of world reserves";
    case "pk-landed-cost":
      return `Pakistan landed cost, ${name}`;
    case "gap-vs-AU":
    case "gap-vs-CA":
      return `Pakistan vs ${countryName(r.country ?? "")}`;
    case "labour-gap-vs-AU":
      return `Labour cost alone, Pakistan vs ${countryName("AU")}`;
    case "political-stability":
      return r.country === "PK"
        ? "Political stability, Pakistan (WGI percentile rank)"
        : `Political stability, ${countryName(r.country ?? "")}`;
    case "crp":
      return "Country risk premium, Pakistan (scenario)";
    case "security-incidents":
      return `Security incidents recorded since 2024, ${countryName(r.country ?? "PK")} (dated events in the data)`;
    case "risk-share":
      return `Cost of risk in Pakistan's landed ${name} cost (capital premium, security, insurance)`;
    case "china-share-now":
      return `China's share of US ${name} supply ${atStage(r.stage)}, now`;
    case "china-share-target":
      return `China's share ${atStage(r.stage)} in ${r.year}, this scenario`;
    case "pakistan-cut":
      return `Cut due to Pakistan ${atStage(r.stage)} by ${r.year}`;
    case "unmet-share":
      return `Unmet share of US demand in ${r.year}`;
    case "undercut-share":
      return `Share of ${countryName(r.country ?? "")}'s minerals on record landing below Australia and Canada`;
    case "crp-vs-UA":
      return "Country risk premium, Pakistan vs Ukraine (scenario)";
    case "stability-vs-UA":
      return "Political stability percentile, Pakistan vs Ukraine (WGI)";
    case "occupied-share":
      return "Share of Ukraine's metal deposits in Russian-controlled territory";
    case "out-of-reach-share":
      return "Share of Pakistan's projects on record occupied or shut by fighting";
  }
}

/** A reason's value as a reader sees it: "1.3 %", "US$9,870/t", "12.02 vs 16.02 points". */
export function reasonDisplay(r: Reason): string {
  if (r.value === null) return SHARES.has(r.id) ? "not listed" : "no value";
  const x = r.value;
  const [pk, other] = r.sides ?? [x, 0];
  switch (r.id) {
    case "pk-landed-cost":
      return `${formatUsd(x)}/t`;
    case "gap-vs-AU":
    case "gap-vs-CA":
      return `${x >= 0 ? "+" : ""}${formatPct(x)}`;
    case "labour-gap-vs-AU":
      return `${formatUsd(pk)}/t vs ${formatUsd(other)}/t`;
    case "political-stability":
      return formatNumber(x, 1);
    case "crp":
    case "pakistan-cut":
      return `${formatNumber(x, 2)} points`;
    case "security-incidents":
      return String(x);
    case "undercut-share":
      return `${formatShare(x / 100)} of ${r.of}`;
    case "crp-vs-UA":
      return `${formatNumber(pk, 2)} vs ${formatNumber(other, 2)} points`;
    case "stability-vs-UA":
      return `${formatNumber(pk, 1)} vs ${formatNumber(other, 1)}`;
    case "occupied-share":
    case "out-of-reach-share":
      return `${formatNumber(x)} %`;
    default:
      return formatShare(x / 100, 1, r.bound);
  }
}

/** A reason's unit as the API names it; a count of minerals reads "of 4". */
export function reasonUnit(r: Reason): string {
  return r.unit === "minerals" ? `of ${r.of}` : r.unit;
}

const percentile = (x: number) => formatNumber(x, 1);

/** The one sentence under a claim's verdict, with the numbers that decide it. */
export function claimSummaryText(s: ClaimSummary): string {
  switch (s.id) {
    case "reserves": {
      const bar = formatPct(THRESHOLDS.largeReservesShare * 100, 0);
      const shares = s.listed
        .map((l) => `${lower(l.mineral)}: ${formatShare(l.share, 1, l.bound)}`)
        .join("; ");
      const large = s.large.length
        ? `${s.large.map(lower).join(", ")} reach${s.large.length === 1 ? "es" : ""} ${bar} of world reserves`
        : `none reaches ${bar} of world reserves`;
      return `Published reserves exist for ${s.listed.length} of ${s.minerals} minerals (${shares}); ${large}, and the rest have no resource estimate.`;
    }
    case "cheaper": {
      const both = `${countryName("AU")} and ${countryName("CA")}`;
      const ties = s.withinPrecision
        ? `, ${s.withinPrecision} within the model's precision (${formatNumber(PRECISION.costPct)} % of cost)`
        : "";
      const left = s.untested.length
        ? ` ${capitalise(listOf(s.untested.map(lower)))} ${s.untested.length === 1 ? "is" : "are"} left out: Pakistan has no mine, project or reserves of ${s.untested.length === 1 ? "it" : "them"} on record.`
        : "";
      return `Of the ${s.tested.length} minerals Pakistan has on record (${listOf(s.tested.map(lower))}), its landed cost is clearly below both ${both} for ${s.cheaperThanBoth}${ties}, with capital, risk, processing, freight, tariffs and by-product credits counted as well as wages.${left}`;
    }
    case "nothing-on-record":
      return "Pakistan has no mineral on record to compare: no mine, project past exploration or USGS reserves.";
    case "no-governance-data":
      return "No governance data for Pakistan.";
    case "stability": {
      const bounds =
        s.low !== null && s.high !== null ? ` (90 % bounds ${percentile(s.low)}–${percentile(s.high)})` : "";
      return `Pakistan ranks at the ${percentile(s.percentile)}th percentile for political stability${bounds}, against ${countryName("AU")}'s ${percentile(s.australia ?? 0)} and ${countryName("CA")}'s ${percentile(s.canada ?? 0)}; a stable supplier ranks at the ${BARS.stablePercentile}th or above.`;
    }
    case "no-china-exposure":
      return "China holds no share of US supply of any mineral in the data, at the mining or the refining stage.";
    case "largest-cut":
      return `China mines or processes part of US supply of ${s.exposed.length} minerals, today or in this scenario (${s.exposed.map(lower).join(", ")}); the largest cut Pakistan's supply can make by ${s.target} is ${formatNumber(s.cutPp, 2)} points (${lower(s.mineral)}, ${atStage(s.stage)}), against a ${BARS.realChinaCutPp}-point bar.`;
    case "against-ukraine": {
      const side = (x: number | null) => (x === null ? "?" : percentile(x));
      const share = (x: number | null) => (x === null ? "no minerals on record" : formatShare(x));
      const occupied = s.occupiedPct === null ? "an unknown share" : `${formatNumber(s.occupiedPct)} %`;
      return `Pakistan comes out ahead of Ukraine on ${s.wins} of ${s.known} counts: minerals on record landing below ${countryName("AU")} and ${countryName("CA")} (${share(s.undercutPk)} vs ${share(s.undercutUa)}), risk premium (${formatNumber(s.crpPk, 2)} vs ${formatNumber(s.crpUa, 2)} points), political stability (${side(s.stabilityPk)} vs ${side(s.stabilityUa)}) and deposits out of reach (${formatNumber(s.outOfReachPct)} % vs ${occupied} under occupation).`;
    }
  }
}

const CHEAPER_THAN = [
  "above both Australia's and Canada's",
  "below one of Australia's and Canada's",
  "below both Australia's and Canada's",
] as const;

/** The sentence behind one mineral's verdict; `importForm` is the product form USGS lists US imports for. */
export function mineralSummaryText(s: MineralSummary, mineral: MineralId, importForm: string): string {
  const name = lower(mineral);
  switch (s.id) {
    case "reserves-not-listed":
      return `USGS does not list Pakistan for ${name} and no resource estimate is published.`;
    case "reserves-share":
      return `${s.basis === "usgs" ? "USGS" : "Reko Diq's reported reserves"} put Pakistan at ${boundWords(s.bound)}${formatShare(s.share)} of world ${name} reserves.`;
    case "not-on-record":
      return `Pakistan has no ${name} mine, project past exploration or USGS reserves on record: there is no Pakistani cost or supply to test.`;
    case "risk-share":
      return `Pakistan ranks at the ${percentile(s.percentile)}th percentile for political stability; what its risk costs is ${formatShare(s.riskShare)} of its landed ${name} cost in this scenario.`;
    case "undercut":
      return `${countryName(s.country)} has ${name} on record; it lands at ${formatUsd(s.cost)}/t against ${formatUsd(s.benchmark)}/t for the cheaper of ${countryName("AU")} and ${countryName("CA")}.`;
    case "landed-cost":
      return `Pakistan's landed ${name} costs ${formatUsd(s.pk)}/t, ${CHEAPER_THAN[s.cheaperThan]} (${formatUsd(s.au)} and ${formatUsd(s.ca)})${s.costBasis === "assumption" ? "; costs for this mineral are assumptions" : ""}.`;
    case "no-china-exposure":
      return `Neither US imports of ${name} (${importForm}) nor the third countries they come from draw on China in the data, at the mining or the refining stage.`;
    case "supply-shares":
      return `At the ${s.stage} stage, China holds ${formatShare(s.chinaShareBaseline)} of US ${name} supply today and ${formatShare(s.chinaShare)} by ${s.year} in this scenario; Pakistan supplies ${formatShare(s.pakistanShare)} of US demand and ${s.cutPp >= 0 ? `cuts China's share by ${formatNumber(s.cutPp, 2)} points` : `adds ${formatNumber(-s.cutPp, 2)} points to it (its output is refined in China)`}.`;
  }
}

/**
 * A probability in words: "Holds in 39 % of 1,000 draws of the uncertain assumptions". Null when no draws ran or
 * the claim has nothing uncertain (published data only).
 */
export function probabilityText(probability: number | null, draws: number): string | null {
  if (probability === null || draws <= 0) return null;
  return `Holds in ${formatPct(probability * 100, 0)} of ${formatNumber(draws)} draws of the uncertain assumptions`;
}

/** A reason as the scenario API answers it: label, value, unit, display and its provenance. */
export interface ReasonText {
  label: string;
  value: number | null;
  unit: string;
  display: string;
  sourceId?: string;
  status?: Reason["status"];
  mineral?: MineralId;
  country?: string;
  /** The stage of supply a C4 share is at. */
  stage?: Stage;
  /** "upper" where the value is at most what is shown (a share of a world total USGS prints as a floor). */
  bound?: DerivedBound;
}

export interface MineralVerdictText {
  mineral: MineralId;
  verdict: Verdict;
  /** Share of the Monte Carlo draws in which this mineral's test holds (null: not tested, or nothing drawn). */
  probability: number | null;
  summary: string;
  reasons: ReasonText[];
}

/** A claim as the scenario API answers it. */
export interface ClaimText {
  id: ClaimId;
  title: string;
  /** The article's claim in our words. */
  claim: string;
  verdict: Verdict;
  /** Share of the Monte Carlo draws in which the claim's test holds (null: nothing uncertain, or no draws). */
  probability: number | null;
  /** Every mineral the claim considers, those it cannot test as "not-enough-data". */
  byMineral: { mineral: MineralId; verdict: Verdict; probability: number | null }[];
  /** One sentence: why this verdict, with the deciding numbers. */
  summary: string;
  reasons: ReasonText[];
  perMineral: MineralVerdictText[];
}

const PROVENANCE: ReadonlySet<string> = new Set([
  "sourceId",
  "status",
  "mineral",
  "country",
  "stage",
  "bound",
]);

/** A reason in words. Its provenance keeps the model's key order, the order the API has always written. */
export function reasonText(r: Reason): ReasonText {
  const provenance = Object.fromEntries(Object.entries(r).filter(([k]) => PROVENANCE.has(k)));
  return {
    label: reasonLabel(r),
    value: r.value,
    unit: reasonUnit(r),
    display: reasonDisplay(r),
    ...provenance,
  };
}

/** Every claim of a scenario in words, as /api/scenario answers them. */
export function describeClaims(result: Pick<ScenarioResult, "claims" | "dependency">): ClaimText[] {
  const importForm = (m: MineralId) => result.dependency.find((d) => d.mineral === m)?.importForm ?? "";
  return result.claims.map((c: ClaimResult) => ({
    id: c.id,
    title: CLAIM_TITLES[c.id],
    claim: CLAIM_PARAPHRASES[c.id],
    verdict: c.verdict,
    probability: c.probability,
    byMineral: c.perMineral.map((p) => ({
      mineral: p.mineral,
      verdict: p.verdict,
      probability: p.probability,
    })),
    summary: claimSummaryText(c.summary),
    reasons: c.reasons.map(reasonText),
    perMineral: c.perMineral.map((p) => ({
      mineral: p.mineral,
      verdict: p.verdict,
      probability: p.probability,
      summary: mineralSummaryText(p.summary, p.mineral, importForm(p.mineral)),
      reasons: p.reasons.map(reasonText),
    })),
  }));
}
