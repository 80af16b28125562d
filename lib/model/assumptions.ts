import { type MineralId } from "../data/common";
import { MINERAL_IDS } from "../data/constants";
import { type CostParameter } from "../data/cost-parameters";
import { ASSUMPTION_ROWS, type AssumptionRow, type AssumptionValues } from "./assumption-rows";
import { KEYS } from "./keys";
import { type ModelData, type PipelinePhase } from "./model-data";
import { alignStep, sliderAround } from "./slider-grid";
import {
  ALTERNATIVE_SUPPLIERS,
  type Assumption,
  COST_COUNTRIES,
  type CostCountry,
  type ScenarioValues,
} from "./types";

export { KEYS };

/** Whose an assumption is: no one's (global), a country's, a mineral's or a pipeline phase's. */
interface Owner {
  country: CostCountry | null;
  mineral: MineralId | null;
  /** Written before the row's label: "Copper — ", "Reko Diq, Phase 1 — ". */
  prefix: string;
  phase?: PipelinePhase;
}

/**
 * Builds the assumptions table by expanding the rows of assumption-rows.ts: one assumption per row and country,
 * mineral or pipeline phase, its default, range, basis and source read from the cost parameters where the row names
 * one. Every slider, URL parameter, API check, preset, sensitivity and uncertainty run reads this table; nothing
 * else states a bound or a default.
 */
export function buildAssumptionTable(
  parameters: readonly CostParameter[],
  data: ModelData,
  rows: readonly AssumptionRow[] = ASSUMPTION_ROWS,
): Assumption[] {
  const find = (id: string, country: CostCountry | null, mineral: MineralId | null) => {
    const p = parameters.find((x) => x.id === id && x.country === country && x.mineral === mineral);
    if (!p)
      throw new Error(
        `cost-parameters.json lacks "${id}" for ${country ?? "all countries"} / ${mineral ?? "all minerals"}`,
      );
    return p;
  };
  const table: Assumption[] = [];
  // Consecutive rows with the same `per` expand together, owner by owner: all of Pakistan's rows, then Australia's.
  for (let i = 0, j = 1; i < rows.length; i = j, j = i + 1) {
    while (j < rows.length && rows[j]!.per === rows[i]!.per) j++;
    for (const owner of ownersOf(rows[i]!, data))
      for (const row of rows.slice(i, j)) {
        const a = expandRow(row, owner, find, data);
        if (a) table.push(alignStep(a));
      }
  }
  for (const m of data.minerals)
    if (!m.demandT && !table.some((a) => a.key === KEYS.demand(m.id)))
      throw new Error(`US demand for ${m.id} is withheld and no row of assumption-rows.ts stands in for it`);
  return table;
}

/** The owners a run of rows expands over, in table order. */
function ownersOf(row: AssumptionRow, data: ModelData): Owner[] {
  const country = (c: CostCountry): Owner => ({ country: c, mineral: null, prefix: "" });
  switch (row.per) {
    case "all":
      return [{ country: null, mineral: null, prefix: "" }];
    case "mineral":
      return MINERAL_IDS.map((m) => ({
        country: null,
        mineral: m,
        prefix: `${data.minerals.find((x) => x.id === m)?.name ?? m} — `,
      }));
    case "cost-country":
      return COST_COUNTRIES.map(country);
    case "alternative-supplier":
      return ALTERNATIVE_SUPPLIERS.map(country);
    case "withheld-demand":
      return data.minerals
        .filter((m) => !m.demandT)
        .map((m) => ({ country: null, mineral: m.id, prefix: "" }));
    case "pipeline-phase":
      return data.pipeline.map((phase) => ({
        country: phase.country,
        mineral: phase.mineral,
        prefix: `${phase.projectName}, ${phase.name} — `,
        phase,
      }));
  }
}

