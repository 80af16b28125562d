"use client";

import { type Headline } from "@/lib/views/lab-headlines";
import { type Assumption, type ScenarioValues } from "@/lib/model/types";
import { buildAbAssumptionsTable, buildAbResultsTable } from "@/lib/views/lab-compare";
import { DataTable } from "@/app/ui/chart-table";

export interface AbCompareProps {
  table: readonly Assumption[];
  aValues: ScenarioValues;
  bValues: ScenarioValues;
  aPreset: string;
  bPreset: string;
  presetLabel: (id: string) => string;
  aHeadlines: readonly Headline[];
  bHeadlines: readonly Headline[];
}

/** The difference tables of an A/B comparison: every assumption that differs, and every headline result. */
export function AbCompare({
  table,
  aValues,
  bValues,
  aPreset,
  bPreset,
  presetLabel,
  aHeadlines,
  bHeadlines,
}: AbCompareProps) {
  return (
    <section aria-labelledby="ab-heading" className="panel">
      <h2 id="ab-heading">Scenario A and scenario B</h2>
      <p>
        A: {presetLabel(aPreset)} (pinned). B: {presetLabel(bPreset)} (being edited). The charts show A beside
        B and the preset.
      </p>
      <DataTable table={buildAbAssumptionsTable(table, aValues, bValues)} />
      <DataTable table={buildAbResultsTable(aHeadlines, bHeadlines)} />
    </section>
  );
}
