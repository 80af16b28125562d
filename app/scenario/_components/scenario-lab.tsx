"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { buildHeadlines, describeHeadlines } from "@/lib/charts/headline";
import { countryName } from "@/lib/data/country-names";
import { describePreset, describeScenario } from "@/lib/views/scenario-text";
import { type Source } from "@/lib/data/sources";
import { defaultValues, KEYS } from "@/lib/model/assumptions";
import { type ModelContext } from "@/lib/model/context";
import { presetValues } from "@/lib/model/presets";
import { normaliseScenario, runScenario } from "@/lib/model/scenario";
import { type FieldMessage } from "@/lib/model/scenario";
import { COMPETITORS, type LabView, type Snapshot } from "@/lib/url/lab-state";
import { FocusableButton } from "@/app/ui/focusable-button";
import { UrlNotice } from "@/app/ui/url-notice";
import { AbCompare } from "./ab-compare";
import { AssumptionPanel } from "./assumption-panel";
import { BreakEvenPanel } from "./break-even-panel";
import { ClaimsSummary } from "./claims-summary";
import { CostSection, DependencySection, GapSection, MixSection, TornadoSection } from "./lab-sections";
import { SavedScenarios } from "./saved-scenarios";
import { UncertaintyPanel } from "./uncertainty-panel";
import { useLabState } from "./use-lab-state";

export interface ScenarioLabProps {
  ctx: ModelContext;
  initial: { current: Snapshot; a: Snapshot | null; view: LabView };
  warnings: readonly FieldMessage[];
  sourceLabels: Readonly<Record<string, string>>;
  /** Sources cited on every lab chart (model inputs), plus the USGS chapter per mineral. */
  labSources: readonly Source[];
  mineralSources: Readonly<Record<string, Source>>;
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
  const result = useMemo(() => runScenario(data, current.values), [data, current.values]);
  const baseline = useMemo(() => runScenario(data, baselineValues), [data, baselineValues]);
  const aResult = useMemo(() => (a ? runScenario(data, a.values) : null), [data, a]);
  const described = useMemo(
    () => describeScenario(table, preset, current.values, defaults),
    [table, preset, current.values, defaults],
  );
  const changes = described.fromPreset;
  const scenarioLabel = `Scenario: ${described.line}`;
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

  const normalised = useMemo(() => {
    const n = normaliseScenario(table, presets, {
      preset: current.preset,
      assumptions: Object.fromEntries(changes.map((c) => [c.key, c.value])),
    });
    return n.ok ? n.scenario : { preset: current.preset, values: current.values, changed: {} };
  }, [table, presets, current, changes]);

  const onReset = useCallback((keys: readonly string[]) => dispatch({ type: "reset", keys }), [dispatch]);
  const onView = useCallback((v: Partial<LabView>) => dispatch({ type: "view", view: v }), [dispatch]);
  const onLoad = useCallback(
    (s: Snapshot) => dispatch({ type: "load", current: s, navigation: "push" }),
    [dispatch],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (
        t &&
        ((t.tagName === "INPUT" && (t as HTMLInputElement).type !== "range") ||
          t.tagName === "TEXTAREA" ||
          t.tagName === "SELECT")
      )
        return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        dispatch({ type: e.shiftKey ? "redo" : "undo" });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dispatch]);

  const sources = useMemo(
    () => [...(mineralSources[view.mineral] ? [mineralSources[view.mineral]!] : []), ...labSources],
    [mineralSources, view.mineral, labSources],
  );
  const exportChanges = described.fromBaseline;
  const sectionInputs = {
    mineral,
    result,
    baseline,
    a: aResult,
    sources,
    scenarioLabel,
    changes: exportChanges,
  };

  return (
    <div className="lab">
      <h1>Scenario lab</h1>
      <p className="lede">
        Change any assumption and watch the costs, US dependence and the article&apos;s five claims move.
        Every value starts from a published figure or a labelled assumption; the{" "}
        <a href="/sources#method">method</a> explains the model.
      </p>
      <UrlNotice warnings={warnings} />

      {/* A group, not a toolbar: each control is its own Tab stop, not one arrow-key widget as role toolbar promises. */}
      <div className="lab__toolbar" role="group" aria-label="Scenario tools">
        <label>
          Preset
          <select value={current.preset} onChange={(e) => dispatch({ type: "preset", id: e.target.value })}>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <FocusableButton
          onClick={() => dispatch({ type: "reset", keys: table.map((x) => x.key) })}
          unavailable={!changes.length}
        >
          Reset all
        </FocusableButton>
        <FocusableButton onClick={() => dispatch({ type: "undo" })} unavailable={!state.past.length}>
          Undo
        </FocusableButton>
        <FocusableButton onClick={() => dispatch({ type: "redo" })} unavailable={!state.future.length}>
          Redo
        </FocusableButton>
        <span className="lab__toolbar-sep" aria-hidden="true" />
        <button type="button" onClick={() => dispatch({ type: "pin-a" })}>
          Keep as A
        </button>
        <FocusableButton onClick={() => dispatch({ type: "copy-a-to-b" })} unavailable={!a}>
          Copy A to B
        </FocusableButton>
        <FocusableButton onClick={() => dispatch({ type: "swap" })} unavailable={!a}>
          Swap A and B
        </FocusableButton>
        <FocusableButton onClick={() => dispatch({ type: "clear-a" })} unavailable={!a}>
          Clear A
        </FocusableButton>
      </div>
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

          <div className="lab__view" role="group" aria-label="What the charts show">
            <label>
              Mineral
              <select
                value={view.mineral}
                onChange={(e) => onView({ mineral: e.target.value as LabView["mineral"] })}
              >
                {data.minerals.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                    {m.costBasis === "assumption" ? " (costs assumed)" : ""}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Competitor
              <select
                value={view.competitor}
                onChange={(e) => onView({ competitor: e.target.value as LabView["competitor"] })}
              >
                {COMPETITORS.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c)}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <CostSection {...sectionInputs} />
          <GapSection {...sectionInputs} />
          <DependencySection {...sectionInputs} />
          <MixSection {...sectionInputs} year={targetYear} />

          <BreakEvenPanel
            data={data}
            table={table}
            values={current.values}
            baselineValues={baselineValues}
            view={view}
            mineralName={mineral.name}
            onView={onView}
          />

          <TornadoSection
            changes={exportChanges}
            data={data}
            table={table}
            values={current.values}
            mineral={mineral}
            competitor={view.competitor}
            sources={sources}
            scenarioLabel={scenarioLabel}
          />

          <UncertaintyPanel
            changes={exportChanges}
            data={data}
            table={table}
            values={current.values}
            baselineValues={baselineValues}
            view={view}
            mineralName={mineral.name}
            sources={sources}
            scenarioLabel={scenarioLabel}
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

          <SavedScenarios table={table} presets={presets} scenario={normalised} onLoad={onLoad} />
        </div>
      </div>
    </div>
  );
}
