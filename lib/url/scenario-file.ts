import { type FieldMessage, normaliseScenario, type NormalisedScenario } from "../model/scenario";
import { type Assumption, type Preset } from "../model/types";
import { describeJsonError, quoteInput, visibleName } from "../text/visible";
import { withoutRetiredKeys } from "./retired-keys";

/**
 * Scenario files (download / load) and the browser's store of saved scenarios. Pure: validation and conversion
 * only; the page does the reading and writing. Everything read is validated — a damaged file or store gets a
 * message naming what is wrong and nothing the user had is dropped.
 */
export const SCENARIO_FILE_FORMAT = "critical-minerals-scenario";
export const SCENARIO_FILE_VERSION = 1;
/** Files larger than this are refused before parsing (a full scenario is about 6 kB). */
export const MAX_SCENARIO_FILE_BYTES = 100 * 1024;
export const MAX_NAME_LENGTH = 80;
export const STORE_KEY = "critical-minerals:saved-scenarios";

export interface ScenarioFile {
  format: typeof SCENARIO_FILE_FORMAT;
  version: typeof SCENARIO_FILE_VERSION;
  name: string;
  preset: string;
  /** Only the values that differ from the preset. */
  assumptions: Record<string, number>;
  savedAt: string;
}

export interface SavedScenario extends ScenarioFile {
  id: string;
}

/**
 * Removes control characters and bidirectional overrides and trims a user-given name to MAX_NAME_LENGTH. An
 * override (U+202E) would turn the text after the name around in lists and messages; the joiners that Urdu,
 * Persian and emoji need (U+200C, U+200D) are kept.
 */
export function cleanName(name: string): string {
  return Array.from(
    name
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  )
    .slice(0, MAX_NAME_LENGTH)
    .join("");
}

export function toScenarioFile(name: string, scenario: NormalisedScenario, savedAt: string): ScenarioFile {
  return {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    name: cleanName(name) || "Scenario",
    preset: scenario.preset,
    assumptions: { ...scenario.changed },
    savedAt,
  };
}

function describeType(x: unknown): string {
  return x === null ? "null" : Array.isArray(x) ? "a list" : typeof x;
}

export type ReadResult =
  | { ok: true; name: string; scenario: NormalisedScenario; warnings: FieldMessage[]; savedAt: string | null }
  | { ok: false; errors: string[] };

/** Checks a parsed object against the scenario file format and normalises its values (clamping with warnings). */
export function readScenarioObject(
  json: unknown,
  table: readonly Assumption[],
  presets: readonly Preset[],
): ReadResult {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, errors: [`expected a scenario object, found ${describeType(json)}`] };
  const o = json as Record<string, unknown>;
  const errors: string[] = [];
  if (o.format !== SCENARIO_FILE_FORMAT)
    errors.push(
      `"format" must be "${SCENARIO_FILE_FORMAT}"${o.format === undefined ? " (missing)" : `, found ${quoteInput(String(o.format), 60)}`}`,
    );
  if (o.version !== SCENARIO_FILE_VERSION)
    errors.push(
      `"version" ${JSON.stringify(o.version ?? null)} is not supported; this app reads version ${SCENARIO_FILE_VERSION}`,
    );
  if (o.name !== undefined && typeof o.name !== "string")
    errors.push(`"name" must be text, found ${describeType(o.name)}`);
  if (o.preset !== undefined && typeof o.preset !== "string")
    errors.push(`"preset" must be text, found ${describeType(o.preset)}`);
  const assumptions = o.assumptions ?? {};
  if (typeof assumptions !== "object" || assumptions === null || Array.isArray(assumptions))
    errors.push(`"assumptions" must be an object of key → number, found ${describeType(assumptions)}`);
  if (errors.length) return { ok: false, errors };
  // Keys model v2 retired are dropped with a warning naming their replacement; the rest of the scenario is kept.
  const current = withoutRetiredKeys(assumptions as Record<string, unknown>, table, "assumptions.");
  const n = normaliseScenario(table, presets, { preset: o.preset, assumptions: current.assumptions });
  if (!n.ok) return { ok: false, errors: n.errors.map((e) => `${visibleName(e.field)}: ${e.message}`) };
  return {
    ok: true,
    name: cleanName(typeof o.name === "string" ? o.name : "") || "Imported scenario",
    scenario: n.scenario,
    warnings: [...current.warnings, ...n.warnings],
    savedAt: typeof o.savedAt === "string" ? o.savedAt.slice(0, 40) : null,
  };
}

