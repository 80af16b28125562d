import { type MineralId } from "../data/common";
import { computeLandedCost, CostReader, RecordingReader } from "./landed-cost";
import { type MineralModelData, type ModelData } from "./model-data";
import { type Assumption, type ScenarioValues, type Supplier } from "./types";

export interface BreakEvenQuery {
  /** Assumption key to solve for, e.g. "crp-pk". */
  key: string;
  competitor: Exclude<Supplier, "PK">;
  mineral: MineralId;
}

export interface BreakEvenResult extends BreakEvenQuery {
  /** The value at which Pakistan's and the competitor's landed costs are equal, or null when none lies within the slider bounds. */
  value: number | null;
  /** True when Pakistan is the cheaper of the two for values below the break-even (null when there is none). */
  pakistanCheaperBelow: boolean | null;
  /** PK − competitor landed cost at the current value, USD/t. */
  currentGap: number;
  gapAtMin: number;
  gapAtMax: number;
  min: number;
  max: number;
}

const SCAN = 64;

/**
 * Prices `c`'s landed cost under `values` and lists the keys it read (RecordingReader): an assumption the pricing
 * did not read cannot change that cost while everything else stays put, so a tornado or a solver need not price it
 * again.
 */
function costWithReads(
  data: ModelData,
  values: ScenarioValues,
  c: Supplier,
  m: MineralModelData,
): { cost: number; reads: ReadonlySet<string> } {
  const recorder = new RecordingReader(new CostReader(values));
  return { cost: computeLandedCost(data, recorder, c, m).landedCostUsdPerTonne, reads: recorder.keys };
}

/**
 * The PK − competitor landed-cost gap (USD/t) of a scenario, and along any one assumption. It prices both costs once,
 * noting the keys each read, keeps one copy of the scenario, and along an assumption prices again only the side it
 * can move (a Pakistani one leaves the competitor's cost as it is), so a solver or a tornado calls it hundreds of
 * times a slider step without copying the scenario or pricing what cannot change.
 */
export function gapAlong(
  data: ModelData,
  values: ScenarioValues,
  m: MineralModelData,
  competitor: Exclude<Supplier, "PK">,
) {
  const pk = costWithReads(data, values, "PK", m);
  const rival = costWithReads(data, values, competitor, m);
  const trial: Record<string, number> = { ...values };
  return {
    baseGap: pk.cost - rival.cost,
    /** The gap with `key` set to x, the scenario otherwise as given; null when neither cost reads `key`. */
    along(key: string): ((x: number) => number) | null {
      const movesPk = pk.reads.has(key);
      const movesRival = rival.reads.has(key);
      if (!movesPk && !movesRival) return null;
      return (x) => {
        const keep = trial[key];
        trial[key] = x;
        const pkCost = movesPk ? computeLandedCost(data, trial, "PK", m).landedCostUsdPerTonne : pk.cost;
        const rivalCost = movesRival
          ? computeLandedCost(data, trial, competitor, m).landedCostUsdPerTonne
          : rival.cost;
        if (keep === undefined) delete trial[key];
        else trial[key] = keep;
        return pkCost - rivalCost;
      };
    },
  };
}

/** A function giving PK − competitor landed cost (USD/t) with one assumption set to x (see gapAlong). */
export function gapFunction(
  data: ModelData,
  values: ScenarioValues,
  q: BreakEvenQuery,
): (x: number) => number {
  const gap = gapAlong(data, values, modelMineral(data, q.mineral), q.competitor);
  return gap.along(q.key) ?? (() => gap.baseGap);
}

/** The mineral's model inputs; throws on an id the data do not hold. */
export function modelMineral(data: ModelData, mineral: MineralId): MineralModelData {
  const m = data.minerals.find((d) => d.id === mineral);
  if (!m) throw new Error(`unknown mineral ${mineral}`);
  return m;
}

/** Pakistan's landed cost minus the competitor's (USD/t) under `values`: below zero, Pakistan is cheaper. */
export function pakistanGap(
  data: ModelData,
  values: ScenarioValues,
  m: MineralModelData,
  competitor: Exclude<Supplier, "PK">,
): number {
  return (
    computeLandedCost(data, values, "PK", m).landedCostUsdPerTonne -
    computeLandedCost(data, values, competitor, m).landedCostUsdPerTonne
  );
}

/** PK − competitor landed cost (USD/t) with one assumption set to x. */
export function costGap(data: ModelData, values: ScenarioValues, q: BreakEvenQuery, x: number): number {
  return gapFunction(data, values, q)(x);
}

/**
 * Finds the value of an assumption, within its slider bounds, at which Pakistan's landed cost equals the
 * competitor's (MODEL.md §5): a scan of the range for a sign change of the cost gap (the one nearest the current
 * value if there are several), then bisection to 1e-10 of the range. Reports "none" when the gap keeps its sign
 * over the whole range.
 */
export function solveBreakEven(
  data: ModelData,
  table: readonly Assumption[],
  values: ScenarioValues,
  q: BreakEvenQuery,
): BreakEvenResult {
  const a = table.find((x) => x.key === q.key);
  if (!a) throw new Error(`unknown assumption ${q.key}`);
  const f = gapFunction(data, values, q);
  const current = values[q.key] ?? a.default;
  const base = {
    ...q,
    currentGap: f(current),
    gapAtMin: f(a.min),
    gapAtMax: f(a.max),
    min: a.min,
    max: a.max,
  };
  const xs = Array.from({ length: SCAN + 1 }, (_, i) => a.min + ((a.max - a.min) * i) / SCAN);
  const gaps = xs.map(f);
  const brackets: [number, number][] = [];
  for (let i = 0; i < SCAN; i++) {
    const g0 = gaps[i]!;
    const g1 = gaps[i + 1]!;
    if (g0 === 0) brackets.push([xs[i]!, xs[i]!]);
    else if (g0 * g1 < 0) brackets.push([xs[i]!, xs[i + 1]!]);
  }
  if (gaps[SCAN] === 0) brackets.push([a.max, a.max]);
  if (!brackets.length) return { ...base, value: null, pakistanCheaperBelow: null };
  brackets.sort((p, q2) => Math.abs((p[0] + p[1]) / 2 - current) - Math.abs((q2[0] + q2[1]) / 2 - current));
  let [lo, hi] = brackets[0]!;
  let flo = f(lo);
  const tol = (a.max - a.min) * 1e-10;
  for (let i = 0; i < 200 && hi - lo > tol; i++) {
    const mid = (lo + hi) / 2;
    const fm = f(mid);
    if (fm === 0) {
      lo = hi = mid;
      break;
    }
    if (flo * fm < 0) hi = mid;
    else {
      lo = mid;
      flo = fm;
    }
  }
  const value = (lo + hi) / 2;
  const below = f(Math.max(a.min, value - (a.max - a.min) * 1e-3));
  return { ...base, value, pakistanCheaperBelow: below < 0 };
}
