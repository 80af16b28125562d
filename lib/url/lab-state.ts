import { type MineralId } from "../data/common";
import { MINERAL_IDS } from "../data/constants";
import { defaultValues, KEYS } from "../model/assumptions";
import { DEFAULT_PRESET, presetValues } from "../model/presets";
import { type FieldMessage, normaliseScenario } from "../model/scenario";
import { type Assumption, type Preset, type ScenarioValues, type Supplier } from "../model/types";
import { formatParamValue, parseScenarioParams, PRESET_PARAM, URL_VERSION, VERSION_PARAM, VIEW_PARAMS } from "./scenario-params";

/** A scenario as the lab holds it: a preset and every value. */
export interface Snapshot {
  preset: string;
  values: ScenarioValues;
}

/** What the lab shows, besides the scenario: the mineral, the competitor and the break-even assumption. */
export interface LabView {
  mineral: MineralId;
  competitor: Exclude<Supplier, "PK">;
  breakEvenKey: string;
}

export interface LabUrlState {
  current: Snapshot;
  /** The pinned scenario A of an A/B comparison, if any. */
  a: Snapshot | null;
  view: LabView;
  /** Every parameter that was ignored or clamped, named, for the page's notice. */
  warnings: FieldMessage[];
}

export const COMPETITORS = ["AU", "CA", "UA", "CN"] as const;
export const DEFAULT_VIEW: LabView = { mineral: "copper", competitor: "AU", breakEvenKey: KEYS.crp("PK") };

/** Assumptions a break-even can be solved for: numeric ones that enter the landed cost. */
export function breakEvenCandidates(table: readonly Assumption[]): Assumption[] {
  return table.filter((a) => a.kind === "number" && a.group !== "dependency");
}

function readSnapshot(params: URLSearchParams, table: readonly Assumption[], presets: readonly Preset[], prefix: string) {
  const parsed = parseScenarioParams(params, table, presets, { strict: false, extraParams: VIEW_PARAMS });
  const n = normaliseScenario(table, presets, parsed.input);
  const warnings = [...parsed.warnings, ...n.warnings].map((w) => ({ field: prefix + w.field, message: w.message }));
  if (!n.ok) return { snapshot: null, warnings: [...warnings, ...n.errors.map((e) => ({ field: prefix + e.field, message: `${e.message} — ignored` }))] };
  return { snapshot: { preset: n.scenario.preset, values: n.scenario.values }, warnings };
}

/**
 * Reads the lab's query string leniently: anything unreadable is ignored and named in `warnings`, out-of-range
 * values are clamped and named, so a damaged or hand-edited link still opens on a sensible scenario.
 */
export function parseLabParams(params: URLSearchParams, table: readonly Assumption[], presets: readonly Preset[]): LabUrlState {
  const warnings: FieldMessage[] = [];
  const main = readSnapshot(params, table, presets, "");
  warnings.push(...main.warnings);
  const current = main.snapshot ?? { preset: DEFAULT_PRESET, values: defaultValues(table) };

  let a: Snapshot | null = null;
  const rawA = params.get("a");
  if (rawA !== null) {
    if (rawA.length > 8000) warnings.push({ field: "a", message: "scenario A is too long to read — ignored" });
    else {
      const pinned = readSnapshot(new URLSearchParams(rawA), table, presets, "a.");
      warnings.push(...pinned.warnings);
      a = pinned.snapshot;
    }
  }

  const view: LabView = { ...DEFAULT_VIEW };
  const mineral = params.get("mineral");
  if (mineral !== null) {
    if ((MINERAL_IDS as readonly string[]).includes(mineral)) view.mineral = mineral as MineralId;
    else warnings.push({ field: "mineral", message: `unknown mineral ${JSON.stringify(mineral.slice(0, 40))} — showing copper` });
  }
  const competitor = params.get("competitor");
  if (competitor !== null) {
    if ((COMPETITORS as readonly string[]).includes(competitor)) view.competitor = competitor as LabView["competitor"];
    else warnings.push({ field: "competitor", message: `unknown competitor ${JSON.stringify(competitor.slice(0, 40))}; use AU, CA, UA or CN — showing Australia` });
  }
  const be = params.get("be");
  if (be !== null) {
    if (breakEvenCandidates(table).some((x) => x.key === be)) view.breakEvenKey = be;
    else warnings.push({ field: "be", message: `${JSON.stringify(be.slice(0, 40))} is not an assumption the break-even can solve for — using the country risk premium` });
  }
  return { current, a, view, warnings };
}

/** The values of a snapshot that differ from its preset, in table order. */
export function changedValues(s: Snapshot, table: readonly Assumption[], presets: readonly Preset[]): [string, number][] {
  const preset = presets.find((p) => p.id === s.preset) ?? presets[0]!;
  const base = presetValues(table, preset);
  return table.filter((a) => s.values[a.key] !== base[a.key]).map((a) => [a.key, s.values[a.key]!]);
}

function snapshotParams(s: Snapshot, table: readonly Assumption[], presets: readonly Preset[]): URLSearchParams {
  const p = new URLSearchParams();
  p.set(VERSION_PARAM, String(URL_VERSION));
  if (s.preset !== DEFAULT_PRESET) p.set(PRESET_PARAM, s.preset);
  for (const [k, x] of changedValues(s, table, presets)) p.set(k, formatParamValue(x));
  return p;
}

/** Writes the lab's state: the scenario (v, preset, changed values), the view when not the default, and A. */
export function serializeLabParams(state: { current: Snapshot; a: Snapshot | null; view: LabView }, table: readonly Assumption[], presets: readonly Preset[]): string {
  const p = snapshotParams(state.current, table, presets);
  if (state.view.mineral !== DEFAULT_VIEW.mineral) p.set("mineral", state.view.mineral);
  if (state.view.competitor !== DEFAULT_VIEW.competitor) p.set("competitor", state.view.competitor);
  if (state.view.breakEvenKey !== DEFAULT_VIEW.breakEvenKey) p.set("be", state.view.breakEvenKey);
  if (state.a) p.set("a", snapshotParams(state.a, table, presets).toString());
  return p.toString();
}
