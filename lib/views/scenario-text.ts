import { formatNumber } from "../charts/format";
import { countryName } from "../data/country-names";
import { type Assumption, type Preset, type ScenarioValues } from "../model/types";

/**
 * A scenario in words, for the reading pages, the lab and the exports alike: one way to name an assumption, one
 * way to write its value, one sentence for the scenario. Browser-safe (the lab runs it on every change).
 */

/** An assumption's name in parts: whose it is, the quantity, the unit. */
export interface AssumptionNameParts {
  /** "Pakistan"; null for a global assumption. */
  who: string | null;
  /** "country risk premium". */
  quantity: string;
  /** "percentage points". */
  unit: string;
}

export function assumptionNameParts(a: Assumption): AssumptionNameParts {
  return { who: a.country ? countryName(a.country) : null, quantity: a.label, unit: a.unit };
}

/** "Pakistan — country risk premium"; a global assumption is its quantity alone. */
export function assumptionShortName(a: Assumption): string {
  const p = assumptionNameParts(a);
  return p.who ? `${p.who} — ${p.quantity}` : p.quantity;
}

/** "Pakistan — mining wage (USD per year)": the slider's name, with the unit. */
export function assumptionName(a: Assumption): string {
  return `${assumptionShortName(a)} (${a.unit})`;
}

/** A value as a reader sees it: "6 percentage points", "on", a choice's label. */
export function formatAssumptionValue(a: Assumption, x: number): string {
  if (a.kind === "switch") return x >= 0.5 ? "on" : "off";
  if (a.kind === "choice") return a.options?.find((o) => o.value === x)?.label ?? String(x);
  if (a.unit === "year") return String(x);
  return `${formatNumber(x)} ${a.unit}`;
}

/** One assumption that differs from a reference scenario. */
export interface ChangedAssumption {
  key: string;
  name: AssumptionNameParts;
  value: number;
  reference: number;
  /** "Pakistan — country risk premium: 6 percentage points (baseline 12.02 percentage points)". */
  text: string;
}

/** Every assumption whose value differs from `reference`, in table order. */
export function changedAssumptions(
  table: readonly Assumption[],
  values: ScenarioValues,
  reference: ScenarioValues,
): ChangedAssumption[] {
  return table
    .filter((a) => values[a.key] !== undefined && values[a.key] !== reference[a.key])
    .map((a) => ({
      key: a.key,
      name: assumptionNameParts(a),
      value: values[a.key]!,
      reference: reference[a.key]!,
      text: `${assumptionShortName(a)}: ${formatAssumptionValue(a, values[a.key]!)} (baseline ${formatAssumptionValue(a, reference[a.key]!)})`,
    }));
}

/** How a scenario is written everywhere: its one-line name and, for exports, every change from the baseline. */
export interface ScenarioDescription {
  /** "Stress case, with 1 assumption changed (Pakistan — country risk premium = 6 percentage points)". */
  line: string;
  /** Assumptions changed from the preset. */
  fromPreset: ChangedAssumption[];
  /** Every assumption that differs from the evidence baseline, one sentence each, as exported figures print them. */
  fromBaseline: string[];
}

const MAX_LISTED = 4;

/**
 * Describes a scenario: the preset's label and the assumptions changed from it (the first four named with their
 * values), and every difference from the evidence baseline (`defaults`) for exports.
 */
export function describeScenario(
  table: readonly Assumption[],
  preset: Preset,
  values: ScenarioValues,
  defaults: ScenarioValues,
): ScenarioDescription {
  const presetValues = { ...defaults, ...preset.values };
  const fromPreset = changedAssumptions(table, values, presetValues);
  const byKey = new Map(table.map((a) => [a.key, a]));
  let line = preset.label;
  if (fromPreset.length) {
    const listed = fromPreset
      .slice(0, MAX_LISTED)
      .map(
        (c) =>
          `${assumptionShortName(byKey.get(c.key)!)} = ${formatAssumptionValue(byKey.get(c.key)!, c.value)}`,
      )
      .join("; ");
    const more = fromPreset.length > MAX_LISTED ? `; and ${fromPreset.length - MAX_LISTED} more` : "";
    line += `, with ${fromPreset.length} assumption${fromPreset.length === 1 ? "" : "s"} changed (${listed}${more})`;
  }
  return { line, fromPreset, fromBaseline: changedAssumptions(table, values, defaults).map((c) => c.text) };
}
/** The lead of each preset's description; the rest is written from the values the preset sets. */
const PRESET_LEADS: Readonly<Record<string, string>> = {
  "evidence-baseline": "Published figures and the sourced defaults for every assumption",
  "article-framing": "Only wages differ between countries",
  "stress-case": "Risk priced in full, costlier security and slower projects in the riskier countries",
};

/** A preset in words: its lead (what it is for) and, written from its values, what it sets. */
export interface PresetDescription {
  /** "Only wages differ between countries". */
  lead: string;
  /** One phrase per quantity set: "labour productivity relative to the US 1 multiplier for Pakistan, China". */
  sets: string[];
  /** The lead and every phrase, as the API and the lab print it. */
  text: string;
}

/**
 * A preset in words, written from the values it sets: its lead, then each quantity it sets with the value and the
 * countries it applies to, so a preset cannot say one thing and set another.
 */
export function describePreset(table: readonly Assumption[], preset: Preset): PresetDescription {
  const byKey = new Map(table.map((a) => [a.key, a]));
  const groups = new Map<string, { a: Assumption; value: number; who: string[] }[]>();
  for (const [key, value] of Object.entries(preset.values)) {
    const a = byKey.get(key);
    if (!a) continue;
    const list = groups.get(a.label) ?? [];
    list.push({ a, value, who: a.country ? [countryName(a.country)] : [] });
    groups.set(a.label, list);
  }
  const parts = [...groups.entries()].map(([label, items]) => {
    const values = new Set(items.map((i) => i.value));
    const who = items.flatMap((i) => i.who);
    if (values.size === 1) {
      const shown = formatAssumptionValue(items[0]!.a, items[0]!.value);
      return who.length ? `${label} ${shown} for ${who.join(", ")}` : `${label} ${shown}`;
    }
    return `${label}: ${items.map((i) => `${formatAssumptionValue(i.a, i.value)} for ${i.who.join(", ")}`).join("; ")}`;
  });
  const lead = PRESET_LEADS[preset.id] ?? preset.label;
  return { lead, sets: parts, text: parts.length ? `${lead}. Sets ${parts.join("; ")}.` : `${lead}.` };
}
