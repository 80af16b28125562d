"use client";

import { useDeferredValue, useMemo } from "react";
import { presetValues } from "@/lib/model/presets";
import { normaliseScenario } from "@/lib/model/scenario";
import { type Assumption, type Preset } from "@/lib/model/types";
import { type Snapshot } from "@/lib/url/lab-state";
import { serializeScenarioParams } from "@/lib/url/scenario-params";
import { type LabFrame } from "@/lib/views/lab";

/**
 * The scenario as seen by the parts of the lab a slider step need not paint at once: the break-even sentence, the
 * Monte Carlo and robustness runs (which wait for the slider to rest anyway) and the saved scenarios. Deferred
 * values: a step renders the claims and the charts it moves and paints them, and these follow in a background
 * render that the next step interrupts, so a drag never waits for them.
 */
export function useLaterInputs(
  table: readonly Assumption[],
  presets: readonly Preset[],
  current: Snapshot,
  frame: LabFrame,
) {
  const later = useDeferredValue(current);
  const laterFrame = useDeferredValue(frame);
  const preset = presets.find((p) => p.id === later.preset) ?? presets[0]!;
  const baselineValues = useMemo(() => presetValues(table, preset), [table, preset]);
  // The uncertainty runs and saved scenarios are keyed by the normalised scenario, as a link writes it.
  const normalised = useMemo(() => {
    const changed = table.filter((a) => later.values[a.key] !== baselineValues[a.key]);
    const n = normaliseScenario(table, presets, {
      preset: later.preset,
      assumptions: Object.fromEntries(changed.map((a) => [a.key, later.values[a.key]!])),
    });
    return n.ok ? n.scenario : { preset: later.preset, values: later.values, changed: {} };
  }, [table, presets, later, baselineValues]);
  const toRun = useMemo(
    () => ({
      scenario: { query: serializeScenarioParams(normalised, table).toString(), values: later.values },
      preset: {
        query: serializeScenarioParams(
          { preset: preset.id, values: baselineValues, changed: {} },
          table,
        ).toString(),
        values: baselineValues,
      },
    }),
    [normalised, table, later.values, preset.id, baselineValues],
  );
  const fixedKeys = useMemo(() => Object.keys(preset.values), [preset]);
  return { values: later.values, baselineValues, normalised, toRun, fixedKeys, frame: laterFrame };
}
