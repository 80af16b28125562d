import { KEYS } from "./assumptions";
import { type Assumption, COST_COUNTRIES, type Preset, type ScenarioValues } from "./types";

export const PRESET_IDS = ["evidence-baseline", "article-framing", "stress-case"] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = "evidence-baseline";

/**
 * The three presets (MODEL.md §6), derived from the assumptions table so that they move with it:
 * - Evidence baseline: every default (published figures and the cost-parameter defaults).
 * - Article's framing: only wages differ between countries — no country-risk loading, no security cost, no
 *   extra premium, labour productivity at parity.
 * - Stress case: full country-risk loading, security cost and extra premium at the top of their range,
 *   productivity at the bottom of its range, pipeline start years at their latest.
 */
export function buildPresets(table: readonly Assumption[]): Preset[] {
  const byKey = new Map(table.map((a) => [a.key, a]));
  const article: Record<string, number> = { [KEYS.riskLoading]: 0 };
  const stress: Record<string, number> = { [KEYS.riskLoading]: 1 };
  for (const c of COST_COUNTRIES) {
    article[KEYS.security(c)] = 0;
    article[KEYS.productivity(c)] = 1;
    article[KEYS.extraPremium(c)] = 0;
    const security = byKey.get(KEYS.security(c));
    const productivity = byKey.get(KEYS.productivity(c));
    const extra = byKey.get(KEYS.extraPremium(c));
    if (security) stress[KEYS.security(c)] = security.high;
    if (productivity) stress[KEYS.productivity(c)] = productivity.low;
    if (extra && c !== "US" && c !== "AU" && c !== "CA") stress[extra.key] = extra.high;
  }
  for (const a of table) if (a.key.startsWith("start-")) stress[a.key] = a.high;
  const onlyChanges = (values: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(values).filter(([k, x]) => byKey.has(k) && byKey.get(k)!.default !== x),
    );
  return [
    {
      id: "evidence-baseline",
      label: "Evidence baseline",
      description: "Published figures and the sourced defaults for every assumption.",
      values: {},
    },
    {
      id: "article-framing",
      label: "Article's framing",
      description:
        "Only wages differ between countries: no country-risk loading, no security cost, productivity at parity.",
      values: onlyChanges(article),
    },
    {
      id: "stress-case",
      label: "Stress case",
      description:
        "Full country-risk loading, high security cost and project premium in risky countries, low productivity, delayed pipelines.",
      values: onlyChanges(stress),
    },
  ];
}

/** A preset's full set of values: the defaults with the preset's changes on top. */
export function presetValues(table: readonly Assumption[], preset: Preset): ScenarioValues {
  return { ...Object.fromEntries(table.map((a) => [a.key, a.default])), ...preset.values };
}
