"use client";

import { memo } from "react";
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
import { Live } from "./live";

/** What the chart sections of the lab receive: the model's results and what every chart carries. */
export interface SectionInputs extends LabResults {
  frame: LabFrame;
}

const CostChart = memo(function CostChart({ frame, ...results }: SectionInputs) {
  return <ChartFrame model={buildLabCostChart(results, frame)} deferTable />;
});

const GapChart = memo(function GapChart({ frame, ...results }: SectionInputs) {
  return <ChartFrame model={buildLabGapChart(results, frame)} deferTable />;
});

const DependencyChart = memo(function DependencyChart({ frame, ...results }: SectionInputs) {
  return <ChartFrame model={buildLabDependencyChart(results, frame)} deferTable />;
});

const MixChart = memo(function MixChart({ frame, year, ...results }: SectionInputs & { year: number }) {
  return <ChartFrame model={buildLabMixChart(results, frame, year)} deferTable />;
});

export function CostSection(props: SectionInputs) {
  return <Live Chart={CostChart} inputs={props} />;
}

export function GapSection(props: SectionInputs) {
  return <Live Chart={GapChart} inputs={props} />;
}

export function DependencySection(props: SectionInputs) {
  return <Live Chart={DependencyChart} inputs={props} />;
}

export function MixSection(props: SectionInputs & { year: number }) {
  return <Live Chart={MixChart} inputs={props} />;
}

/** The tornado the server computed for the scenario and view the page opened with (scenario/page.tsx). */
export interface SensitivityAtStart {
  values: ScenarioValues;
  mineral: MineralModelData["id"];
  competitor: LabView["competitor"];
  sensitivity: Sensitivity;
}

const sameValues = (a: ScenarioValues, b: ScenarioValues) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

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

// The sensitivity runs the model twice per assumption: it is computed only while the tornado is on screen, and not
// at all for the scenario the page opened with (on a phone it was the longest task of the lab's hydration).
const TornadoChart = memo(function TornadoChart({
  atStart,
  data,
  table,
  values,
  mineral,
  competitor,
  frame,
}: TornadoInputs) {
  const sensitivity =
    atStart &&
    atStart.mineral === mineral.id &&
    atStart.competitor === competitor &&
    sameValues(atStart.values, values)
      ? atStart.sensitivity
      : computeSensitivity(data, table, values, mineral.id, competitor);
  const names = new Map(table.map((a) => [a.key, assumptionName(a)]));
  return (
    <ChartFrame
      model={buildLabTornadoChart(sensitivity, (k) => names.get(k) ?? k, mineral.name, frame)}
      deferTable
    />
  );
});

export function TornadoSection(props: TornadoInputs) {
  return <Live Chart={TornadoChart} inputs={props} />;
}
