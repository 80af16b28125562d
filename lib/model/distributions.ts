import { KEYS } from "./keys";
import { type Assumption, type ScenarioValues } from "./types";

/**
 * How uncertain assumptions are drawn (lib/model/README.md §4): each from a split triangular distribution whose
 * median is its value in the scenario, correlated ones together, what the scenario's preset fixes not at all.
 */

/**
 * Inverse CDF of a split (two-piece) triangular distribution on [lo, hi] with median and mode at `median`: half the
 * mass on a triangle rising from `lo` to the median, half on one falling from the median to `hi`. Unlike a single
 * triangle with its mode at the default, its median is the default however lopsided the range, so the point estimate
 * sits in the middle of the draws.
 */
export function splitTriangular(u: number, lo: number, median: number, hi: number): number {
  if (u < 0.5) return median - (median - lo) * (1 - Math.sqrt(2 * u));
  return median + (hi - median) * (1 - Math.sqrt(2 * (1 - u)));
}

/**
 * Assumptions the reader sets as policy or scenario choices, not uncertain facts: never drawn. The rest of the
 * dependency group (exportable shares, pipeline dates and capacities, withheld demand, other countries' risk) is.
 */
const POLICY: readonly ((key: string) => boolean)[] = [
  (k) => k === KEYS.resourcingShare,
  (k) => k === KEYS.targetYear,
  (k) => k === KEYS.shockYear,
  (k) => k === KEYS.demandGrowth,
  (k) => k.startsWith("weight-"),
];

/**
 * Assumptions that move together, drawn with one shared uniform (comonotonic, the strongest positive correlation):
 * - a country's political risk: its risk premium, extra premium, insurance premium, physical security and cargo
 *   insurance (an insurgency or a war raises them all at once);
 * - the oil price: diesel in every country;
 * - the charter market: sea freight to the US and to China from every country;
 * - the copper smelting terms: treatment and refining charges, settled together each year;
 * - a project's schedule: a delay of its first phase delays the later ones.
 * Everything else is drawn independently. Perfect correlation within a group is a simplification: it widens the
 * spread of results that depend on a group's sum and narrows nothing.
 */
export function correlationGroup(key: string): string | null {
  const country =
    /^(?:crp|extra-premium|political-risk-insurance|physical-security|insurance)-([a-z]{2})$/.exec(key);
  if (country) return `political-risk-${country[1]}`;
  if (/^diesel-[a-z]{2}$/.test(key)) return "oil-price";
  if (/^(?:ocean-freight|freight-to-china)-[a-z]{2}$/.test(key)) return "sea-freight";
  if (key === KEYS.treatmentChargeCopper || key === KEYS.refiningChargeCopper) return "copper-smelting-terms";
  const start = /^start-(.+)-phase-\d+$/.exec(key);
  if (start) return `schedule-${start[1]}`;
  return null;
}

/** The assumptions a Monte Carlo run varies: numeric ones with a range, not policy choices, not fixed by the preset. */
export function uncertainAssumptions(
  table: readonly Assumption[],
  fixed: ReadonlySet<string> = new Set(),
): Assumption[] {
  return table.filter(
    (a) => a.kind === "number" && a.high > a.low && !fixed.has(a.key) && !POLICY.some((p) => p(a.key)),
  );
}

/** Draws whole scenarios: the uncertain assumptions around the scenario's values, groups sharing one uniform. */
export interface ScenarioSampler {
  /** The keys drawn, in table order. */
  keys: readonly string[];
  /** How many independent uniforms a draw uses: one per group, one per ungrouped assumption. */
  slots: number;
  /** Writes the draw for the uniforms `u` (one per slot) into `out`, which holds the scenario's other values. */
  draw(u: ArrayLike<number>, out: Record<string, number>): void;
  /**
   * The same draw into a typed array: key `keys[i]` goes to `out[positions[i]]` (no string-keyed writes). A negative
   * position skips the key: a caller that reads only some of the drawn values need not compute the others.
   */
  drawInto(u: ArrayLike<number>, out: Float64Array, positions: ArrayLike<number>): void;
}

/**
 * A sampler for a scenario. Each drawn assumption's median is its value in the scenario; its range is its low–high
 * range, widened to include that value if the reader moved it outside.
 */
export function scenarioSampler(
  table: readonly Assumption[],
  values: ScenarioValues,
  fixed: ReadonlySet<string> = new Set(),
): ScenarioSampler {
  const varied = uncertainAssumptions(table, fixed);
  const keys = varied.map((a) => a.key);
  const median = varied.map((a) => values[a.key] ?? a.default);
  const lo = varied.map((a, i) => Math.min(a.low, median[i]!));
  const hi = varied.map((a, i) => Math.max(a.high, median[i]!));
  // Each drawn assumption reads uniform number `slot[i]` of a draw; a group's members share one slot.
  const groups = new Map<string, number>();
  let slots = 0;
  const slot = varied.map((a) => {
    const g = correlationGroup(a.key);
    if (g === null) return slots++;
    if (!groups.has(g)) groups.set(g, slots++);
    return groups.get(g)!;
  });
  return {
    keys,
    slots,
    draw(u, out) {
      for (let i = 0; i < keys.length; i++)
        out[keys[i]!] = splitTriangular(u[slot[i]!]!, lo[i]!, median[i]!, hi[i]!);
    },
    drawInto(u, out, positions) {
      for (let i = 0; i < keys.length; i++) {
        const p = positions[i]!;
        if (p >= 0) out[p] = splitTriangular(u[slot[i]!]!, lo[i]!, median[i]!, hi[i]!);
      }
    },
  };
}

/**
 * Latin-hypercube uniforms: for each of `slots` dimensions, one value in each of `draws` equal strata, the strata
 * shuffled independently per dimension. Every draw's marginals cover their range evenly, so a probability settles
 * with fewer draws than with independent uniforms. Returns row `d` (the uniforms of draw d) on demand.
 */
export function latinHypercube(
  draws: number,
  slots: number,
  rand: () => number,
): (d: number) => Float64Array {
  const columns = Array.from({ length: slots }, () => {
    const order = new Uint32Array(draws);
    for (let i = 0; i < draws; i++) order[i] = i;
    for (let i = draws - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    return order;
  });
  const row = new Float64Array(slots);
  return (d) => {
    for (let s = 0; s < slots; s++) row[s] = (columns[s]![d]! + rand()) / draws;
    return row;
  };
}
