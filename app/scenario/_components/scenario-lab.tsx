"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { type ExportSource } from "@/lib/export/figure";
import { defaultValues, KEYS } from "@/lib/model/assumptions";
import { type ModelContext } from "@/lib/model/context";
import { presetValues } from "@/lib/model/presets";
import { type FieldMessage, runScenario } from "@/lib/model/scenario";
import { type LabView, type Snapshot } from "@/lib/url/lab-state";
import { type LabFrame } from "@/lib/views/lab";
import { buildHeadlines, describeHeadlines } from "@/lib/views/lab-headlines";
import { describePreset, describeScenario } from "@/lib/views/scenario-text";
import { UrlNotice } from "@/app/ui/url-notice";
import { AbCompare } from "./ab-compare";
import { AssumptionPanel } from "./assumption-panel";
import { BreakEvenPanel } from "./break-even-panel";
import { ClaimsSummary } from "./claims-summary";
import * as sections from "./lab-sections";
import { LabToolbar } from "./lab-toolbar";
import { LabViewSelect } from "./lab-view-select";
import { SavedScenarios } from "./saved-scenarios";
import { RobustnessPanel } from "./robustness-panel";
import { UncertaintyPanel } from "./uncertainty-panel";
import { sameValues } from "./same-values";
import { useLabState } from "./use-lab-state";
import { useLaterInputs } from "./use-later-inputs";

export interface ScenarioLabProps {
  ctx: ModelContext;
  initial: { current: Snapshot; a: Snapshot | null; view: LabView };
  warnings: readonly FieldMessage[];
  sourceLabels: Readonly<Record<string, string>>;
  /** Sources cited on every lab chart (model inputs), plus the USGS chapter per mineral. */
  labSources: readonly ExportSource[];
  mineralSources: Readonly<Record<string, ExportSource>>;
  sensitivityAtStart?: sections.SensitivityAtStart;
}

const STATUS_DELAY_MS = 400;

