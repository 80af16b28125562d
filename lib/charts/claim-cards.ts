import { type Status } from "../data/common";
import { KEYS } from "../model/assumptions";
import { type ClaimResult, type Reason, THRESHOLDS } from "../model/claims";
import { costOf, type LandedCost } from "../model/landed-cost";
import { type Assumption, type CostCountry } from "../model/types";
import { formatSignedPct } from "./format";
import { countryColour } from "./palette";
import { type Bar, type BarSeries } from "./world-table";
// TODO: transitional, for app/page.tsx until the overview imports it from ./governance.
export { buildGovernanceBars } from "./governance";

/**
 * Series builders and number selection for the overview's claim cards: which two or three of a claim's reasons a
 * card shows, where each one comes from, and the small chart behind each verdict.
 */

/** Anchors of the method notes on /sources, for numbers the model computes from several sources. */
export const METHOD_ANCHORS = {
  cost: "method-cost",
  dependency: "method-dependency",
} as const;
export type MethodAnchor = (typeof METHOD_ANCHORS)[keyof typeof METHOD_ANCHORS];

/** A number on a claim card and where a reader can check it. */
export interface KeyNumber {
  label: string;
  display: string;
  status: Status;
  /** The publication behind the number, when there is one. */
  sourceId: string | null;
  /** Otherwise the method note that says how we computed it. */
  method: MethodAnchor | null;
  /** Or a page of this app listing the records counted (e.g. the dated events on a country page). */
  href: string | null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function withMineral(r: Reason, mineralName: (id: string) => string): string {
  if (!r.mineral) return r.label;
  const name = mineralName(r.mineral);
  return r.label.toLowerCase().includes(name.toLowerCase()) ? r.label : `${capitalise(name)} — ${r.label}`;
}

/**
 * Where a reason can be checked. Reasons name their source when one publication stands behind them; a country's
 * risk premium in the scenario comes from the assumptions table; counts of dated events link to the list counted;
 * the rest are the model's own arithmetic and link to its method.
 */
export function reasonProvenance(
  claimId: ClaimResult["id"],
  r: Reason,
  table: readonly Assumption[],
): Pick<KeyNumber, "status" | "sourceId" | "method" | "href"> {
  if (r.sourceId) return { status: r.status ?? "derived", sourceId: r.sourceId, method: null, href: null };
  if (r.unit === "pp" && /risk premium/i.test(r.label) && r.country) {
    const a = table.find((x) => x.key === KEYS.crp(r.country as CostCountry));
    if (a) return { status: a.status, sourceId: a.sourceId, method: null, href: null };
  }
  if (r.unit === "events" && r.country)
    return { status: "derived", sourceId: null, method: null, href: `/countries/${r.country}#events` };
  return {
    status: r.status ?? "derived",
    sourceId: null,
    method: claimId === "C4" ? METHOD_ANCHORS.dependency : METHOD_ANCHORS.cost,
    href: null,
  };
}

/**
 * The two or three numbers a card shows for a claim:
 * C1 Pakistan's best reserves shares and its production share; C2 copper (the mineral with a Pakistani pipeline)
 * against Australia and Canada, and the labour part alone (the article's own framing); C3 political stability, the
 * risk premium and the share of cost that pays for risk; C4 the mineral where Pakistan could cut most; C5 cost,
 * political stability and access against Ukraine.
 */
export function selectKeyNumbers(
  claim: ClaimResult,
  table: readonly Assumption[],
  mineralName: (id: string) => string,
): KeyNumber[] {
  const pick = (reasons: readonly (Reason | undefined)[]) =>
    reasons
      .filter((r): r is Reason => !!r)
      .slice(0, 3)
      .map<KeyNumber>((r) => ({
        label: withMineral(r, mineralName),
        display: r.display,
        ...reasonProvenance(claim.id, r, table),
      }));
  const byLabel = (reasons: readonly Reason[], pattern: RegExp) => reasons.find((r) => pattern.test(r.label));
  switch (claim.id) {
    case "C2": {
      const copper = claim.perMineral.find((p) => p.mineral === "copper")?.reasons ?? [];
      return pick([
        byLabel(copper, /vs Australia/),
        byLabel(copper, /vs Canada/),
        byLabel(copper, /^Labour cost alone/),
      ]);
    }
    case "C3":
      return pick([
        byLabel(claim.reasons, /^Political stability, Pakistan/),
        byLabel(claim.reasons, /risk premium/i),
        byLabel(claim.reasons, /^Cost of risk/),
      ]);
    case "C4": {
      const best = [...claim.perMineral]
        .filter((p) => p.verdict !== "not-enough-data")
        .sort((a, b) => (cut(b.reasons) ?? 0) - (cut(a.reasons) ?? 0))[0];
      return pick(best?.reasons ?? claim.reasons);
    }
    case "C5":
      return pick([
        byLabel(claim.reasons, /cheaper than Ukraine/),
        byLabel(claim.reasons, /Political stability/),
        byLabel(claim.reasons, /occupied|Russian-controlled/i),
      ]);
    default:
      return pick(claim.reasons);
  }
}

function cut(reasons: readonly Reason[]): number | null {
  return reasons.find((r) => r.unit === "pp")?.value ?? null;
}

/**
 * C1's chart: Pakistan's share of world reserves per mineral, in percent (for copper, Reko Diq's reported reserves
 * where USGS lists no Pakistani reserves). Minerals with no published figure are listed as missing, never as 0.
 */
export function buildReservesShareSeries(
  claim: ClaimResult,
  mineralName: (id: string) => string,
  sourceLabel: (r: Reason) => string,
): BarSeries {
  const bars: Bar[] = [];
  const missing: BarSeries["missing"] = [];
  for (const p of claim.perMineral) {
    const r = [...p.reasons].reverse().find((x) => /reserves/.test(x.label) && x.value !== null);
    if (!r || r.value === null) {
      missing.push({
        label: capitalise(mineralName(p.mineral)),
        reason: "no published reserves or resource estimate for Pakistan",
      });
      continue;
    }
    bars.push({
      key: p.mineral,
      label: capitalise(mineralName(p.mineral)),
      value: r.value,
      display: r.display,
      detail: /Reko Diq/.test(r.label) ? "Reko Diq's reported reserves" : "USGS reserves",
      colour: countryColour("PK"),
      highlight: false,
      provenance: sourceLabel(r),
      estimate: r.status !== "published",
    });
  }
  bars.sort((a, b) => b.value - a.value);
  return { unit: "% of world reserves", bars, missing };
}

/** C1's threshold line: the share of world reserves that counts as a large resource. */
export const LARGE_RESERVES_PCT = THRESHOLDS.largeReservesShare * 100;
/** C3's threshold line: below this WGI percentile a country counts as unstable. */
export const UNSTABLE_PERCENTILE = THRESHOLDS.unstablePercentile;
/** C4's bar: a cut of this many points in China's share of US supply counts as real. */
export const REAL_CHINA_CUT_PP = THRESHOLDS.realChinaCutPp;

/**
 * C2's and C5's chart: Pakistan's landed cost against each competitor per mineral, as a percentage difference
 * (negative: Pakistan cheaper). One bar per mineral × competitor, in mineral order.
 */
export function buildCostGapSeries(
  costs: ReadonlyMap<string, LandedCost>,
  minerals: readonly { id: string; name: string }[],
  competitors: readonly CostCountry[],
  countryName: (code: string) => string,
  provenance: (cost: LandedCost) => string,
): BarSeries {
  const bars: Bar[] = [];
  const missing: BarSeries["missing"] = [];
  for (const m of minerals) {
    const pk = costOf(costs, "PK", m.id);
    for (const c of competitors) {
      const other = costOf(costs, c, m.id);
      const label = `${capitalise(m.name)} vs ${countryName(c)}`;
      if (!pk || !other || !(other.landedCostUsdPerTonne > 0)) {
        missing.push({ label, reason: "no landed cost" });
        continue;
      }
      const gap =
        ((pk.landedCostUsdPerTonne - other.landedCostUsdPerTonne) / other.landedCostUsdPerTonne) * 100;
      bars.push({
        key: `${m.id}-${c}`,
        label,
        value: gap,
        display: formatSignedPct(gap),
        detail: gap < 0 ? "Pakistan cheaper" : "Pakistan dearer",
        colour: countryColour(c),
        highlight: false,
        provenance: provenance(pk),
        estimate: pk.costBasis === "assumption",
      });
    }
  }
  return { unit: "% difference in landed cost", bars, missing };
}
