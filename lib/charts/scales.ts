import { scaleLinear, scaleLog } from "d3-scale";
import { type Axis } from "./chart-model";

/**
 * Axis domains and ticks for every chart, from d3-scale: round ticks (1, 2 or 5 × 10ⁿ) on a domain rounded out to
 * them, so an axis never reads −721.8, −171.8, 378.2. Pure; the renderers in app/ui/charts only place what this
 * returns.
 */
export interface AxisScale {
  /** Position of a value along the axis, 0 (start) to 1 (end). */
  at: (value: number) => number;
  ticks: number[];
  domain: [number, number];
  log: boolean;
}

/**
 * The scale of an axis over `values` (and any extra values that must fit, such as a reference line or whiskers).
 * Linear axes include zero, so bars start at a true baseline; a fixed domain is kept as given. Log axes run over
 * the powers of ten around the positive values.
 */
export function axisScale(axis: Axis, values: readonly number[], count = 5): AxisScale {
  const finite = values.filter((v) => Number.isFinite(v));
  if (axis.log) {
    const positive = finite.filter((v) => v > 0);
    const lo = positive.length ? Math.min(...positive) : 1;
    const hi = positive.length ? Math.max(...positive) : 10;
    const e0 = Math.floor(Math.log10(lo));
    const e1 = Math.max(e0 + 1, Math.ceil(Math.log10(hi)));
    const scale = scaleLog()
      .domain([10 ** e0, 10 ** e1])
      .range([0, 1])
      .clamp(true);
    const ticks = Array.from({ length: e1 - e0 + 1 }, (_, i) => 10 ** (e0 + i));
    return { at: (v) => scale(Math.max(v, 10 ** e0)), ticks, domain: [10 ** e0, 10 ** e1], log: true };
  }
  let domain: [number, number];
  if (axis.domain) domain = [axis.domain[0], axis.domain[1]];
  else {
    const lo = Math.min(0, ...finite);
    const hi = Math.max(0, ...finite);
    domain = hi > lo ? [lo, hi] : [0, 1];
  }
  const scale = scaleLinear().domain(domain).range([0, 1]);
  if (!axis.domain) scale.nice(count);
  const [d0, d1] = scale.domain() as [number, number];
  return { at: (v) => scale(v), ticks: scale.ticks(count), domain: [d0, d1], log: false };
}
