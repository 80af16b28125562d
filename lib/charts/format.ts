import { type Bound } from "../data/constants";
import { type DerivedBound } from "../model/bounds";

/**
 * Number formats for every page, table, chart label and export. One place, so that "270,000 t" reads the same
 * everywhere. en-US grouping, because the sources (USGS, World Bank) print numbers that way.
 */

/** How a printed value relates to the true one: approximate ("≈300 Mt") or a bound (">2,000,000 t"). */
export interface ValueMark {
  qualifier?: "approximately";
  bound?: Bound;
}

/** The sign a printed value carries: ">" and "<" as the source prints bounds, "≈" for an approximate value. */
function printedSign(mark: ValueMark | undefined): string {
  if (mark?.bound) return mark.bound === "lower" ? ">" : "<";
  return mark?.qualifier === "approximately" ? "≈" : "";
}

/**
 * The sign before a figure derived from bounds (a share, a sum, an HHI): "≥ " for a lower bound, "≤ " for an upper
 * one, "~" when the bounds pull both ways (lib/model/bounds.ts), nothing for an exact figure.
 */
export function boundPrefix(bound: DerivedBound | undefined): string {
  return bound === "lower" ? "≥ " : bound === "upper" ? "≤ " : bound === "unknown" ? "~" : "";
}

/**
 * A value with the last few bits of floating-point noise removed before rounding for display. The server and the
 * browser run the same model on different JavaScript engines, whose Math.pow and friends may differ in the last
 * bit: 1.3499999999999999 and 1.3500000000000001 would print "1.3" and "1.4", and React would find the server's
 * page different from its own (a hydration error; seen with demand-growth=-3). Twelve significant digits is far
 * beyond any figure shown and far above the noise.
 */
