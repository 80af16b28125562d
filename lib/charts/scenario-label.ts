import { assumptionName } from "../model/assumptions";
import { type Assumption, type Preset, type ScenarioValues } from "../model/types";
import { formatNumber } from "./format";

/** One assumption that differs from the preset, as a reader sees it. */
export interface ChangedAssumption {
  key: string;
  name: string;
  value: number;
  presetValue: number;
  /** "Pakistan — country risk premium: 6 percentage points (baseline 12.02)". */
  text: string;
}

function show(a: Assumption, x: number): string {
  if (a.kind === "switch") return x >= 0.5 ? "on" : "off";
  if (a.kind === "choice") return a.options?.find((o) => o.value === x)?.label ?? String(x);
  return `${formatNumber(x)} ${a.unit}`;
}

/** Every assumption whose value differs from the preset's, in table order, with a sentence for each. */
export function listChanges(
  table: readonly Assumption[],
  preset: Preset,
  values: ScenarioValues,
  defaults: ScenarioValues,
): ChangedAssumption[] {
  const base = { ...defaults, ...preset.values };
  return table
    .filter((a) => values[a.key] !== base[a.key])
    .map((a) => ({
      key: a.key,
      name: assumptionName(a),
      value: values[a.key]!,
      presetValue: base[a.key]!,
      text: `${a.country ? assumptionName(a).replace(/ \(.*\)$/, "") : a.label}: ${show(a, values[a.key]!)} (baseline ${show(a, base[a.key]!)})`,
    }));
}

/** "Evidence baseline" or "Article's framing, 2 changes: …". */
export function describeScenario(preset: Preset, changes: readonly ChangedAssumption[], max = 4): string {
  if (!changes.length) return preset.label;
  const shown = changes
    .slice(0, max)
    .map((c) => c.text)
    .join("; ");
  const more = changes.length > max ? `; and ${changes.length - max} more` : "";
  return `${preset.label} with ${changes.length} change${changes.length === 1 ? "" : "s"}: ${shown}${more}`;
}

/**
 * Every assumption that differs from the evidence baseline (the defaults), as exports print them:
 * "Pakistan — country risk premium: 6 percentage points (baseline 12.02 percentage points)".
 */
export function changesFromBaseline(
  table: readonly Assumption[],
  values: ScenarioValues,
  defaults: ScenarioValues,
): string[] {
  return table
    .filter((a) => values[a.key] !== undefined && values[a.key] !== defaults[a.key])
    .map(
      (a) =>
        `${a.country ? assumptionName(a).replace(/ \(.*\)$/, "") : a.label}: ${show(a, values[a.key]!)} (baseline ${show(a, defaults[a.key]!)})`,
    );
}
