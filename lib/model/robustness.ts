import { type MineralId } from "../data/common";
import {
  type ClaimSetup,
  claimMargins,
  claimSetup,
  drawSources,
  hasOnRecord,
  PRECISION,
  publishedRanks,
} from "./claim-tests";
import { type ClaimId, clarity, claimResources, ukraineClarity, type Verdict, verdictOf } from "./claims";
import { type ModelData } from "./model-data";
import { type Assumption, type CostCountry, type ScenarioValues } from "./types";

/**
 * The robustness map: one claim's point verdict for one mineral over a grid of two assumptions, everything else as
 * the scenario sets it. Each cell is a point test with the model's precision (a margin within it reads mixed), not
 * a Monte Carlo: the map shows where the verdict turns, the probabilities say how sure each verdict is.
 */

/** Grid sizes a request may ask for: 3 (a coarse look) to 41 (finer than the sliders' steps for most keys). */
export const GRID_MIN = 3;
export const GRID_MAX = 41;
/** The competitor a cell's gap is measured against when none is named. */
export const DEFAULT_COMPETITOR = "AU" satisfies CostCountry;

/** One cell: the verdict, and Pakistan's landed cost minus the competitor's (USD per tonne) where the claim has one. */
export interface RobustnessCell {
  verdict: Verdict;
  gap: number | null;
}

export interface RobustnessAxis {
  key: string;
  values: number[];
}

export interface RobustnessGrid {
  claim: ClaimId;
  mineral: MineralId;
  competitor: CostCountry;
  x: RobustnessAxis;
  y: RobustnessAxis;
  /** `cells[i][j]`: the i-th x value with the j-th y value. */
  cells: RobustnessCell[][];
}

export interface RobustnessRequest {
  claim: ClaimId;
  mineral: MineralId;
  x: Assumption;
  y: Assumption;
  n: number;
  competitor: CostCountry;
}

/**
 * The values an axis takes: `n` evenly spaced from the slider's minimum to its maximum, each snapped to the
 * slider's step (a year stays a whole year), repeats dropped — so a key with fewer steps than `n` has fewer values.
 * A choice takes each of its options.
 */
export function axisValues(a: Assumption, n: number): number[] {
  if (a.kind === "choice" && a.options?.length) return a.options.map((o) => o.value);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const raw = a.min + ((a.max - a.min) * i) / (n - 1);
    const snapped = a.step > 0 ? a.min + Math.round((raw - a.min) / a.step) * a.step : raw;
    // Twelve significant digits: 0.1 × 3 prints as 0.3, not 0.30000000000000004.
    const x = Number(Math.min(a.max, Math.max(a.min, snapped)).toPrecision(12));
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/** Only what the claim reads for the mineral, so a cell computes three or four landed costs, not sixty. */
function cellSetup(full: ClaimSetup, claim: ClaimId, mineral: MineralId): ClaimSetup {
  const one = full.cheaper.filter((m) => m.id === mineral);
  return {
    ...full,
    cheaper: claim === "C2" ? one : [],
    lessChina: claim === "C4" ? one : [],
    ukraineCost: claim === "C5" ? full.ukraineCost : { PK: [], UA: [] },
  };
}

/** The point verdict of one claim for one mineral under `values`, and the cost gap to the competitor. */
function cell(
  data: ModelData,
  values: ScenarioValues,
  req: RobustnessRequest,
  fixedVerdict: Verdict | null,
): RobustnessCell {
  const setup = cellSetup(claimSetup(data, values), req.claim, req.mineral);
  const src = drawSources(data, values, setup.target);
  const m = data.minerals.find((x) => x.id === req.mineral)!;
  // No gap for a mineral Pakistan has nothing of on record: it would be the cost of a mine that does not exist.
  const costed = (req.claim === "C2" || req.claim === "C5") && hasOnRecord(m, "PK");
  const own = costed ? src.total("PK", m) : undefined;
  const other = costed ? src.total(req.competitor, m) : undefined;
  const gap = own !== undefined && other !== undefined ? own - other : null;
  if (fixedVerdict) return { verdict: fixedVerdict, gap };
  const margins = claimMargins(setup, values, publishedRanks(data), src);
  let verdict: Verdict = "not-enough-data";
  if (req.claim === "C2") {
    const x = margins.cheaper[req.mineral];
    if (x !== undefined) verdict = verdictOf(null, clarity(x, PRECISION.costPct));
  } else if (req.claim === "C3") {
    if (margins.stable !== null) verdict = verdictOf(null, clarity(margins.stable, PRECISION.percentile));
  } else if (req.claim === "C4") {
    const x = margins.lessChina[req.mineral];
    if (x) verdict = verdictOf(null, clarity(x.margin, PRECISION.chinaCutPp));
  } else if (req.claim === "C5") {
    verdict = verdictOf(null, ukraineClarity(margins.ukraine));
  }
  return { verdict, gap: gap === null ? null : Number(gap.toPrecision(12)) };
}

/**
 * The robustness grid of a claim for a mineral. C1 rests on published reserves alone and C3 on WGI's rank, so
 * no assumption moves them: their grid is flat, which is the finding. C2 and C4 test only minerals Pakistan has
 * on record (elsewhere every cell is not-enough-data); C3 and C5 are tests of the country, the same for every
 * mineral, with the mineral's cost gap shown beside C5's.
 */
export function robustnessGrid(
  data: ModelData,
  values: ScenarioValues,
  req: RobustnessRequest,
): RobustnessGrid {
  const m = data.minerals.find((x) => x.id === req.mineral)!;
  const xs = axisValues(req.x, req.n);
  const ys = axisValues(req.y, req.n);
  let fixed: Verdict | null = null;
  if (req.claim === "C1")
    fixed = claimResources({ data }).perMineral.find((p) => p.mineral === req.mineral)!.verdict;
  else if ((req.claim === "C2" || req.claim === "C4") && !hasOnRecord(m, "PK")) fixed = "not-enough-data";
  const trial: Record<string, number> = { ...values };
  const cells = xs.map((xv) =>
    ys.map((yv) => {
      trial[req.x.key] = xv;
      trial[req.y.key] = yv;
      return cell(data, trial, req, fixed);
    }),
  );
  return {
    claim: req.claim,
    mineral: req.mineral,
    competitor: req.competitor,
    x: { key: req.x.key, values: xs },
    y: { key: req.y.key, values: ys },
    cells,
  };
}