export function settle(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

/** How many answers a kept format holds; at that many it forgets them all and starts again. */
const KEPT_MAX = 4096;

/**
 * A format with its recent answers kept, by the value asked for. The lab formats several hundred values on every
 * slider step (bar labels, tooltips, alt text), most of them the same as the step before (the preset's, the
 * suppliers a slider does not move), and Intl's formatting is the costly part. (−0 and 0 are one key to a Map; both
 * print "0", since `settle` turns −0 into 0.)
 */
function kept(format: (value: number) => string): (value: number) => string {
  const answers = new Map<number, string>();
  return (value) => {
    let text = answers.get(value);
    if (text === undefined) {
      if (answers.size >= KEPT_MAX) answers.clear();
      text = format(value);
      answers.set(value, text);
    }
    return text;
  };
}

const intl = (options: Intl.NumberFormatOptions) => {
  const format = new Intl.NumberFormat("en-US", options);
  return kept((value) => format.format(settle(value)));
};
const INTEGER = intl({ maximumFractionDigits: 0 });
const COMPACT = intl({ notation: "compact", maximumFractionDigits: 1 });
const TWO_SIGNIFICANT = intl({ maximumSignificantDigits: 2 });
const decimalFormats = new Map<number, (value: number) => string>();

function decimals(digits: number): (value: number) => string {
  let f = decimalFormats.get(digits);
  if (!f) {
    f = intl({ minimumFractionDigits: 0, maximumFractionDigits: digits });
    decimalFormats.set(digits, f);
  }
  return f;
}

/** A number with grouping; fractions only below 100 (up to two digits) or where `digits` asks for them. */
export function formatNumber(raw: number, digits?: number): string {
  return digits === undefined ? formatAuto(raw) : decimals(digits)(raw);
}

const formatAuto = kept((raw) => {
  const value = settle(raw);
  const abs = Math.abs(value);
  if (abs >= 100 || Number.isInteger(value)) return INTEGER(value);
  if (abs >= 1) return decimals(2)(value);
  return decimals(3)(value);
});

/** A compact axis label: 1.2M, 350K. */
export function formatCompact(value: number): string {
  return COMPACT(value);
}

/** A percentage from a value already in percent: 69.2 → "69.2 %". */
export function formatPct(valuePct: number, digits = 1): string {
  return `${decimals(digits)(valuePct)} %`;
}

/**
 * A share from a 0–1 fraction: 0.692 → "69.2 %". Shares under 1 % keep two significant digits (0.0025 → "0.25 %"),
 * so a small producer is not rounded away. A share derived from a bound says so: "≤ 1.3 %".
 */
export function formatShare(fraction: number, digits = 1, bound?: DerivedBound): string {
  const pct = settle(fraction * 100);
  if (pct !== 0 && Math.abs(pct) < 1) return `${boundPrefix(bound)}${TWO_SIGNIFICANT(pct)} %`;
  return boundPrefix(bound) + formatPct(pct, digits);
}

/** A value with its unit, with the sign the source printed: "270,000 t", ">2,000,000 t", "≈300 Mt". */
export function formatQuantity(value: number, unit: string, mark?: ValueMark): string {
  const joined = unit === "%" ? `${formatNumber(value)} %` : `${formatNumber(value)} ${unit}`;
  return printedSign(mark) + joined;
}

/**
 * USD amounts: 5,570,000,000 → "US$5.57 bn"; 3,439 → "US$3,439"; a credit −2,924 → "−US$2,924" (a true minus before
 * the currency, not "US$-2,924").
 */
export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  const sign = settle(value) < 0 && formatNumber(abs) !== "0" ? "−" : "";
  if (abs >= 1e9) return `${sign}US$${formatNumber(abs / 1e9, 2)} bn`;
  if (abs >= 1e6) return `${sign}US$${formatNumber(abs / 1e6, 1)} m`;
  return `${sign}US$${formatNumber(abs)}`;
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD as "2025", "Apr 2025", "8 Apr 2025". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split("-");
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const month = m ? months[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

/** A signed percentage from a value in percent, with a true minus sign: 3.2 → "+3.2 %", −4.1 → "−4.1 %". */
export function formatSignedPct(valuePct: number, digits = 1): string {
  const rounded = Number(settle(valuePct).toFixed(digits));
  if (rounded === 0) return formatPct(0, digits);
  return `${rounded > 0 ? "+" : "−"}${formatPct(Math.abs(rounded), digits)}`;
}

/**
 * A sourced amount: US dollars written as money ("US$5.57 bn"), a calendar year as a year ("2037", not "2,037
 * year"), anything else as a quantity with its unit.
 */
export function formatAmount(value: number, unit: string, mark?: ValueMark): string {
  if (unit === "year" && Number.isInteger(value)) return String(value);
  if (unit === "USD") return printedSign(mark) + formatUsd(value);
  return formatQuantity(value, unit, mark);
}

/** An axis tick in the chart model's format (TickFormat in chart-model.ts). */
export function formatTick(
  format: "compact" | "usd-compact" | "pct" | "number" | "year",
  value: number,
): string {
  switch (format) {
    case "compact":
      return formatCompact(value);
    case "usd-compact":
      return `${value < 0 ? "−" : ""}$${formatCompact(Math.abs(value))}`;
    case "pct":
      return formatAxisPct(value);
    case "year":
      return String(value);
    case "number":
      return `${value < 0 ? "−" : ""}${formatNumber(Math.abs(value))}`;
  }
}

/** An axis tick in percent, with a true minus: −10 → "−10 %". */
export function formatAxisPct(valuePct: number): string {
  return `${valuePct < 0 ? "−" : ""}${formatNumber(Math.abs(valuePct))} %`;
}

/** Items that share a reason, grouped: "not listed: Lithium, Nickel" reads better than the reason eight times. */
export function groupByReason(
  items: readonly { label: string; reason: string }[],
): { reason: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(item.reason, [...(groups.get(item.reason) ?? []), item.label]);
  return [...groups.entries()].map(([reason, labels]) => ({ reason, labels }));
}

/** A signed number with a true minus sign: 0.21 → "+0.21", −2.67 → "−2.67"; zero unsigned. */
export function formatSignedNumber(value: number, digits = 1): string {
  const rounded = Number(settle(value).toFixed(digits));
  if (rounded === 0) return formatNumber(0, digits);
  return `${rounded > 0 ? "+" : "−"}${formatNumber(Math.abs(rounded), digits)}`;
}

/** A signed USD amount with a true minus sign, for gaps: −1,234 → "−US$1,234", 56 → "+US$56", 0 → "US$0". */
export function formatSignedUsd(value: number): string {
  const text = formatUsd(Math.abs(value));
  if (text === formatUsd(0)) return text;
  return `${value > 0 ? "+" : "−"}${text}`;
}

/**
 * Parts rounded to whole units so that they add up to their rounded total (largest remainder), for tables that
 * show parts beside their sum: rounding each part alone can leave the shown parts a dollar or two off the total.
 * The exact values stay in the CSV.
 */
export function roundPartsToTotal(parts: readonly number[], total: number): number[] {
  const floors = parts.map((x) => Math.floor(settle(x)));
  let left = Math.round(settle(total)) - floors.reduce((s, x) => s + x, 0);
  const order = parts
    .map((x, i) => ({ i, rest: settle(x) - floors[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}
