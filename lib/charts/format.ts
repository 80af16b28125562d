import { formatLocale } from "d3-format";
import { type Bound } from "../data/constants";
import { type DerivedBound } from "../model/bounds";

/**
 * Number formats for every page, table, chart label and export. One place, so that "270,000 t" reads the same
 * everywhere. en-US grouping, because the sources (USGS, World Bank) print numbers that way.
 *
 * The digits come from d3-format, not Intl.NumberFormat. They print the same (the unit tests check them against
 * Intl's en-US formats on thousands of values), but constructing a page's first Intl format loads the browser's
 * number-formatting data: 15–30 ms on this machine's Chromium, spent inside the scenario lab's hydration, where
 * it was a fifth of the script time and lengthened the load's longest task. d3-format works from `toFixed` and
 * `toExponential`, which cost nothing to set up. One deliberate difference: a negative value that rounds to zero
 * prints "0", where Intl prints "-0".
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
 * suppliers a slider does not move), and the formatting is the costly part. (−0 and 0 are one key to a Map; both
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

/**
 * `value` rounded to `digits` decimals (negative: to tens, hundreds…) as Intl rounds: on the number's shortest
 * decimal form, a tie away from zero. So 5.55 → 5.6 and 1.005 → 1.01, where `toFixed`, working on the binary
 * value (5.5499999…), gives 5.5 and 1.00. The decimal form is shifted by the exponent rather than multiplied, so no
 * binary error enters before the rounding.
 */
export function roundHalfExpand(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const [mantissa, exponent = "0"] = String(Math.abs(value)).split("e");
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
  return shifted >= 1e21 ? value : Math.sign(value) * Number(`${shifted}e${-digits}`);
}

/** What Intl prints for a value that is not a finite number ("∞", "-∞", "NaN"); d3-format would write "Infinity". */
const notFinite = (value: number) => (Number.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞");

/** en-US: "." for decimals, "," every three digits, "-" for minus (as Intl's en-US formats print them). */
const EN_US = formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "-" });
const printers = new Map<string, (value: number) => string>();

/**
 * Up to `digits` decimals (0 or more), trailing zeros dropped: Intl's minimumFractionDigits 0 and
 * maximumFractionDigits `digits`. With `grouping`, a comma every three digits.
 */
function decimals(digits: number, grouping = true): (value: number) => string {
  const key = `${grouping ? "," : ""}.${digits}~f`;
  let f = printers.get(key);
  if (!f) {
    const print = EN_US.format(key);
    f = kept((value) =>
      Number.isFinite(value) ? print(roundHalfExpand(settle(value), digits)) : notFinite(value),
    );
    printers.set(key, f);
  }
  return f;
}
const INTEGER = decimals(0);

/** The power of ten of a value's first digit: 0.0105 → -2, 123 → 2 (from its decimal form, not a logarithm). */
const leadingExponent = (value: number) => Number(Math.abs(value).toExponential().split("e")[1]);

/** Two significant digits at most (Intl's maximumSignificantDigits 2): 0.0025 → "0.0025", 0.105 → "0.11". */
const TWO_SIGNIFICANT = kept((raw) => {
  const value = settle(raw);
  if (value === 0 || !Number.isFinite(value)) return INTEGER(value);
  const digits = 1 - leadingExponent(value);
  const rounded = roundHalfExpand(value, digits);
  // Rounding up may add a digit before the point (0.0996 → 0.1): one decimal fewer is then needed, not more.
  return decimals(Math.max(0, 1 - leadingExponent(rounded)))(rounded);
});

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

/** The steps of a compact label, smallest first: thousand, million, billion, trillion (Intl's en-US names). */
const COMPACT_STEPS: readonly { size: number; suffix: string }[] = [
  { size: 1e3, suffix: "K" },
  { size: 1e6, suffix: "M" },
  { size: 1e9, suffix: "B" },
  { size: 1e12, suffix: "T" },
];
/** One decimal at most, without grouping: a compact figure has at most three digits before its point. */
const COMPACT_DIGITS = decimals(1, false);

/**
 * A compact axis label: 1.2M, 350K, 12.5 (at most one decimal). As in Intl's compact notation, the step follows
 * the value's size, and a value that rounds up to a thousand of its step moves to the next one: 999,960 prints
 * "1M", not "1000K"; 999.94 prints "999.9".
 */
export const formatCompact = kept((raw) => {
  if (!Number.isFinite(raw)) return notFinite(raw);
  const value = settle(raw);
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  let step = -1;
  while (step + 1 < COMPACT_STEPS.length && abs >= COMPACT_STEPS[step + 1]!.size) step++;
  const print = (i: number) => {
    const digits = COMPACT_DIGITS(i < 0 ? abs : abs / COMPACT_STEPS[i]!.size);
    return {
      digits,
      text: digits === "0" ? "0" : `${sign}${digits}${i < 0 ? "" : COMPACT_STEPS[i]!.suffix}`,
    };
  };
  const shown = print(step);
  return Number(shown.digits) >= 1000 && step + 1 < COMPACT_STEPS.length ? print(step + 1).text : shown.text;
});

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
