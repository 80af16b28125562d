import { KEYS, ROUTE_CHOICES } from "./keys";
import { type Assumption, COST_COUNTRIES, type Preset, type ScenarioValues } from "./types";

export const PRESET_IDS = ["evidence-baseline", "article-framing", "stress-case"] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = "evidence-baseline";

/** The country whose values the article's framing gives every supplier (the article's main comparison). */
export const FRAMING_REFERENCE = "AU";

/** Per-country assumptions that are not cost conditions (how much the US could buy, shocks, allocation). */
const NOT_COST_GROUPS = new Set(["dependency"]);

/**
 * The three presets (MODEL.md §6), derived from the assumptions table so that they move with it. Their words are
 * written from the values they set (lib/views/scenario-text.ts `describePreset`), so a preset cannot say one thing
 * and set another.
 * - Evidence baseline: every default.
 * - Article's framing: only wages differ between countries — every other country-specific cost assumption takes
 *   Australia's value, and new Pakistani and Ukrainian output is processed at home.
 * - Stress case: full country-risk loading; physical security, extra premium and time to production at the top of
 *   their ranges in the riskier countries; productivity at the bottom of its range; pipeline start years at their
 *   latest.
 */
export function buildPresets(table: readonly Assumption[]): Preset[] {
  const byKey = new Map(table.map((a) => [a.key, a]));
  const article: Record<string, number> = {};
  for (const a of table) {
    if (!a.country || a.kind === "switch" || NOT_COST_GROUPS.has(a.group)) continue;
    if (a.key === KEYS.wage(a.country)) continue;
    if (a.key.startsWith("refine-route-")) {
      article[a.key] = ROUTE_CHOICES.indexOf("domestic");
      continue;
    }
    // The same quantity for the reference country (rows of one quantity share their label); an operation's own
    // power plant takes the reference's grid price.
    const reference = a.key.startsWith("power-")
      ? byKey.get(KEYS.electricity(FRAMING_REFERENCE))
      : table.find((x) => x.country === FRAMING_REFERENCE && x.label === a.label && x.unit === a.unit);
    if (reference) article[a.key] = reference.default;
  }
  const stress: Record<string, number> = { [KEYS.riskLoading]: 1 };
  for (const c of COST_COUNTRIES) {
    const risky = c !== "US" && c !== "AU" && c !== "CA";
    const productivity = byKey.get(KEYS.productivity(c));
    if (productivity) stress[productivity.key] = productivity.low;
    if (!risky) continue;
    for (const key of [KEYS.physicalSecurity(c), KEYS.extraPremium(c), KEYS.yearsToProduction(c)]) {
      const a = byKey.get(key);
      if (a) stress[key] = a.high;
    }
  }
  for (const a of table) if (a.key.startsWith("start-")) stress[a.key] = a.high;
  const onlyChanges = (values: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(values).filter(([k, x]) => byKey.has(k) && byKey.get(k)!.default !== x),
    );
  return [
    { id: "evidence-baseline", label: "Evidence baseline", values: {} },
    { id: "article-framing", label: "Article's framing", values: onlyChanges(article) },
    { id: "stress-case", label: "Stress case", values: onlyChanges(stress) },
  ];
}

/** A preset's full set of values: the defaults with the preset's changes on top. */
export function presetValues(table: readonly Assumption[], preset: Preset): ScenarioValues {
  return { ...Object.fromEntries(table.map((a) => [a.key, a.default])), ...preset.values };
}
