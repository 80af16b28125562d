import { type Bar } from "./world-table";

/** A bar with an uncertainty or confidence range (e.g. WGI 90 % bounds), drawn as a whisker. */
export interface RangedBar extends Bar {
  /** Lower bound, same unit as the value. */
  low?: number;
  /** Upper bound, same unit as the value. */
  high?: number;
}

/** Axis scale of a bar chart: linear, or log10 where values span orders of magnitude. */
export type Scale = "linear" | "log";

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