/** The scenario lab: sliders on one side, the claims, live charts and tools on the other. */
export function ScenarioLab({
  ctx,
  initial,
  warnings,
  sourceLabels,
  labSources,
  mineralSources,
  sensitivityAtStart,
}: ScenarioLabProps) {
  const { data, table, presets } = ctx;
  const { state, dispatch, set } = useLabState(table, presets, initial);
  const { current, a, view } = state;
  const defaults = useMemo(() => defaultValues(table), [table]);
  const preset = presets.find((p) => p.id === current.preset) ?? presets[0]!;
  const baselineValues = useMemo(() => presetValues(table, preset), [table, preset]);
  const mineral = data.minerals.find((m) => m.id === view.mineral)!;
  const targetYear = current.values[KEYS.targetYear]!;

  // Model results are derived state, memoised on the values that feed them.
  const baseline = useMemo(() => runScenario(data, baselineValues), [data, baselineValues]);
  const result = useMemo(
    () => (sameValues(current.values, baselineValues) ? baseline : runScenario(data, current.values)),
    [data, current.values, baselineValues, baseline],
  );
  const aResult = useMemo(() => (a ? runScenario(data, a.values) : null), [data, a]);
  const described = useMemo(
    () => describeScenario(table, preset, current.values, defaults),
    [table, preset, current.values, defaults],
  );
  const changes = described.fromPreset;
  const headlineView = useMemo(
    () => ({ mineral: view.mineral, mineralName: mineral.name, competitor: view.competitor, targetYear }),
    [view.mineral, mineral.name, view.competitor, targetYear],
  );
  const status = useMemo(() => describeHeadlines(result, headlineView), [result, headlineView]);
  const [statusText, setStatusText] = useState(status);
  useEffect(() => {
    const t = window.setTimeout(() => setStatusText(status), STATUS_DELAY_MS);
    return () => window.clearTimeout(t);
  }, [status]);

  const resetKeys = useMemo(() => table.map((x) => x.key), [table]);
  const onReset = useCallback((keys: readonly string[]) => dispatch({ type: "reset", keys }), [dispatch]);
  const onView = useCallback((v: Partial<LabView>) => dispatch({ type: "view", view: v }), [dispatch]);
  const onLoad = useCallback(
    (s: Snapshot) => dispatch({ type: "load", current: s, navigation: "push" }),
    [dispatch],
  );

  const sources = useMemo(
    () => [...(mineralSources[view.mineral] ? [mineralSources[view.mineral]!] : []), ...labSources],
    [mineralSources, view.mineral, labSources],
  );
  const frame = useMemo<LabFrame>(
    () => ({ sources, scenario: described.line, changes: described.fromBaseline }),
    [sources, described],
  );
  const sectionInputs = { mineral, result, baseline, a: aResult, frame };
  // A step paints the claims and the charts it moves first; the panels below follow it (use-later-inputs.ts).
  const later = useLaterInputs(table, presets, current, frame);

  return (
    <div className="lab">
      <h1>Scenario lab</h1>
      <p className="lede">
        Change any assumption and watch the costs, US dependence and the article&apos;s five claims move.
        Every value starts from a published figure or a labelled assumption; the{" "}
        <a href="/sources#method">method</a> explains the model.
      </p>
      <UrlNotice warnings={warnings} />

      <LabToolbar
        presets={presets}
        preset={current.preset}
        dispatch={dispatch}
        canReset={changes.length > 0}
        canUndo={state.past.length > 0}
        canRedo={state.future.length > 0}
        hasA={!!a}
        resetKeys={resetKeys}
      />
      <p className="lab__preset-note">{describePreset(table, preset).text}</p>
      <p role="status" aria-live="polite" className="lab__status">
        {statusText}
      </p>

      <div className="lab__body">
        <AssumptionPanel
          table={table}
          presets={presets}
          preset={current.preset}
          values={current.values}
          sourceLabels={sourceLabels}
          onChange={set}
          onReset={onReset}
        />

        <div className="lab__results">
          <ClaimsSummary claims={result.claims} baseline={baseline.claims} />

          <LabViewSelect
            minerals={data.minerals}
            mineral={view.mineral}
            competitor={view.competitor}
            onView={onView}
          />

          <sections.CostSection {...sectionInputs} />
          <sections.GapSection {...sectionInputs} />
          <sections.DependencySection {...sectionInputs} />
          <sections.MixSection {...sectionInputs} year={targetYear} />

          <BreakEvenPanel
            data={data}
            table={table}
            values={later.values}
            baselineValues={later.baselineValues}
            view={view}
            mineralName={mineral.name}
            onView={onView}
          />

          <sections.TornadoSection
            atStart={sensitivityAtStart}
            data={data}
            table={table}
            values={current.values}
            mineral={mineral}
            competitor={view.competitor}
            frame={frame}
          />

          <UncertaintyPanel
            data={data}
            table={table}
            scenario={later.toRun.scenario}
            preset={later.toRun.preset}
            fixed={later.fixedKeys}
            mineral={mineral}
            frame={later.frame}
          />

          <RobustnessPanel
            table={table}
            query={later.toRun.scenario.query}
            mineral={mineral}
            competitor={view.competitor}
            frame={later.frame}
          />

          {a && aResult ? (
            <AbCompare
              table={table}
              aValues={a.values}
              bValues={current.values}
              aPreset={a.preset}
              bPreset={current.preset}
              presetLabel={(id) => presets.find((p) => p.id === id)?.label ?? id}
              aHeadlines={buildHeadlines(aResult, headlineView)}
              bHeadlines={buildHeadlines(result, headlineView)}
            />
          ) : null}

          <SavedScenarios table={table} presets={presets} scenario={later.normalised} onLoad={onLoad} />
        </div>
      </div>
    </div>
  );
}
