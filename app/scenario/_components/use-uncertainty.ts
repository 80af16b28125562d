"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { type MineralId } from "@/lib/data/common";
import { type ModelData } from "@/lib/model/model-data";
import { type UncertaintyResult } from "@/lib/model/uncertainty";
import { type Assumption, type ScenarioValues } from "@/lib/model/types";
import { type LabFrame, type UncertaintyRuns } from "@/lib/views/lab";
import { runUncertainty } from "./uncertainty-runner";

/** A run that is not cached waits until the sliders have settled this long. */
const RUN_DELAY_MS = 400;

/** A scenario to run: its normalised query string (serializeScenarioParams), which keys the run, and its values. */
export interface ScenarioToRun {
  query: string;
  values: ScenarioValues;
}

export interface UncertaintySettings {
  data: ModelData;
  table: readonly Assumption[];
  mineral: MineralId;
  draws: number;
  seed: number;
  /** The keys the preset sets: held fixed in the draws. */
  fixed: readonly string[];
}

/** The query key of a Monte Carlo run: the normalised scenario, the mineral, the draws and the seed. */
export function uncertaintyKey(query: string, mineral: MineralId, draws: number, seed: number) {
  return ["uncertainty", query, mineral, draws, seed] as const;
}

type Key = ReturnType<typeof uncertaintyKey>;

/**
 * `value` once its `id` has stayed the same for `ms` (a run is not started for every step of a slider drag), or at
 * once when `now` (its result is cached: undo, redo and switching A and B show it without waiting).
 */
export function useSettled<T>(id: string, value: T, ms: number, now: boolean): T {
  const [settled, setSettled] = useState({ id, value });
  if (now && settled.id !== id) setSettled({ id, value });
  useEffect(() => {
    if (settled.id === id) return;
    const timer = window.setTimeout(() => setSettled({ id, value }), ms);
    return () => window.clearTimeout(timer);
  }, [id, value, ms, settled.id]);
  return now ? value : settled.value;
}

interface Run {
  key: Key;
  values: ScenarioValues;
  /** What the run's chart carries (scenario line, changes, sources), as it was when the run was asked for. */
  frame: LabFrame;
}

/** A run's result with the frame of the scenario it was run for. */
interface Ran {
  result: UncertaintyResult;
  frame: LabFrame;
}

/** One scenario's run as a query; while a new run works, the last result stays shown. */
function useRun(run: Run, s: UncertaintySettings) {
  const [progress, setProgress] = useState(0);
  const query = useQuery({
    queryKey: run.key,
    queryFn: ({ signal, queryKey: [, , mineral, draws, seed] }): Promise<Ran> => {
      setProgress(0);
      const { frame } = run;
      return runUncertainty(
        { data: s.data, table: s.table, values: run.values, mineral, draws, seed, fixed: s.fixed },
        signal,
        setProgress,
      ).then((result) => ({ result, frame }));
    },
    placeholderData: keepPreviousData,
  });
  return { query, progress };
}

/**
 * The Monte Carlo runs of the scenario and of its preset, as react-query queries keyed by the normalised scenario:
 * a result asked for again (undo, redo, A and B swapped, the preset while a slider moves) comes from the cache, and
 * a run that is no longer wanted is cancelled in the worker. Returns both results once there are both, with the
 * frame of the scenario they were run for, the share done of the runs under way, and the error of a failed run.
 *
 * The results and the frame keep their identity until a run ends, so the memoised chart that shows them is not
 * redrawn on every slider step (its caption names the scenario the draws were made for, not the one being dragged).
 */
export function useUncertainty(
  scenario: ScenarioToRun,
  preset: ScenarioToRun,
  frame: LabFrame,
  s: UncertaintySettings,
) {
  const client = useQueryClient();
  // Memoised, so that a render for a progress update does not restart the settling timer.
  const request = useMemo(() => {
    const run = (r: ScenarioToRun): Run => ({
      key: uncertaintyKey(r.query, s.mineral, s.draws, s.seed),
      values: r.values,
      frame,
    });
    return { preset: run(preset), scenario: run(scenario) };
  }, [preset, scenario, frame, s.mineral, s.draws, s.seed]);
  // Both runs move to new keys together, so the two they replace are cancelled together.
  const target = useSettled(
    JSON.stringify([request.preset.key, request.scenario.key]),
    request,
    RUN_DELAY_MS,
    client.getQueryData(request.preset.key) !== undefined &&
      client.getQueryData(request.scenario.key) !== undefined,
  );
  const base = useRun(target.preset, s);
  const current = useRun(target.scenario, s);
  const baseData = base.query.data;
  const currentData = current.query.data;
  const runs = useMemo<UncertaintyRuns | null>(
    () => (baseData && currentData ? { scenario: currentData.result, baseline: baseData.result } : null),
    [baseData, currentData],
  );
  const working = [base, current].filter((r) => r.query.isFetching);
  const progress = working.length ? working.reduce((sum, r) => sum + r.progress, 0) / working.length : null;
  const error = base.query.error ?? current.query.error;
  return { runs, frame: currentData?.frame ?? frame, progress, error: error ? error.message : null };
}
