import { loadModelContext } from "@/lib/api/model-context";
import { defaultValues } from "@/lib/model/assumptions";
import { type ModelContext } from "@/lib/model/context";
import { DEFAULT_PRESET, presetValues } from "@/lib/model/presets";
import { type FieldMessage, type NormalisedScenario, normaliseScenario } from "@/lib/model/scenario";
import { type ScenarioValues } from "@/lib/model/types";
import {
  formatParamValue,
  parseScenarioParams,
  serializeScenarioParams,
  URL_VERSION,
  VERSION_PARAM,
} from "@/lib/url/scenario-params";
import { describeScenario } from "@/lib/views/scenario-text";
import { withoutParams } from "./search-params";

/** The scenario a reading page shows, read leniently from its URL. */
export interface PageScenario {
  ctx: ModelContext;
  scenario: NormalisedScenario;
  values: ScenarioValues;
  /** Every parameter that was ignored, clamped or rounded, named; the page shows them in an alert. */
  warnings: FieldMessage[];
  /** The scenario as a query string for links to other pages ("" for the default scenario). */
  query: string;
  /** One line for chart frames: the preset and the assumptions changed from it. */
  line: string;
  /** The assumption values the URL itself sets (after clamping), kept when the reader switches preset. */
  explicit: [string, string][];
  /** Every assumption that differs from the evidence baseline, as exported figures print them. */
  changes: string[];
}

/**
 * Reads the scenario from a page's query: unknown or malformed parameters are ignored and out-of-range values
 * clamped, each with a warning, so a damaged link still opens (lenient parseScenarioParams, then
 * normaliseScenario). `viewParams` are the page's own parameters, taken out before the scenario is parsed.
 */
export function readScenario(params: URLSearchParams, viewParams: readonly string[] = []): PageScenario {
  const ctx = loadModelContext();
  const parsed = parseScenarioParams(withoutParams(params, viewParams), ctx.table, ctx.presets, {
    strict: false,
    extraParams: viewParams,
  });
  const normalised = normaliseScenario(ctx.table, ctx.presets, parsed.input, "");
  const warnings = [...parsed.warnings, ...normalised.warnings];
  let scenario: NormalisedScenario;
  if (normalised.ok) scenario = normalised.scenario;
  else {
    // Lenient parsing leaves nothing normaliseScenario rejects; should that change, show the errors and the default.
    warnings.push(
      ...normalised.errors.map((e) => ({
        field: e.field,
        message: `${e.message} — ignored; showing the Evidence baseline`,
      })),
    );
    const preset = ctx.presets.find((p) => p.id === DEFAULT_PRESET)!;
    scenario = { preset: preset.id, values: presetValues(ctx.table, preset), changed: {} };
  }
  const serialised = serializeScenarioParams(scenario, ctx.table);
  const onlyVersion =
    [...serialised.keys()].every((k) => k === VERSION_PARAM) &&
    serialised.get(VERSION_PARAM) === String(URL_VERSION);
  const explicit = Object.keys(parsed.input.assumptions ?? {})
    .filter((k) => scenario.values[k] !== undefined)
    .map<[string, string]>((k) => [k, formatParamValue(scenario.values[k]!)]);
  const preset = ctx.presets.find((p) => p.id === scenario.preset) ?? ctx.presets[0]!;
  const described = describeScenario(ctx.table, preset, scenario.values, defaultValues(ctx.table));
  return {
    ctx,
    scenario,
    values: scenario.values,
    warnings,
    query: onlyVersion ? "" : serialised.toString(),
    line: `Scenario: ${described.line}`,
    explicit,
    changes: described.fromBaseline,
  };
}
