import { formatShare, formatUsd, settle } from "../charts/format";
import { type MineralId } from "../data/common";
import { countryName } from "../data/country-names";
import { CLAIM_TITLES, VERDICT_LABELS } from "./claims-text";
import { type ScenarioResult } from "../model/scenario";
import { type Supplier } from "../model/types";

/** One headline result of a scenario, comparable between scenarios A and B. */
export interface Headline {
  id: string;
  label: string;
  /** Numeric value (null for verdicts); what the difference table subtracts. */
  value: number | null;
  display: string;
}

export interface HeadlineView {
  mineral: MineralId;
  mineralName: string;
  competitor: Exclude<Supplier, "PK">;
  targetYear: number;
}

/**
 * The results a reader looks at first: Pakistan's landed cost for the chosen mineral, its gap to Australia, Canada
 * and the chosen competitor, China's and Pakistan's shares of US supply in the target year, and the five verdicts.
 */
export function buildHeadlines(result: ScenarioResult, view: HeadlineView): Headline[] {
  const cost = (c: Supplier) =>
    result.costs.find((x) => x.country === c && x.mineral === view.mineral)!.landedCostUsdPerTonne;
  const pk = cost("PK");
  const out: Headline[] = [
    {
      id: "pk-cost",
      label: `Pakistan's landed cost, ${view.mineralName.toLowerCase()} (USD/t)`,
      value: pk,
      display: `${formatUsd(pk)}/t`,
    },
  ];
  const competitors = [...new Set<Exclude<Supplier, "PK">>(["AU", "CA", view.competitor])];
  for (const c of competitors) {
    const x = cost(c);
    const pct = ((pk - x) / x) * 100;
    out.push({
      id: `gap-${c}`,
      label: `Pakistan vs ${countryName(c)} (% of ${countryName(c)}'s cost)`,
      value: pct,
      display: `${pct >= 0 ? "+" : ""}${settle(pct).toFixed(1)} %`,
    });
  }
  const dep = result.dependency.find((d) => d.mineral === view.mineral)!;
  const y = dep.years.find((x) => x.year === view.targetYear) ?? dep.years[dep.years.length - 1]!;
  out.push({
    id: "china-share",
    label: `China's share of US ${view.mineralName.toLowerCase()} supply, ${y.year} (%)`,
    value: y.chinaShare * 100,
    display: formatShare(y.chinaShare),
  });
  out.push({
    id: "pakistan-share",
    label: `Pakistan's share of US ${view.mineralName.toLowerCase()} supply, ${y.year} (%)`,
    value: y.pakistanShare * 100,
    display: formatShare(y.pakistanShare),
  });
  out.push({
    id: "unmet-share",
    label: `Unmet share of US ${view.mineralName.toLowerCase()} demand, ${y.year} (%)`,
    value: y.unmetShare * 100,
    display: formatShare(y.unmetShare),
  });
  for (const c of result.claims)
    out.push({
      id: c.id,
      label: `${c.id} ${CLAIM_TITLES[c.id]}`,
      value: null,
      display: VERDICT_LABELS[c.verdict],
    });
  return out;
}

/** The status line read out after each change: the headline result in words. */
export function describeHeadlines(result: ScenarioResult, view: HeadlineView): string {
  const h = buildHeadlines(result, view);
  const get = (id: string) => h.find((x) => x.id === id);
  const gap = (c: string) => {
    const x = get(`gap-${c}`);
    if (!x || x.value === null) return "";
    return `${settle(Math.abs(x.value)).toFixed(1)} % ${x.value < 0 ? "below" : "above"} ${countryName(c)}`;
  };
  const extra = view.competitor !== "AU" && view.competitor !== "CA" ? `, ${gap(view.competitor)}` : "";
  const verdicts = result.claims.map((c) => `${c.id} ${VERDICT_LABELS[c.verdict].toLowerCase()}`).join(", ");
  return `${view.mineralName}: Pakistan lands at ${get("pk-cost")!.display}, ${gap("AU")} and ${gap("CA")}${extra}. China's share of US supply in ${view.targetYear}: ${get("china-share")!.display}. Claims: ${verdicts}.`;
}
