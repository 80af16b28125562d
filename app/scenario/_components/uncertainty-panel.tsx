"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { formatNumber } from "@/lib/charts/format";
import { COUNTRY_LABELS } from "@/lib/charts/scenario-series";
import { type ModelData } from "@/lib/model/model-data";
import { type Assumption, type ScenarioValues, SUPPLIERS } from "@/lib/model/types";
import { DEFAULT_DRAWS, type UncertaintyResult } from "@/lib/model/uncertainty";
import { type Source } from "@/lib/data/sources";
import { type LabView } from "@/lib/url/lab-state";
import { BASELINE_COLOUR, countryColour } from "@/lib/charts/palette";
import { LegacyChartFrame as ChartFrame } from "@/app/ui/legacy-chart-frame";
import { DataTable } from "./data-table";
import { SeriesLegend, type UncertaintyRow } from "./lab-legends";
import { ProbabilityChart } from "./lazy-charts";
import { useNearView } from "./use-in-view";

const DRAW_OPTIONS = [2_000, 5_000, 10_000, 20_000];
/** Wait for the sliders to settle before starting a run. */
const RUN_DELAY_MS = 400;
/** Drawn under the chart and written into its exports. */
const LEGEND = [
  { label: "Scenario", colour: countryColour("PK") },
  { label: "Preset", colour: BASELINE_COLOUR, dashed: true },
];

type WorkerMessage =
  | { id: number; type: "progress"; done: number }
  | { id: number; type: "result"; result: UncertaintyResult }
  | { id: number; type: "error"; message: string };

export interface UncertaintyPanelProps {
  data: ModelData;
  table: readonly Assumption[];
  values: ScenarioValues;
  baselineValues: ScenarioValues;
  view: LabView;
  mineralName: string;
  sources: readonly Source[];
  scenarioLabel: string;
  changes: readonly string[];
}

/**
 * Monte Carlo in a Web Worker (off the main thread, so the sliders stay immediate): P(Pakistan cheapest),
 * P(Pakistan cheaper than each competitor) and cost bands, for the scenario and the preset, with a progress bar.
 */
export function UncertaintyPanel({
  data,
  table,
  values,
  baselineValues,
  view,
  mineralName,
  sources,
  scenarioLabel,
  changes,
}: UncertaintyPanelProps) {
  const [draws, setDraws] = useState(DEFAULT_DRAWS);
  const [seed, setSeed] = useState(1);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ scenario: UncertaintyResult; baseline: UncertaintyResult } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  // The worker starts, and the first run with it, when the section nears the screen: not while the page loads.
  const section = useRef<HTMLElement>(null);
  const near = useNearView(section);

  useEffect(() => {
    if (!near) return;
    const w = new Worker(new URL("../../../lib/model/uncertainty.worker.ts", import.meta.url));
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [near]);

  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    // Each run sends the preset (id −n) then the scenario (id n); answers to older runs are ignored.
    const id = ++runId.current;
    let baseline: UncertaintyResult | null = null;
    const onMessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.id !== id && m.id !== -id) return;
      if (m.type === "error") {
        setError(m.message);
        setProgress(null);
      } else if (m.type === "progress") {
        setProgress(m.id === -id ? m.done / 2 : 0.5 + m.done / 2);
      } else if (m.id === -id) {
        baseline = m.result;
        w.postMessage({ id, data, table, values, mineral: view.mineral, draws, seed });
      } else if (baseline) {
        setResult({ scenario: m.result, baseline });
        setProgress(null);
      }
    };
    w.addEventListener("message", onMessage);
    const timer = window.setTimeout(() => {
      setProgress(0);
      setError(null);
      w.postMessage({ id: -id, data, table, values: baselineValues, mineral: view.mineral, draws, seed });
    }, RUN_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      w.removeEventListener("message", onMessage);
    };
  }, [near, data, table, values, baselineValues, view.mineral, draws, seed]);

  const rows = useMemo<UncertaintyRow[]>(() => {
    if (!result) return [];
    const r = result.scenario;
    const b = result.baseline;
    return [
      {
        label: "Pakistan cheapest of five",
        scenario: r.pPakistanCheapest * 100,
        baseline: b.pPakistanCheapest * 100,
      },
      ...(["AU", "CA", "UA", "CN"] as const).map((c) => ({
        label: `cheaper than ${COUNTRY_LABELS[c]}`,
        scenario: r.pCheaperThan[c] * 100,
        baseline: b.pCheaperThan[c] * 100,
      })),
    ];
  }, [result]);

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
      {result ? (
        <ChartFrame
          id="uncertainty"
          title={`Probability that Pakistan lands cheapest, ${mineralName.toLowerCase()}`}
          subtitle={`Share of ${formatNumber(result.scenario.draws)} Monte Carlo draws (seed ${result.scenario.seed}); every cost assumption drawn from a triangular distribution (low, current value, high).`}
          sources={sources}
          scenario={scenarioLabel}
          legend={<SeriesLegend items={LEGEND} />}
          exportData={{
            mineral: mineralName,
            changes,
            legend: LEGEND,
            csv: {
              columns: [
                { label: "Event" },
                { label: "Probability, scenario (%)" },
                { label: "Probability, preset (%)" },
              ],
              rows: rows.map((r) => [r.label, r.scenario, r.baseline]),
            },
          }}
          table={
            <>
              <DataTable
                caption="Probabilities, scenario and preset"
                columns={[
                  { key: "label", label: "Event" },
                  { key: "scenario", label: "Scenario (%)", numeric: true },
                  { key: "baseline", label: "Preset (%)", numeric: true },
                ]}
                rows={rows.map((r) => ({
                  label: r.label,
                  scenario: formatNumber(r.scenario, 1),
                  baseline: r.baseline === null ? "" : formatNumber(r.baseline, 1),
                }))}
              />
              <DataTable
                caption="Landed cost bands, scenario (USD per tonne)"
                columns={[
                  { key: "country", label: "Supplier" },
                  { key: "p5", label: "5th percentile", numeric: true },
                  { key: "p50", label: "Median", numeric: true },
                  { key: "p95", label: "95th percentile", numeric: true },
                ]}
                rows={SUPPLIERS.map((c) => {
                  const band = result.scenario.costBands[c];
                  return {
                    country: COUNTRY_LABELS[c]!,
                    p5: formatNumber(band.p5),
                    p50: formatNumber(band.p50),
                    p95: formatNumber(band.p95),
                  };
                })}
              />
            </>
          }
        >
          <div data-testid="uncertainty-result" data-p-cheapest={result.scenario.pPakistanCheapest}>
            <p className="headline-number">
              P(Pakistan cheapest):{" "}
              <strong>{formatNumber(result.scenario.pPakistanCheapest * 100, 1)} %</strong> (preset{" "}
              {formatNumber(result.baseline.pPakistanCheapest * 100, 1)} %)
            </p>
            <div
              role="img"
              aria-label={`Bar chart of probabilities: ${rows.map((r) => `${r.label} ${formatNumber(r.scenario, 1)} %${r.baseline === null ? "" : ` (preset ${formatNumber(r.baseline, 1)} %)`}`).join("; ")}.`}
            >
              <ProbabilityChart rows={rows} />
            </div>
          </div>
        </ChartFrame>
      ) : null}
    </section>
  );
}
