"use client";

import { memo, useMemo } from "react";
import { formatNumber } from "@/lib/charts/format";
import { countryName } from "@/lib/data/country-names";
import { assumptionName } from "@/lib/views/scenario-text";
import { type BreakEvenResult, solveBreakEven } from "@/lib/model/break-even";
import { type ModelData } from "@/lib/model/model-data";
import { type Assumption, type ScenarioValues } from "@/lib/model/types";
import { breakEvenCandidates, type LabView } from "@/lib/url/lab-state";
import { sameValues } from "./same-values";

function subject(a: Assumption): string {
  if (a.country === "PK") return `its ${a.label}`;
  if (a.country) return `${countryName(a.country)}'s ${a.label}`;
  return `the ${a.label}`;
}

/** The sentence a reader quotes: where, as one assumption moves, Pakistan stops (or starts) being cheaper. */
export function describeBreakEven(
  r: BreakEvenResult,
  a: Assumption,
  current: number,
  mineralName: string,
): string {
  const rival = countryName(r.competitor);
  const what = subject(a);
  const unit = a.unit === "%" ? " %" : ` ${a.unit}`;
  if (r.value === null) {
    const cheaper = r.gapAtMin < 0;
    return `No break-even within the slider's range (${formatNumber(a.min)}–${formatNumber(a.max)}${unit}): for ${mineralName.toLowerCase()}, Pakistan stays ${cheaper ? "cheaper" : "dearer"} than ${rival} whatever ${what}.`;
  }
  const x = `${formatNumber(r.value, 2)}${unit}`;
  const cheaperNow = r.currentGap < 0;
  if (r.pakistanCheaperBelow) {
    return cheaperNow
      ? `For ${mineralName.toLowerCase()}, Pakistan stays cheaper than ${rival} until ${what} exceeds ${x}.`
      : `For ${mineralName.toLowerCase()}, Pakistan is dearer than ${rival}; it becomes cheaper once ${what} falls below ${x}.`;
  }
  return cheaperNow
    ? `For ${mineralName.toLowerCase()}, Pakistan stays cheaper than ${rival} as long as ${what} stays above ${x}.`
    : `For ${mineralName.toLowerCase()}, Pakistan is dearer than ${rival}; it becomes cheaper once ${what} exceeds ${x}.`;
}

// Memoised: the panel redraws on every slider step, and the list holds every numeric assumption.
const AssumptionChoice = memo(function AssumptionChoice({
  candidates,
  value,
  onView,
}: {
  candidates: readonly Assumption[];
  value: string;
  onView: (v: Partial<LabView>) => void;
}) {
  return (
    <label>
      Assumption
      <select value={value} onChange={(e) => onView({ breakEvenKey: e.target.value })}>
        {candidates.map((c) => (
          <option key={c.key} value={c.key}>
            {assumptionName(c)}
          </option>
        ))}
      </select>
    </label>
  );
});

export interface BreakEvenPanelProps {
  data: ModelData;
  table: readonly Assumption[];
  values: ScenarioValues;
  baselineValues: ScenarioValues;
  view: LabView;
  mineralName: string;
  onView: (v: Partial<LabView>) => void;
}

/** Break-even solver: pick an assumption and a competitor; read where Pakistan's cost advantage flips. */
export const BreakEvenPanel = memo(function BreakEvenPanel({
  data,
  table,
  values,
  baselineValues,
  view,
  mineralName,
  onView,
}: BreakEvenPanelProps) {
  const candidates = useMemo(() => breakEvenCandidates(table), [table]);
  const a = candidates.find((x) => x.key === view.breakEvenKey) ?? candidates[0]!;
  const q = useMemo(
    () => ({ key: a.key, competitor: view.competitor, mineral: view.mineral }),
    [a.key, view.competitor, view.mineral],
  );
  const baseline = useMemo(
    () => solveBreakEven(data, table, baselineValues, q),
    [data, table, baselineValues, q],
  );
  const result = useMemo(
    () => (sameValues(values, baselineValues) ? baseline : solveBreakEven(data, table, values, q)),
    [data, table, values, baselineValues, q, baseline],
  );
  const current = values[a.key]!;
  return (
    <section aria-labelledby="break-even-heading" className="panel">
      <h2 id="break-even-heading">Break-even</h2>
      <div className="panel__controls">
        <AssumptionChoice candidates={candidates} value={a.key} onView={onView} />
      </div>
      <p className="break-even__sentence" data-testid="break-even-sentence">
        {describeBreakEven(result, a, current, mineralName)}
      </p>
      <p className="break-even__detail">
        Now: {formatNumber(current)} {a.unit}; Pakistan − {countryName(view.competitor)} = US$
        {formatNumber(result.currentGap)}/t.{" "}
        {baseline.value !== null
          ? `Under the preset the break-even is ${formatNumber(baseline.value, 2)} ${a.unit}.`
          : "Under the preset there is no break-even within the range."}
      </p>
    </section>
  );
});
