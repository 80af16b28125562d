import { type MineralId } from "../data/common";
import { MINERAL_IDS } from "../data/constants";
import { defaultValues, KEYS } from "../model/assumptions";
import { DEFAULT_PRESET, presetValues } from "../model/presets";
import { type FieldMessage, normaliseScenario } from "../model/scenario";
import { type Assumption, type Preset, type ScenarioValues, type Supplier } from "../model/types";
import { quoteInput as show } from "../text/visible";
import { findRetiredKey, retiredKeyReason } from "./retired-keys";
import {
  formatParamValue,
  parseScenarioParams,
  PRESET_PARAM,
  URL_VERSION,
  VERSION_PARAM,
  VIEW_PARAMS,
} from "./scenario-params";

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

/**
 * One scenario of the lab's URL. The main one shares the query with the view parameters; the pinned A holds a
 * scenario only, so a view parameter inside it is named like any other unknown one.
 */
function readSnapshot(
  params: URLSearchParams,
  table: readonly Assumption[],
  presets: readonly Preset[],
  prefix: string,
) {
  const parsed = parseScenarioParams(params, table, presets, {
    strict: false,
    extraParams: prefix ? [] : VIEW_PARAMS,
  });
  const n = normaliseScenario(table, presets, parsed.input, "");
  const warnings = [...parsed.warnings, ...n.warnings].map((w) => ({
    field: prefix + w.field,
    message: w.message,
  }));
  if (!n.ok)
    return {
      snapshot: null,
      warnings: [
        ...warnings,
        ...n.errors.map((e) => ({ field: prefix + e.field, message: `${e.message} — ignored` })),
      ],
    };
  return { snapshot: { preset: n.scenario.preset, values: n.scenario.values }, warnings };
}

/** The longest pinned scenario A read from a link (a full scenario with every key set is about 3,000 characters). */
export const MAX_A_LENGTH = 8000;

/** A problem with a view parameter, and what the page does instead (the API, which ignores the view, just refuses it). */
export interface ViewProblem extends FieldMessage {
  instead: string;
}

/**
 * Reads the lab's view parameters (mineral, competitor, break-even assumption) and the raw pinned scenario A. Each
 * takes one value; a repeat or an unknown value is a problem naming the parameter.
 */
export function readLabView(
  params: URLSearchParams,
  table: readonly Assumption[],
): { view: LabView; rawA: string | null; problems: ViewProblem[] } {
  const problems: ViewProblem[] = [];
  const one = (name: (typeof VIEW_PARAMS)[number]) => {
    const all = params.getAll(name);
    if (all.length > 1)
      problems.push({
        field: name,
        message: `given ${all.length} times`,
        instead: `using the first, ${show(all[0]!)}`,
      });
    return all[0] ?? null;
  };
  const rawA = one("a");
  if (rawA !== null && rawA.length > MAX_A_LENGTH)
    problems.push({
      field: "a",
      message: `scenario A is longer than ${MAX_A_LENGTH} characters`,
      instead: "ignored",
    });

  const view: LabView = { ...DEFAULT_VIEW };
  const mineral = one("mineral");
  if (mineral !== null) {
    if ((MINERAL_IDS as readonly string[]).includes(mineral)) view.mineral = mineral as MineralId;
    else
      problems.push({
        field: "mineral",
        message: `unknown mineral ${show(mineral)}; use one of ${MINERAL_IDS.join(", ")}`,
        instead: "showing copper",
      });
  }
  const competitor = one("competitor");
  if (competitor !== null) {
    if ((COMPETITORS as readonly string[]).includes(competitor))
      view.competitor = competitor as LabView["competitor"];
    else
      problems.push({
        field: "competitor",
        message: `unknown competitor ${show(competitor)}; use ${COMPETITORS.join(", ")}`,
        instead: "showing Australia",
      });
  }
  const be = one("be");
  if (be !== null) {
    // A break-even saved before model v2 may name a retired key: say what replaced it.
    const retired = findRetiredKey(be, table);
    if (breakEvenCandidates(table).some((x) => x.key === be)) view.breakEvenKey = be;
    else
      problems.push({
        field: "be",
        message: retired
          ? retiredKeyReason(retired)
          : `${show(be)} is not an assumption the break-even can solve for`,
        instead: "using the country risk premium",
      });
  }
  return { view, rawA: rawA !== null && rawA.length <= MAX_A_LENGTH ? rawA : null, problems };
}

/**
 * Reads the lab's query string leniently: anything unreadable is ignored and named in `warnings`, out-of-range
 * values are clamped and named, so a damaged or hand-edited link still opens on a sensible scenario.
 */
export function parseLabParams(
  params: URLSearchParams,
  table: readonly Assumption[],
  presets: readonly Preset[],
): LabUrlState {
  const warnings: FieldMessage[] = [];
  const main = readSnapshot(params, table, presets, "");
  warnings.push(...main.warnings);
  const current = main.snapshot ?? { preset: DEFAULT_PRESET, values: defaultValues(table) };
  const { view, rawA, problems } = readLabView(params, table);
  let a: Snapshot | null = null;
  if (rawA !== null) {
    const pinned = readSnapshot(new URLSearchParams(rawA), table, presets, "a.");
    warnings.push(...pinned.warnings);
    a = pinned.snapshot;
  }
  warnings.push(...problems.map((p) => ({ field: p.field, message: `${p.message} — ${p.instead}` })));
  return { current, a, view, warnings };
}

/** The values of a snapshot that differ from its preset, in table order. */
export function changedValues(
  s: Snapshot,
  table: readonly Assumption[],
  presets: readonly Preset[],
): [string, number][] {
  const preset = presets.find((p) => p.id === s.preset) ?? presets[0]!;
  const base = presetValues(table, preset);
  return table.filter((a) => s.values[a.key] !== base[a.key]).map((a) => [a.key, s.values[a.key]!]);
}

function snapshotParams(
  s: Snapshot,
  table: readonly Assumption[],
  presets: readonly Preset[],
): URLSearchParams {
  const p = new URLSearchParams();
  p.set(VERSION_PARAM, String(URL_VERSION));
  if (s.preset !== DEFAULT_PRESET) p.set(PRESET_PARAM, s.preset);
  for (const [k, x] of changedValues(s, table, presets)) p.set(k, formatParamValue(x));
  return p;
}

/** Writes the lab's state: the scenario (v, preset, changed values), the view when not the default, and A. */
export function serializeLabParams(
  state: { current: Snapshot; a: Snapshot | null; view: LabView },
  table: readonly Assumption[],
  presets: readonly Preset[],
): string {
  const p = snapshotParams(state.current, table, presets);
  if (state.view.mineral !== DEFAULT_VIEW.mineral) p.set("mineral", state.view.mineral);
  if (state.view.competitor !== DEFAULT_VIEW.competitor) p.set("competitor", state.view.competitor);
  if (state.view.breakEvenKey !== DEFAULT_VIEW.breakEvenKey) p.set("be", state.view.breakEvenKey);
  if (state.a) p.set("a", snapshotParams(state.a, table, presets).toString());
  return p.toString();
}
