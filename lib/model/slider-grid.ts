import { type Assumption } from "./types";

/** A step of 1, 2 or 5 × 10ⁿ giving about 200–500 positions over the range. */
export function niceStep(range: number): number {
  if (!(range > 0)) return 1;
  const raw = range / 300;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const f = raw / exp;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : 5) * exp;
}

function roundTo(v: number, step: number, dir: "down" | "up"): number {
  const n = dir === "down" ? Math.floor(v / step) : Math.ceil(v / step);
  return Number((n * step).toPrecision(12));
}

/** A slider range around a low–high range: from half the low to one and a half times the high, on a round step. */
export function sliderAround(low: number, high: number): { min: number; max: number; step: number } {
  const step = niceStep(high * 1.5 - low * 0.5);
  return {
    min: Math.max(0, roundTo(low * 0.5, step, "down")),
    max: roundTo(high * 1.5, step, "up"),
    step,
  };
}

function onGrid(x: number, min: number, step: number): boolean {
  const k = (x - min) / step;
  return Math.abs(k - Math.round(k)) < 1e-6;
}

/**
 * A range input can only hold min + k × step: a default of 2,130 on a 100-step slider from 500 would show (and
 * snap to) 2,100. The step is divided by ten until the default, low, high and max all lie on the grid.
 */
export function alignStep(a: Assumption): Assumption {
  let step = a.step;
  for (let i = 0; i < 8 && ![a.default, a.low, a.high, a.max].every((x) => onGrid(x, a.min, step)); i++)
    step = Number((step / 10).toPrecision(6));
  return step === a.step ? a : { ...a, step };
}
