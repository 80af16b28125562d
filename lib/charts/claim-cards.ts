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
import { formatShare, formatSignedNumber, formatSignedPct } from "./format";
import { countryColour, DEARER_COLOUR } from "./palette";

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
      display: formatShare(r.value / 100, 1, r.bound),
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

/** C4's legend: a cut in China's share, or an addition to it (supply refined in China). */
export const CHINA_CUT_LEGEND: readonly LegendItem[] = [
  { label: "Pakistan cuts China's share", colour: countryColour("PK") },
  { label: "Pakistan adds to China's share (refined in China)", colour: DEARER_COLOUR },
];

/**
 * C4's chart: the points Pakistan's supply takes off China's share of US supply by the target year, per mineral
 * and stage (negative: its output refined in China adds to China's share), for the minerals C4 tests. The stage a
 * mineral's verdict rests on is drawn bold; the detail gives China's share now and in the target year.
 */
export function buildChinaCutSeries(perMineral: readonly MineralVerdict[]): BarSeries {
  const bars: SeriesBar[] = [];
  const missing: BarSeries["missing"] = [];
  for (const p of perMineral) {
    if (p.summary.id !== "supply-shares") {
      missing.push({
        label: mineralName(p.mineral),
        reason: "China holds no share of US supply at either stage",
      });
      continue;
    }
    const decisive = p.summary.stage;
    for (const cut of p.reasons.filter((r) => r.id === "pakistan-cut")) {
      const at = (id: Reason["id"]) =>
        p.reasons.find((r) => r.id === id && r.stage === cut.stage)?.value ?? 0;
      const value = cut.value ?? 0;
      bars.push({
        key: `${p.mineral}-${cut.stage}`,
        label: `${mineralName(p.mineral)}, ${cut.stage}`,
        value,
        display: `${formatSignedNumber(value, 2)} points`,
        detail: `China ${formatShare(at("china-share-now") / 100)} now, ${formatShare(at("china-share-target") / 100)} in ${cut.year}${cut.stage === decisive ? "; the verdict's stage" : ""}`,
        colour: value < 0 ? DEARER_COLOUR : countryColour("PK"),
        highlight: cut.stage === decisive,
        provenance: `Our US supply model · ${statusLabel("derived")}`,
      });
    }
  }
  return { unit: "percentage points of US demand", bars, missing };
}
