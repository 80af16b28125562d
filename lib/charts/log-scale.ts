import { type BarSeries } from "./bars";

/**
 * When a bar chart offers a log axis, and what a log axis cannot draw. OWID's grapher offers the toggle only where
 * values span orders of magnitude; a log axis cannot place zero or a negative value, so such bars are named rather
 * than silently dropped.
 */

/**
 * True when the largest positive value is at least `orders` powers of ten above the smallest, so a log scale is
 * worth offering.
 */
export function spansOrdersOfMagnitude(values: readonly number[], orders = 1): boolean {
  const positive = values.filter((v) => v > 0);
  if (positive.length < 2) return false;
  return Math.log10(Math.max(...positive) / Math.min(...positive)) >= orders;
}

/** A bar series for a log axis: bars at zero or below move to `missing`, each with the reason. */
export function seriesForLogScale<S extends BarSeries>(series: S): S {
  const drawable = series.bars.filter((b) => b.value > 0);
  const dropped = series.bars
    .filter((b) => !(b.value > 0))
    .map((b) => ({ label: b.label, reason: `${b.display} cannot be placed on a log scale` }));
  return { ...series, bars: drawable, missing: [...series.missing, ...dropped] };
}
