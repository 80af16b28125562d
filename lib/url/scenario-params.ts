import { DEFAULT_PRESET } from "../model/presets";
import { type FieldMessage, type NormalisedScenario, type ScenarioInput } from "../model/scenario";
import { type Assumption, type Preset } from "../model/types";
import { quoteInput as show } from "../text/visible";
import { findRetiredKey, retiredKeyMessage } from "./retired-keys";

/**
 * The scenario in a query string (OWID demography's urlState idea): `v` (format version), `preset`, and one
 * parameter per assumption that differs from the preset, named by its key. Pure; shared by the page and the API.
 */
export const URL_VERSION = 1;
export const VERSION_PARAM = "v";
export const PRESET_PARAM = "preset";
/** Scenario-page view state that shares the query string: selected mineral, competitor, break-even assumption, pinned scenario A. */
export const VIEW_PARAMS = ["mineral", "competitor", "be", "a"] as const;

/**
 * Migrations from older link formats to the current one, oldest first. Each takes the parameters of version
 * `from` and returns those of `from + 1`. Version 1 is the first published format, so the list is empty; a
 * renamed key would add e.g. { from: 1, migrate: (p) => rename(p, "wage-pak", "wage-pk") }. Keys retired with no
 * one-to-one successor (model v2's) are no migration: lib/url/retired-keys.ts names them and what replaced them,
 * whatever the link's version.
 */
export const MIGRATIONS: readonly { from: number; migrate: (params: URLSearchParams) => URLSearchParams }[] =
  [];

export interface ParsedScenarioParams {
  input: ScenarioInput;
  /** Problems that make the request invalid (strict mode) — in lenient mode they are warnings instead. */
  errors: FieldMessage[];
  /** Problems that were fixed or ignored. */
  warnings: FieldMessage[];
}

/** Numbers in the URL must look like numbers: no hex, no spaces, no "Infinity". */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const MAX_PARAM_LENGTH = 64;

/**
 * Reads scenario parameters. `strict` (the API) reports unknown, repeated or non-numeric parameters as errors;
 * lenient (the page) ignores them with a warning so a damaged link still opens. Out-of-range numbers are left for
 * normaliseScenario to clamp. `extraParams` names other parameters the caller accepts (view state such as the
 * selected mineral), which are skipped here.
 */
export function parseScenarioParams(
  params: URLSearchParams,
  table: readonly Assumption[],
  presets: readonly Preset[],
  options: { strict: boolean; extraParams?: readonly string[] },
): ParsedScenarioParams {
  const problems: FieldMessage[] = [];
  const warnings: FieldMessage[] = [];
  const keys = new Set(table.map((a) => a.key));
  const extra = new Set(options.extraParams ?? []);

  let version = URL_VERSION;
  const rawVersion = params.get(VERSION_PARAM);
  if (rawVersion !== null) {
    const n = Number(rawVersion);
    if (!/^\d{1,3}$/.test(rawVersion) || n < 1 || n > URL_VERSION) {
      problems.push({
        field: VERSION_PARAM,
        message: `unsupported link version ${show(rawVersion)}; this app reads versions 1 to ${URL_VERSION}`,
      });
    } else version = n;
  }
  let current = new URLSearchParams(params);
  for (const m of MIGRATIONS) if (m.from >= version) current = m.migrate(current);

  const input: ScenarioInput = {};
  const assumptions: Record<string, number> = {};
  const seen = new Set<string>();
  for (const [name, value] of current) {
    // View parameters belong to the page, which decides whether they may repeat (a checkbox list does).
    if (extra.has(name)) continue;
    if (seen.has(name)) {
      problems.push({
        field: name,
        message: `${show(name)} is given more than once; give each parameter once`,
      });
      continue;
    }
    seen.add(name);
    if (name === VERSION_PARAM) continue;
    if (name === PRESET_PARAM) {
      if (presets.some((p) => p.id === value)) input.preset = value;
      else
        problems.push({
          field: PRESET_PARAM,
          message: `unknown preset ${show(value)}; use one of ${presets.map((p) => p.id).join(", ")}`,
        });
      continue;
    }
    if (!keys.has(name)) {
      // A key model v2 retired is named with what replaced it: refused by the API, dropped by a page (which keeps
      // the rest of the link), never called unknown.
      const retired = findRetiredKey(name, table);
      if (retired && options.strict) problems.push({ field: name, message: retiredKeyMessage(retired) });
      else if (retired) warnings.push({ field: name, message: retiredKeyMessage(retired, value) });
      else problems.push({ field: name, message: `unknown parameter ${show(name)}` });
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH || !NUMBER.test(value.trim())) {
      problems.push({ field: name, message: `${name} must be a number, got ${show(value)}` });
      continue;
    }
    const x = Number(value.trim());
    // "1e999" looks like a number but is Infinity; caught here so that lenient reading never hands the model a value it rejects.
    if (!Number.isFinite(x)) {
      problems.push({ field: name, message: `${name} must be a finite number, got ${show(value)}` });
      continue;
    }
    assumptions[name] = x;
  }
  input.assumptions = assumptions;
  if (options.strict) return { input, errors: problems, warnings };
  return {
    input,
    errors: [],
    warnings: [...problems.map((p) => ({ field: p.field, message: `${p.message} — ignored` })), ...warnings],
  };
}

/** A value written compactly and exactly enough to round-trip: 12.020000000000001 → "12.02". */
export function formatParamValue(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/**
 * Writes a scenario as query parameters: `v`, `preset` (when not the default), then every assumption that differs
 * from the preset, in table order.
 */
export function serializeScenarioParams(
  scenario: NormalisedScenario,
  table: readonly Assumption[],
): URLSearchParams {
  const params = new URLSearchParams();
  params.set(VERSION_PARAM, String(URL_VERSION));
  if (scenario.preset !== DEFAULT_PRESET) params.set(PRESET_PARAM, scenario.preset);
  for (const a of table) {
    const x = scenario.changed[a.key];
    if (x !== undefined) params.set(a.key, formatParamValue(x));
  }
  return params;
}
