"use client";

import { memo, useMemo } from "react";
import { type MineralModelData, type ModelData } from "@/lib/model/model-data";
import { computeSensitivity, type Sensitivity } from "@/lib/model/sensitivity";
import { type Assumption, type ScenarioValues } from "@/lib/model/types";
import { type LabView } from "@/lib/url/lab-state";
import {
  buildLabCostChart,
  buildLabDependencyChart,
  buildLabGapChart,
  buildLabMixChart,
  buildLabTornadoChart,
  type LabFrame,
  type LabResults,
} from "@/lib/views/lab";
import { assumptionName } from "@/lib/views/scenario-text";
import { ChartFrame } from "@/app/ui/chart-frame";
import { sameValues } from "./same-values";

/** What the chart sections of the lab receive: the model's results and what every chart carries. */
export interface SectionInputs extends LabResults {
  frame: LabFrame;
}

// Memoised: each redraws only when its results, its frame or its view change, and the lab draws every one on each
// slider step (none is held back while off screen), so a chart on screen never lags the claims above it.
export const CostSection = memo(function CostSection({ frame, ...results }: SectionInputs) {
  return <ChartFrame model={buildLabCostChart(results, frame)} deferTable />;
});

export const GapSection = memo(function GapSection({ frame, ...results }: SectionInputs) {
  return <ChartFrame model={buildLabGapChart(results, frame)} deferTable />;
});

export const DependencySection = memo(function DependencySection({ frame, ...results }: SectionInputs) {
  return <ChartFrame model={buildLabDependencyChart(results, frame)} deferTable />;
});

export const MixSection = memo(function MixSection({
  frame,
  year,
  ...results
}: SectionInputs & { year: number }) {
  return <ChartFrame model={buildLabMixChart(results, frame, year)} deferTable />;
});

/** The tornado the server computed for the scenario and view the page opened with (scenario/page.tsx). */
export interface SensitivityAtStart {
  values: ScenarioValues;
  mineral: MineralModelData["id"];
  competitor: LabView["competitor"];
  sensitivity: Sensitivity;
}

interface TornadoInputs {
  /** Used while the inputs are still those the page opened with: hydrating the lab then skips the computation. */
  atStart?: SensitivityAtStart;
  data: ModelData;
  table: readonly Assumption[];
  values: ScenarioValues;
  mineral: Pick<MineralModelData, "id" | "name">;
  competitor: LabView["competitor"];
  frame: LabFrame;
}

// The sensitivity prices every assumption's low and high on each slider step; computeSensitivity prices only the
// costs an assumption can move, which keeps it to about a millisecond. For the scenario the page opened with it is
// not computed at all (on a phone it was the longest task of the lab's hydration).
export const TornadoSection = memo(function TornadoSection({
  atStart,
  data,
  table,
  values,
  mineral,
  competitor,
  frame,
}: TornadoInputs) {
  const names = useMemo(() => new Map(table.map((a) => [a.key, assumptionName(a)])), [table]);
  const sensitivity =
    atStart &&
    atStart.mineral === mineral.id &&
    atStart.competitor === competitor &&
    sameValues(atStart.values, values)
      ? atStart.sensitivity
      : computeSensitivity(data, table, values, mineral.id, competitor);
  return (
    <ChartFrame
      model={buildLabTornadoChart(sensitivity, (k) => names.get(k) ?? k, mineral.name, frame)}
      deferTable
    />
  );
});
