import { type LandedCost } from "../model/landed-cost";
import { COMPONENT_LABELS, COST_COMPONENTS } from "../model/types";
import { formatUsd } from "./format";
import { COMPONENT_COLOURS } from "./palette";

/** One part of a stacked bar. */
export interface StackSegment {
  key: string;
  label: string;
  value: number;
  /** The value as the reader sees it, e.g. "US$1,234/t" or "43 %". */
  display: string;
  colour: string;
  /** "Source · year · status" for the tooltip. */
  provenance: string;
  /** Drawn lighter with a dashed outline: an estimate or an assumption. */
  estimate: boolean;
}

/** One stacked bar: a country's landed cost. */
export interface StackedRow {
  key: string;
  label: string;
  segments: StackSegment[];
  total: number;
  totalDisplay: string;
  /** Emphasised row (Pakistan). */
  highlight: boolean;
}

export interface StackedSeries {
  unit: string;
  rows: StackedRow[];
  /** Legend entries in stacking order: every segment key that appears. */
  legend: { key: string; label: string; colour: string }[];
  /** Rows asked for but not drawn, with the reason. */
  missing: { label: string; reason: string }[];
}

/**
 * Landed cost per country as stacked bars of its eight parts (labour … tariff), USD per tonne of the traded
 * product. `provenance` names where a country's costs come from (the model, its cost basis and year).
 */
export function buildLandedCostStack(
  costs: readonly LandedCost[],
  countryName: (code: string) => string,
  provenance: (cost: LandedCost) => string,
): StackedSeries {
  const rows = costs.map<StackedRow>((c) => ({
    key: c.country,
    label: countryName(c.country),
    highlight: c.country === "PK",
    total: c.landedCostUsdPerTonne,
    totalDisplay: `${formatUsd(c.landedCostUsdPerTonne)}/t`,
    segments: COST_COMPONENTS.map((part) => ({
      key: part,
      label: COMPONENT_LABELS[part],
      value: c.breakdown[part],
      display: `${formatUsd(c.breakdown[part])}/t`,
      colour: COMPONENT_COLOURS[part] ?? "#6B7680",
      provenance: provenance(c),
      estimate: c.costBasis === "assumption",
    })),
  }));
  return {
    unit: "USD per tonne",
    rows,
    legend: COST_COMPONENTS.map((part) => ({
      key: part,
      label: COMPONENT_LABELS[part],
      colour: COMPONENT_COLOURS[part] ?? "#6B7680",
    })),
    missing: [],
  };
}

/** Generated alt text for a stacked bar chart: each bar with its total and its parts. */
export function describeStackedSeries(title: string, series: StackedSeries): string {
  if (!series.rows.length) return `${title}: no data.`;
  const rows = series.rows
    .map(
      (r) =>
        `${r.label}: ${r.totalDisplay} (${r.segments
          .filter((s) => s.value > 0)
          .map((s) => `${s.label} ${s.display}`)
          .join(", ")})`,
    )
    .join("; ");
  const missing = series.missing.length
    ? ` Not shown: ${series.missing.map((m) => `${m.label} (${m.reason})`).join("; ")}.`
    : "";
  return `Stacked bar chart, ${title}. ${rows}.${missing}`;
}
