import { computeClaims, type ClaimResult } from "./claims";
import { type ClaimDrawOptions, type ClaimProbabilities, runClaimDraws } from "./claim-draws";
import { computeDependency, type MineralDependency } from "./dependency";
import { computeLandedCost, costKey, type LandedCost } from "./landed-cost";
import { type ModelData } from "./model-data";
import { DEFAULT_PRESET, presetValues } from "./presets";
import { type Assumption, COST_COUNTRIES, type Preset, type ScenarioValues } from "./types";
import { quoteInput } from "../text/visible";

/** One problem with a request, named by the field it concerns. */
export interface FieldMessage {
  field: string;
  message: string;
}

/** A scenario after validation: its preset, every value after clamping, and the values that differ from the preset. */
export interface NormalisedScenario {
  preset: string;
  values: ScenarioValues;
  /** Keys whose value differs from the preset's, with the value. */
  changed: Readonly<Record<string, number>>;
}

/** The model's inputs as an API body or parsed URL: a preset id and assumption values (still unchecked). */
export interface ScenarioInput {
  preset?: unknown;
  assumptions?: Record<string, unknown>;
}

function formatBound(a: Assumption, x: number): string {
  return `${x} ${a.unit}`;
}

/**
 * Validates and normalises a scenario. Unknown presets and keys and values that are not finite numbers are
 * errors (the caller answers 400, or the page ignores them with a notice); numbers outside the slider bounds are
 * clamped and reported as warnings; switches and choices are rounded to a valid option.
 */
export function normaliseScenario(
  table: readonly Assumption[],
  presets: readonly Preset[],
  input: ScenarioInput,
  /** How a problem names an assumption: its path in an API body by default; a page names the URL parameter (the key). */
  fieldPrefix = "assumptions.",
):
  | { ok: true; scenario: NormalisedScenario; warnings: FieldMessage[] }
  | { ok: false; errors: FieldMessage[]; warnings: FieldMessage[] } {
  const errors: FieldMessage[] = [];
  const warnings: FieldMessage[] = [];
  let preset = presets.find((p) => p.id === DEFAULT_PRESET)!;
  if (input.preset !== undefined) {
    const found = typeof input.preset === "string" ? presets.find((p) => p.id === input.preset) : undefined;
    if (found) preset = found;
    else
      errors.push({
        field: "preset",
        message: `unknown preset ${quoteInput(String(input.preset))}; use one of ${presets.map((p) => p.id).join(", ")}`,
      });
  }
  const base = presetValues(table, preset);
  const values: Record<string, number> = { ...base };
  const byKey = new Map(table.map((a) => [a.key, a]));
  for (const [key, raw] of Object.entries(input.assumptions ?? {})) {
    const a = byKey.get(key);
    const field = `${fieldPrefix}${key}`;
    if (!a) {
      errors.push({
        field,
        message: `unknown assumption key ${quoteInput(key)}; GET /api/assumptions lists the keys`,
      });
      continue;
    }
    if (typeof raw !== "number" || !Number.isFinite(raw)) {
      errors.push({
        field,
        message: `${a.key} must be a finite number in ${a.unit} (from ${a.min} to ${a.max}), got ${describe(raw)}`,
      });
      continue;
    }
    let x = raw;
    if (x < a.min) {
      warnings.push({
        field,
        message: `${x} is below the minimum ${formatBound(a, a.min)} for ${a.key}; clamped to ${a.min}`,
      });
      x = a.min;
    } else if (x > a.max) {
      warnings.push({
        field,
        message: `${x} is above the maximum ${formatBound(a, a.max)} for ${a.key}; clamped to ${a.max}`,
      });
      x = a.max;
    }
    if (a.kind !== "number" && !Number.isInteger(x)) {
      const rounded = Math.round(x);
      warnings.push({
        field,
        message: `${a.key} takes whole values (${a.options?.map((o) => `${o.value} = ${o.label}`).join(", ") ?? "0 = off, 1 = on"}); ${x} rounded to ${rounded}`,
      });
      x = rounded;
    }
    values[key] = x;
  }
  if (errors.length) return { ok: false, errors, warnings };
  const changed = Object.fromEntries(Object.entries(values).filter(([k, x]) => base[k] !== x));
  return { ok: true, scenario: { preset: preset.id, values, changed }, warnings };
}

function describe(raw: unknown): string {
  if (raw === null) return "null";
  if (typeof raw === "string") return `the text ${quoteInput(raw)}`;
  if (typeof raw === "number") return String(raw);
  return `a ${Array.isArray(raw) ? "list" : typeof raw}`;
}

/** Everything the model computes for one scenario. */
export interface ScenarioResult {
  costs: LandedCost[];
  dependency: MineralDependency[];
  claims: ClaimResult[];
  /** The claims' Monte Carlo, when it ran: its draws, seed and every probability. */
  probabilities: ClaimProbabilities | null;
}

/** Landed cost for every cost country × mineral, keyed "PK:copper". */
export function computeCosts(data: ModelData, values: ScenarioValues): Map<string, LandedCost> {
  const out = new Map<string, LandedCost>();
  for (const m of data.minerals)
    for (const c of COST_COUNTRIES) out.set(costKey(c, m.id), computeLandedCost(data, values, c, m));
  return out;
}

/** Asks runScenario for the claims' probabilities: the assumptions table to draw from, and what the preset fixes. */
export interface ProbabilityRequest extends ClaimDrawOptions {
  table: readonly Assumption[];
}

/**
 * Runs the whole model: costs for all countries × minerals, US dependency 2025–2035 per mineral, claims C1–C5.
 * With `probabilities`, also the claims' Monte Carlo, and the verdicts follow it; without (the lab's slider path,
 * well under a millisecond), the verdicts follow the point margins.
 */
export function runScenario(
  data: ModelData,
  values: ScenarioValues,
  probabilities?: ProbabilityRequest,
): ScenarioResult {
  const costs = computeCosts(data, values);
  const dependency = data.minerals.map((m) => computeDependency(data, values, m, costs));
  const drawn = probabilities ? runClaimDraws(data, probabilities.table, values, probabilities) : null;
  const claims = computeClaims({ data, values, costs, dependency }, drawn);
  return { costs: [...costs.values()], dependency, claims, probabilities: drawn };
}
