import { type MineralId } from "../data/common";
import { countryName } from "../data/country-names";
import { mineralName } from "../data/mineral-names";
import { statusLabel } from "../data/provenance";
import { landedCostProvenance } from "./landed-cost";
import { type MineralVerdict, type Reason } from "../model/claims";
import { costOf, type CostTable } from "../model/landed-cost";
import { type CostCountry } from "../model/types";
import { type LegendItem } from "../export/figure";
import { type BarSeries, ESTIMATE_LEGEND, type SeriesBar } from "./bars";
import { type ChartContext } from "./context";
import { formatShare, formatSignedPct } from "./format";
import { countryColour } from "./palette";

/** Series builders for the small charts on the overview's claim cards. */

/** Anchors of the method notes on /sources, for numbers the model computes from several sources. */
export const METHOD_ANCHORS = {
  cost: "method-cost",
  dependency: "method-dependency",
} as const;
export type MethodAnchor = (typeof METHOD_ANCHORS)[keyof typeof METHOD_ANCHORS];

/**
 * The reserves share C1's verdict on a mineral rests on: Reko Diq's reported reserves where USGS lists none for
 * Pakistan, else USGS's figure; undefined when neither exists.
 */
export function reservesReason(p: MineralVerdict): Reason | undefined {
  const byId = (id: Reason["id"]) => p.reasons.find((r) => r.id === id && r.value !== null);
  return byId("reko-diq-reserves-share") ?? byId("reserves-share");
}

/**
 * The legend of a card's bars, one entry per country colour they use (Pakistan on C1, the competitors on C2 and
 * C5; each colour is drawn by several bars, which a bar legend would call "Others"), and the estimate note.
 */
export function countryLegend(countries: readonly string[], bars: readonly SeriesBar[]): LegendItem[] {
  const items = countries.map((c) => ({ label: countryName(c), colour: countryColour(c) }));
  return bars.some((b) => b.estimate) ? [...items, ESTIMATE_LEGEND] : items;
}

/**
 * C1's chart: Pakistan's share of world reserves per mineral, in percent, largest first. Minerals with no
 * published figure are listed as missing, never drawn as 0.
 */
export function buildReservesShareSeries(
  perMineral: readonly MineralVerdict[],
  ctx: ChartContext,
): BarSeries {
  const bars: SeriesBar[] = [];
  const missing: BarSeries["missing"] = [];
  for (const p of perMineral) {
    const r = reservesReason(p);
    if (!r || r.value === null) {
      missing.push({
        label: mineralName(p.mineral),
        reason: "no published reserves or resource estimate for Pakistan",
      });
      continue;
    }
    const status = r.status ?? "derived";
    bars.push({
      key: p.mineral,
      label: mineralName(p.mineral),
      value: r.value,
      display: formatShare(r.value / 100),
      detail: r.id === "reko-diq-reserves-share" ? "Reko Diq's reported reserves" : "USGS reserves",
      colour: countryColour("PK"),
      highlight: false,
      provenance: [r.sourceId ? ctx.cite(r.sourceId) : "no source", statusLabel(status)].join(" · "),
      estimate: status !== "published",
    });
  }
  bars.sort((a, b) => b.value - a.value);
  return { unit: "% of world reserves", bars, missing };
}

/**
 * C2's and C5's chart: Pakistan's landed cost against each competitor per mineral, as a percentage difference
 * (negative: Pakistan cheaper). One bar per mineral × competitor, in mineral order.
 */
export function buildCostGapSeries(
  costs: CostTable,
  minerals: readonly MineralId[],
  competitors: readonly CostCountry[],
): BarSeries {
  const bars: SeriesBar[] = [];
  const missing: BarSeries["missing"] = [];
  for (const m of minerals) {
    const pk = costOf(costs, "PK", m);
    for (const c of competitors) {
      const other = costOf(costs, c, m);
      const label = `${mineralName(m)} vs ${countryName(c)}`;
      if (!pk || !other || !(other.landedCostUsdPerTonne > 0)) {
        missing.push({ label, reason: "no landed cost" });
        continue;
      }
      const gap =
        ((pk.landedCostUsdPerTonne - other.landedCostUsdPerTonne) / other.landedCostUsdPerTonne) * 100;
      bars.push({
        key: `${m}-${c}`,
        label,
        value: gap,
        display: formatSignedPct(gap),
        detail: gap < 0 ? "Pakistan cheaper" : "Pakistan dearer",
        colour: countryColour(c),
        highlight: false,
        provenance: landedCostProvenance(pk),
        estimate: pk.costBasis === "assumption",
      });
    }
  }
  return { unit: "% difference in landed cost", bars, missing };
}
