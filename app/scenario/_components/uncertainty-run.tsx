"use client";

import { memo } from "react";
import { formatNumber } from "@/lib/charts/format";
import { type MineralModelData, type ModelData } from "@/lib/model/model-data";
import { type Assumption } from "@/lib/model/types";
import {
  buildLabUncertaintyChart,
  buildUncertaintyBandsTable,
  type LabFrame,
  type UncertaintyRuns,
} from "@/lib/views/lab";
import { ChartFrame } from "@/app/ui/chart-frame";
import { DataTable } from "@/app/ui/chart-table";
import { DeferredUntilOpen } from "@/app/ui/deferred";
import { QueryProvider } from "@/app/ui/query-provider";
import { type ScenarioToRun, useUncertainty } from "./use-uncertainty";

export interface UncertaintyRunProps {
  data: ModelData;
  table: readonly Assumption[];
  /** The scenario and its preset, each with its normalised query string. */
  scenario: ScenarioToRun;
  preset: ScenarioToRun;
  mineral: Pick<MineralModelData, "id" | "name">;
  draws: number;
  seed: number;
  /** The keys the preset sets: held fixed in the draws. */
  fixed: readonly string[];
  frame: LabFrame;
}

/** The result of a run: P(Pakistan cheapest) in words, the probabilities chart and the cost bands. */
const UncertaintyResult = memo(function UncertaintyResult({
  runs,
  mineralName,
  frame,
}: {
  runs: UncertaintyRuns;
  mineralName: string;
  frame: LabFrame;
}) {
  return (
    <div data-testid="uncertainty-result" data-p-cheapest={runs.scenario.pPakistanCheapest}>
      <p className="headline-number">
        P(Pakistan cheapest): <strong>{formatNumber(runs.scenario.pPakistanCheapest * 100, 1)} %</strong>{" "}
        (preset {formatNumber(runs.baseline.pPakistanCheapest * 100, 1)} %)
      </p>
      <ChartFrame model={buildLabUncertaintyChart(runs, mineralName, frame)} deferTable />
      <details className="chart-frame__table">
        <summary>Landed cost bands, scenario</summary>
        <DeferredUntilOpen>
          <DataTable table={buildUncertaintyBandsTable(runs.scenario)} />
        </DeferredUntilOpen>
      </details>
    </div>
  );
});

function Runs({ data, table, scenario, preset, mineral, draws, seed, fixed, frame }: UncertaintyRunProps) {
  const {
    runs,
    frame: runFrame,
    progress,
    error,
  } = useUncertainty(scenario, preset, frame, {
    data,
    table,
    mineral: mineral.id,
    draws,
    seed,
    fixed,
  });
  return (
    <>
      {progress !== null ? (
        <p>
          <progress max={1} value={progress} aria-label="Uncertainty run progress" /> Running{" "}
          {formatNumber(draws)} draws…
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="notice notice--error">
          The uncertainty run failed: {error}
        </p>
      ) : null}
      {runs ? <UncertaintyResult runs={runs} mineralName={mineral.name} frame={runFrame} /> : null}
    </>
  );
}

/**
 * The Monte Carlo runs of the scenario and its preset (react-query queries run in a Web Worker), their progress and
 * result. Loaded when the uncertainty section nears the screen, with react-query, whose provider is here: the
 * lab's only queries are these runs, so react-query stays out of the lab's first load.
 */
export function UncertaintyRun(props: UncertaintyRunProps) {
  return (
    <QueryProvider>
      <Runs {...props} />
    </QueryProvider>
  );
}
