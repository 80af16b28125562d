/// <reference lib="webworker" />
/**
 * Browser-only: a Web Worker that runs the Monte Carlo off the main thread and posts progress. Message in:
 * { id, data, table, values, mineral, draws, seed, fixed }; out: { id, type: "progress", done } and
 * { id, type: "result", result } (or { id, type: "error", message }).
 */
import { type ModelData } from "./model-data";
import { type Assumption, type ScenarioValues } from "./types";
import { runMonteCarlo } from "./uncertainty";
import { type MineralId } from "../data/common";

export interface UncertaintyRequest {
  id: number;
  data: ModelData;
  table: readonly Assumption[];
  values: ScenarioValues;
  mineral: MineralId;
  draws: number;
  seed: number;
  /** Keys the preset sets, held fixed. */
  fixed?: readonly string[];
}

const ctx = self as unknown as DedicatedWorkerGlobalScope;

ctx.onmessage = (event: MessageEvent<UncertaintyRequest>) => {
  const { id, data, table, values, mineral, draws, seed, fixed } = event.data;
  try {
    const result = runMonteCarlo(data, table, values, {
      mineral,
      draws,
      seed,
      fixed,
      onProgress: (done) => ctx.postMessage({ id, type: "progress", done }),
    });
    ctx.postMessage({ id, type: "result", result });
  } catch (error) {
    ctx.postMessage({ id, type: "error", message: (error as Error).message });
  }
};