/** Reads a scenario file's text: size limit, JSON, format, version, keys and values. */
export function parseScenarioFile(
  text: string,
  byteLength: number,
  table: readonly Assumption[],
  presets: readonly Preset[],
): ReadResult {
  if (byteLength > MAX_SCENARIO_FILE_BYTES)
    return {
      ok: false,
      errors: [
        `the file is ${Math.round(byteLength / 1024)} kB; a scenario file is at most ${MAX_SCENARIO_FILE_BYTES / 1024} kB`,
      ],
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`the file is not valid JSON (${describeJsonError(error)})`] };
  }
  return readScenarioObject(json, table, presets);
}

/** How many problems a message lists before counting the rest, so a file with 500 bad keys still gets a readable message. */
const MAX_LISTED_PROBLEMS = 5;

/** Problems as one sentence for the reader: the first few, then how many more. */
export function summariseProblems(problems: readonly string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join("; ");
  return problems.length > MAX_LISTED_PROBLEMS
    ? `${listed}; and ${problems.length - MAX_LISTED_PROBLEMS} more`
    : listed;
}

/** A stored entry that could not be read, kept exactly as found so that nothing is lost. */
export interface DamagedEntry {
  index: number;
  name: string | null;
  reason: string;
  raw: unknown;
}

export interface StoreContents {
  entries: (SavedScenario & { warnings: FieldMessage[] })[];
  damaged: DamagedEntry[];
  /** Set when the whole store cannot be read; saving is then blocked until the user decides what to do. */
  unreadable: string | null;
}

/** Reads the saved-scenarios store, keeping good entries and naming each damaged one. */
export function parseStore(
  raw: string | null,
  table: readonly Assumption[],
  presets: readonly Preset[],
): StoreContents {
  if (raw === null || raw === "") return { entries: [], damaged: [], unreadable: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return {
      entries: [],
      damaged: [],
      unreadable: `the saved data is not valid JSON (${describeJsonError(error)})`,
    };
  }
  if (!Array.isArray(json))
    return {
      entries: [],
      damaged: [],
      unreadable: `the saved data should be a list of scenarios, found ${describeType(json)}`,
    };
  const entries: StoreContents["entries"] = [];
  const damaged: DamagedEntry[] = [];
  json.forEach((item, index) => {
    const name =
      typeof item === "object" && item !== null && typeof (item as { name?: unknown }).name === "string"
        ? cleanName((item as { name: string }).name)
        : null;
    const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
    const r = readScenarioObject(item, table, presets);
    if (!r.ok || typeof id !== "string" || !/^[a-z0-9-]{1,40}$/.test(id)) {
      damaged.push({
        index,
        name,
        reason: r.ok ? "its id is missing or malformed" : summariseProblems(r.errors),
        raw: item,
      });
      return;
    }
    entries.push({
      ...toScenarioFile(r.name, r.scenario, r.savedAt ?? ""),
      id,
      warnings: r.warnings,
    });
  });
  return { entries, damaged, unreadable: null };
}

/** Serialises the store, writing damaged entries back unchanged so that saving never drops them. */
export function serializeStore(entries: readonly SavedScenario[], damaged: readonly DamagedEntry[]): string {
  const clean = entries.map(({ id, format, version, name, preset, assumptions, savedAt }) => ({
    id,
    format,
    version,
    name,
    preset,
    assumptions,
    savedAt,
  }));
  return JSON.stringify([...clean, ...damaged.map((d) => d.raw)]);
}
