import { type MineralId } from "../data/common";
import { scenarioSampler } from "./distributions";
import { computeLandedCost, CostReader } from "./landed-cost";
import { type ModelData } from "./model-data";
import { mulberry32 } from "./random";
import { type Assumption, type ScenarioValues, SUPPLIERS, type Supplier } from "./types";

export interface Bands {
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface UncertaintyResult {
  mineral: MineralId;
  draws: number;
  seed: number;
  /** Probability that Pakistan has the lowest landed cost of the five suppliers. */
  pPakistanCheapest: number;
  /** Probability that Pakistan lands cheaper than each competitor. */
  pCheaperThan: Record<Exclude<Supplier, "PK">, number>;
  /** Percentile bands of each supplier's landed cost, USD/t. */
  costBands: Record<Supplier, Bands>;
  /** Percentile bands of PK − competitor, USD/t. */
  gapBands: Record<Exclude<Supplier, "PK">, Bands>;
  /** Keys of the assumptions that were varied. */
  varied: string[];
}

export interface MonteCarloOptions {
  mineral: MineralId;
  draws?: number;
  seed?: number;
  /** Called every `progressEvery` draws with the share done (0–1); for the worker's progress bar. */
  onProgress?: (done: number) => void;
  progressEvery?: number;
  /** Keys the scenario's preset sets: held at their values, never drawn (as in the claims' draws). */
  fixed?: readonly string[];
}

export const DEFAULT_DRAWS = 2_000;
export const MAX_DRAWS = 20_000;

function bands(sorted: Float64Array): Bands {
  const q = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
  return { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
}

const COMPETITORS = SUPPLIERS.filter((c): c is Exclude<Supplier, "PK"> => c !== "PK");

/**
 * Monte Carlo over the cost assumptions (lib/model/README.md §4): the same distributions as the claims' draws
 * (distributions.ts: split triangular with the median at the scenario's value, correlated groups drawn together,
 * what the preset sets held fixed), with a seeded PRNG; every draw prices the five suppliers. Pure and
 * deterministic for a seed, so it runs the same in a Web Worker, the server and the tests.
 */
export function runMonteCarlo(
  data: ModelData,
  table: readonly Assumption[],
  values: ScenarioValues,
  options: MonteCarloOptions,
): UncertaintyResult {
  const draws = Math.max(1, Math.min(MAX_DRAWS, Math.round(options.draws ?? DEFAULT_DRAWS)));
  const seed = options.seed ?? 1;
  const m = data.minerals.find((x) => x.id === options.mineral);
  if (!m) throw new Error(`unknown mineral ${options.mineral}`);
  // Landed costs read no dependency assumption: drawing them would change nothing.
  const sampler = scenarioSampler(
    table.filter((a) => a.group !== "dependency"),
    values,
    new Set(options.fixed ?? []),
  );
  const rand = mulberry32(seed);
  const u = new Float64Array(sampler.slots);
  const trial: Record<string, number> = { ...values };
  const cost: Record<Supplier, Float64Array> = Object.fromEntries(
    SUPPLIERS.map((c) => [c, new Float64Array(draws)]),
  ) as Record<Supplier, Float64Array>;
  const gap: Record<Exclude<Supplier, "PK">, Float64Array> = Object.fromEntries(
    COMPETITORS.map((c) => [c, new Float64Array(draws)]),
  ) as Record<Exclude<Supplier, "PK">, Float64Array>;
  let cheapest = 0;
  const cheaper: Record<Exclude<Supplier, "PK">, number> = { AU: 0, CA: 0, UA: 0, CN: 0 };
  const every = options.progressEvery ?? 500;
  for (let i = 0; i < draws; i++) {
    for (let j = 0; j < u.length; j++) u[j] = rand();
    sampler.draw(u, trial);
    // One reader per draw: the global and each country's inputs are read once for the five suppliers.
    const reader = new CostReader(trial);
    let pk = 0;
    let pkCheapest = true;
    for (const c of SUPPLIERS) {
      const x = computeLandedCost(data, reader, c, m).landedCostUsdPerTonne;
      cost[c][i] = x;
      if (c === "PK") pk = x;
    }
    for (const c of COMPETITORS) {
      const g = pk - cost[c][i]!;
      gap[c][i] = g;
      if (g < 0) cheaper[c] += 1;
      else pkCheapest = false;
    }
    if (pkCheapest) cheapest += 1;
    if (options.onProgress && (i + 1) % every === 0) options.onProgress((i + 1) / draws);
  }
  options.onProgress?.(1);
  return {
    mineral: m.id,
    draws,
    seed,
    pPakistanCheapest: cheapest / draws,
    pCheaperThan: Object.fromEntries(COMPETITORS.map((c) => [c, cheaper[c] / draws])) as Record<
      Exclude<Supplier, "PK">,
      number
    >,
    costBands: Object.fromEntries(SUPPLIERS.map((c) => [c, bands(cost[c].sort())])) as Record<
      Supplier,
      Bands
    >,
    gapBands: Object.fromEntries(COMPETITORS.map((c) => [c, bands(gap[c].sort())])) as Record<
      Exclude<Supplier, "PK">,
      Bands
    >,
    varied: [...sampler.keys],
  };
}
