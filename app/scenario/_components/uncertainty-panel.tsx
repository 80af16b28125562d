"use client";

import { memo, useRef, useState } from "react";
import { formatNumber } from "@/lib/charts/format";
import { type MineralModelData, type ModelData } from "@/lib/model/model-data";
import { type Assumption } from "@/lib/model/types";
import { DEFAULT_DRAWS } from "@/lib/model/uncertainty";
import {
  buildLabUncertaintyChart,
  buildUncertaintyBandsTable,
  type LabFrame,
  type UncertaintyRuns,
} from "@/lib/views/lab";
import { ChartFrame } from "@/app/ui/chart-frame";
import { DataTable } from "@/app/ui/chart-table";
import { DeferredUntilOpen } from "@/app/ui/deferred";
import { Live } from "./live";
import { useNearView } from "./use-in-view";
import { type ScenarioToRun, useUncertainty } from "./use-uncertainty";

const DRAW_OPTIONS = [2_000, 5_000, 10_000, 20_000];

export interface UncertaintyPanelProps {
  data: ModelData;
  table: readonly Assumption[];
  /** The scenario and its preset, each with its normalised query string. */
  scenario: ScenarioToRun;
  preset: ScenarioToRun;
  mineral: Pick<MineralModelData, "id" | "name">;
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

/**
 * Monte Carlo in a Web Worker: P(Pakistan cheapest), P(Pakistan cheaper than each competitor) and cost bands, for
 * the scenario and the preset, with a progress bar. Runs start when the section nears the screen.
 */
export function UncertaintyPanel({ data, table, scenario, preset, mineral, frame }: UncertaintyPanelProps) {
  const [draws, setDraws] = useState(DEFAULT_DRAWS);
  const [seed, setSeed] = useState(1);
  const section = useRef<HTMLElement>(null);
  const near = useNearView(section);
  const { runs, progress, error } = useUncertainty(scenario, preset, {
    data,
    table,
    mineral: mineral.id,
    draws,
    seed,
    enabled: near,
  });

  return (
    <section ref={section} aria-labelledby="uncertainty-heading" className="panel">
      <h2 id="uncertainty-heading">Uncertainty</h2>
      <div className="panel__controls">
        <label>
          Draws
          <select value={draws} onChange={(e) => setDraws(Number(e.target.value))}>
            {DRAW_OPTIONS.map((d) => (
              <option key={d} value={d}>
                {formatNumber(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Seed
          <input
            type="number"
            min={1}
            max={999999}
            step={1}
            value={seed}
            onChange={(e) => setSeed(Math.max(1, Math.min(999999, Math.round(Number(e.target.value) || 1))))}
          />
        </label>
      </div>
      {!near ? <p>The Monte Carlo run starts when this section comes into view.</p> : null}
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
      {runs ? <Live Chart={UncertaintyResult} inputs={{ runs, mineralName: mineral.name, frame }} /> : null}
    </section>
  );
}