/** One row's assumption for one owner, or null when the row is not for that owner (`only`, another mineral). */
function expandRow(
  row: AssumptionRow,
  owner: Owner,
  find: (id: string, country: CostCountry | null, mineral: MineralId | null) => CostParameter,
  data: ModelData,
): Assumption | null {
  const { country, mineral, phase } = owner;
  const who = { label: `${owner.prefix}${row.label}`, group: row.group, country, mineral };
  switch (row.per) {
    case "pipeline-phase":
      return assumption({
        key: row.key(phase!.projectId, phase!.phaseId),
        ...who,
        unit: row.unit,
        kind: "number",
        ...row.values(phase!),
        basis: row.basis,
        sourceId: phase!.sourceId,
        status: phase!.status,
      });
    case "all":
      return assumption({ key: row.key, ...who, ...valuesOf(row, find, country, mineral, data) });
    case "mineral":
      if (row.only && !row.only.includes(mineral!)) return null;
      return assumption({ key: row.key(mineral!), ...who, ...valuesOf(row, find, country, mineral, data) });
    case "cost-country":
      if (row.only && !row.only.includes(country!)) return null;
      return assumption({ key: row.key(country!), ...who, ...valuesOf(row, find, country, mineral, data) });
    case "alternative-supplier":
      return assumption({ key: row.key(country!), ...who, ...valuesOf(row, find, country, mineral, data) });
    case "withheld-demand":
      if (row.mineral !== mineral) return null;
      return assumption({ key: row.key(mineral), ...who, ...valuesOf(row, find, country, mineral, data) });
  }
}

type Values = Omit<Assumption, "key" | "label" | "group" | "country" | "mineral">;

/** A row's unit, kind, bounds, default, range and evidence: from its cost parameter or stated in the row. */
function valuesOf(
  row: AssumptionValues,
  find: (id: string, country: CostCountry | null, mineral: MineralId | null) => CostParameter,
  country: CostCountry | null,
  mineral: MineralId | null,
  data: ModelData,
): Values {
  if (row.parameter !== undefined) {
    const p = find(row.parameter, country, mineral);
    const slider = row.min === undefined ? sliderAround(p.low, p.high) : row;
    return {
      unit: row.unit ?? p.unit,
      kind: "number",
      min: Math.min(slider.min, p.low),
      max: Math.max(slider.max, p.high),
      step: slider.step,
      default: p.default,
      low: p.low,
      high: p.high,
      basis: p.basis,
      sourceId: p.sourceId,
      status: p.status,
    };
  }
  const evidence = {
    basis: row.basis,
    sourceId: row.sourceId ?? "project-assumptions",
    status: row.status ?? "assumption",
  };
  const fixed = { default: row.default, low: row.default, high: row.default };
  switch (row.kind) {
    case "switch":
      return { unit: row.unit, kind: "switch", min: 0, max: 1, step: 1, ...fixed, ...evidence };
    case "choice": {
      const regimes = row.options === "tariff-regimes";
      const labels = row.options === "tariff-regimes" ? data.tariffRegimes.map((r) => r.label) : row.options;
      return {
        unit: row.unit,
        kind: "choice",
        min: 0,
        max: labels.length - 1,
        step: 1,
        ...fixed,
        ...evidence,
        ...(regimes ? { sourceId: data.tariffRegimes[0]?.sourceId ?? evidence.sourceId } : {}),
        options: labels.map((label, value) => ({ value, label })),
      };
    }
    default:
      return {
        unit: row.unit,
        kind: "number",
        min: row.min,
        max: row.max,
        step: row.step,
        default: row.default,
        low: row.low,
        high: row.high,
        ...evidence,
      };
  }
}

/** The row in the field order of `Assumption` (so the table, its snapshot and the API list fields alike). */
function assumption(a: Assumption): Assumption {
  return {
    key: a.key,
    label: a.label,
    unit: a.unit,
    group: a.group,
    country: a.country,
    mineral: a.mineral,
    kind: a.kind,
    min: a.min,
    max: a.max,
    step: a.step,
    default: a.default,
    low: a.low,
    high: a.high,
    basis: a.basis,
    sourceId: a.sourceId,
    status: a.status,
    ...(a.options ? { options: a.options } : {}),
  };
}

/** The default value of every assumption. */
export function defaultValues(table: readonly Assumption[]): ScenarioValues {
  return Object.fromEntries(table.map((a) => [a.key, a.default]));
}
