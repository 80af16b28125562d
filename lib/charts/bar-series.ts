import { type Bar, type BarSeries } from "./world-table";

/** A bar with an uncertainty or confidence range (e.g. WGI 90 % bounds), drawn as a whisker. */
export interface RangedBar extends Bar {
  /** Lower bound, same unit as the value. */
  low?: number;
  /** Upper bound, same unit as the value. */
  high?: number;
}

/** Axis scale of a bar chart: linear, or log10 where values span orders of magnitude. */
export type Scale = "linear" | "log";
export const SCALES: readonly Scale[] = ["linear", "log"];

/**
 * Prepares a bar series for a scale. A log axis cannot place zero or negative values, so on a log scale those
 * bars move to `missing` with the reason instead of silently vanishing.
 */
export function seriesForScale<B extends Bar>(
  series: { unit: string; bars: B[]; missing: BarSeries["missing"] },
  scale: Scale,
) {
  if (scale === "linear") return series;
  const drawable = series.bars.filter((b) => b.value > 0);
  const dropped = series.bars
    .filter((b) => !(b.value > 0))
    .map((b) => ({ label: b.label, reason: `${b.display} cannot be placed on a log scale` }));
  return { ...series, bars: drawable, missing: [...series.missing, ...dropped] };
}

/**
 * True when the largest positive value is at least `orders` powers of ten above the smallest, so a log scale is
 * worth offering (OWID offers the toggle on such charts).
 */
export function spansOrdersOfMagnitude(values: readonly number[], orders = 1): boolean {
  const positive = values.filter((v) => v > 0);
  if (positive.length < 2) return false;
  return Math.log10(Math.max(...positive) / Math.min(...positive)) >= orders;
}

/** Generated alt text for bars with ranges: adds each bar's range to the description. */
export function describeRangedBars(title: string, bars: readonly RangedBar[], rangeName: string): string {
  if (!bars.length) return `${title}: no data.`;
  const items = bars
    .map(
      (b) =>
        `${b.label} ${b.display}${b.low !== undefined && b.high !== undefined ? ` (${rangeName} ${trim(b.low)} to ${trim(b.high)})` : ""}`,
    )
    .join("; ");
  return `Bar chart, ${title}. ${items}.`;
}

function trim(x: number): string {
  return String(Number(x.toFixed(1)));
}
