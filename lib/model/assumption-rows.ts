import { type MineralId, type Status } from "../data/common";
import { KEYS } from "./keys";
import { type PipelinePhase } from "./model-data";
import { niceStep } from "./slider-grid";
import { type AssumptionGroup, type CostCountry, FIRST_YEAR, LAST_YEAR, SUPPLIERS } from "./types";

/**
 * The assumptions of the model, one row each (or one row per country, mineral or pipeline phase), in the order
 * the lab, /sources/assumptions and the API list them. `buildAssumptionTable` (assumptions.ts) expands these rows
 * into the table every slider, URL parameter, API check, preset, sensitivity and uncertainty run reads.
 *
 * Why a TypeScript array and not a JSON file with a zod schema:
 * - keys come from `KEYS` (the one place that spells them); a JSON file would have to spell key patterns again;
 * - the compiler checks every row (a misspelt group or key, a missing basis), with no parse at run time;
 * - a few rows are computed from the data (pipeline phases, tariff regimes), which a JSON file could only name;
 * - the evidence behind most rows (default, low–high, unit, basis, source, status) already is data, with its
 *   schema, in data/cost-parameters.json: a row names its `parameter`, and this table says only how it becomes a
 *   control (key, label, group, slider bounds).
 *
 * How rows expand: a row `per` country, mineral or phase gives one assumption for each; consecutive rows with the
 * same `per` expand together, entity by entity (all of Pakistan's rows, then Australia's…). A row `per: "mineral"`
 * is labelled "Copper — <label>"; a pipeline row "<project>, <phase> — <label>".
 */

/** Slider bounds; a parameter row's are stretched to hold its low–high range. */
interface Slider {
  min: number;
  max: number;
  step: number;
}

/** No bounds given: from half the parameter's low to 1.5 × its high, on a round step (ranges that scale with price). */
interface AroundEvidence {
  min?: undefined;
  max?: undefined;
  step?: undefined;
}

/** Default, low–high, unit, basis, source and status from the matching row of data/cost-parameters.json. */
type FromParameter = {
  kind?: "number";
  /** The parameter's id (matched with the row's country or mineral). */
  parameter: string;
  /** The parameter's own unit when left out. */
  unit?: string;
} & (Slider | AroundEvidence);

/** Where a row states its own evidence. */
interface OwnEvidence {
  parameter?: undefined;
  unit: string;
  basis: string;
  /** "project-assumptions" when left out. */
  sourceId?: string;
  /** "assumption" when left out. */
  status?: Status;
}

/** A number the row states itself (no cost parameter holds it). */
type Inline = OwnEvidence & Slider & { kind?: "number"; default: number; low: number; high: number };

/** An on/off switch (0 or 1); never varied in the sensitivity and uncertainty runs. */
type Switch = OwnEvidence & { kind: "switch"; default: 0 | 1 };

/**
 * A choice between coded options 0, 1, …: their labels, or a list in the data (the tariff regimes, whose source
 * is the first regime's). Never varied.
 */
type Choice = OwnEvidence & {
  kind: "choice";
  default: number;
  options: readonly string[] | "tariff-regimes";
};

/** What a row gives its assumptions besides key, label, group and owner. */
export type AssumptionValues = FromParameter | Inline | Switch | Choice;

interface Named {
  /** The quantity, e.g. "mining wage"; a per-mineral row is prefixed with the mineral's name. */
  label: string;
  group: AssumptionGroup;
}

/** Whose assumption a row is, and so how many it gives and how each is keyed. */
export type RowScope =
  | { per: "all"; key: string }
  | { per: "mineral"; key: (m: MineralId) => string; only?: readonly MineralId[] }
  | { per: "cost-country"; key: (c: CostCountry) => string; only?: readonly CostCountry[] }
  | { per: "alternative-supplier"; key: (c: CostCountry) => string }
  /** Stands in for a US demand USGS withholds: given while the data lack that mineral's demand. */
  | { per: "withheld-demand"; mineral: MineralId; key: (m: MineralId) => string };

/** A row per pipeline phase: values from the phase (its source and status too). */
export interface PhaseRow extends Named {
  per: "pipeline-phase";
  key: (projectId: string, phaseId: string) => string;
  unit: string;
  basis: string;
  values: (ph: PipelinePhase) => Slider & { default: number; low: number; high: number };
}

export type AssumptionRow = (Named & RowScope & AssumptionValues) | PhaseRow;

// A table reads best one row a line (long texts apart), which Prettier would break up.
// prettier-ignore
export const ASSUMPTION_ROWS: readonly AssumptionRow[] = [
  // Finance and cost structure, global.
  { per: "all", key: KEYS.baseRate, parameter: "base-discount-rate", label: "base discount rate (real)", unit: "%", group: "finance-risk", min: 2, max: 15, step: 0.1 },
  { per: "all", key: KEYS.riskLoading, parameter: "country-risk-loading", label: "country-risk loading λ", unit: "share of the premium priced", group: "finance-risk", min: 0, max: 1, step: 0.05 },
  { per: "all", key: KEYS.projectLife, parameter: "project-life", label: "project life for capital recovery", unit: "years", group: "finance-risk", min: 5, max: 50, step: 1 },
  { per: "all", key: KEYS.energyShare, parameter: "energy-share", label: "energy share of site cash cost", unit: "%", group: "cost-structure", min: 5, max: 45, step: 1 },

  // Cost structure, per mineral.
  { per: "mineral", key: KEYS.cashCost, parameter: "cash-cost", label: "site cash cost", group: "cost-structure" },
  { per: "mineral", key: KEYS.capex, parameter: "capex-intensity", label: "capital intensity", group: "cost-structure" },
  { per: "mineral", key: KEYS.labourShare, parameter: "labour-share", label: "labour share of site cash cost", group: "cost-structure", min: 5, max: 70, step: 1 },
  { per: "mineral", key: KEYS.price, parameter: "price-2024", label: "reference price, 2024", group: "cost-structure" },

  // Labour, finance, energy and logistics, trade, dependency, per country.
  { per: "cost-country", key: KEYS.wage, parameter: "mining-wage", label: "mining wage", group: "labour", min: 500, max: 150_000, step: 100 },
  { per: "cost-country", key: KEYS.productivity, parameter: "labour-productivity", label: "labour productivity relative to the US", unit: "multiplier", group: "labour", min: 0.05, max: 1.5, step: 0.05 },
  { per: "cost-country", key: KEYS.crp, parameter: "country-risk-premium", label: "country risk premium", unit: "percentage points", group: "finance-risk", min: 0, max: 25, step: 0.01 },
  { per: "cost-country", key: KEYS.extraPremium, label: "extra project risk premium", unit: "percentage points", group: "finance-risk", min: 0, max: 10, step: 0.1, default: 0, low: 0, high: 3,
    basis: "Risk specific to a project beyond the country premium (for example a remote or contested site). None by default; the range up to 3 points is our judgement." },
  { per: "cost-country", key: KEYS.electricity, parameter: "electricity-price", label: "industrial electricity price", group: "energy-logistics", min: 0.02, max: 0.4, step: 0.005 },
  { per: "cost-country", only: SUPPLIERS, key: KEYS.oceanFreight, parameter: "ocean-freight", label: "ocean freight to the US", group: "energy-logistics", min: 0, max: 400, step: 5 },
  { per: "cost-country", key: KEYS.inlandFreight, parameter: "inland-freight", label: "inland haul to port", group: "energy-logistics", min: 0, max: 250, step: 5 },
  { per: "cost-country", key: KEYS.security, parameter: "security-cost", label: "security and political-risk cost", unit: "% of capex per year", group: "finance-risk", min: 0, max: 5, step: 0.1 },
  { per: "cost-country", only: SUPPLIERS, key: KEYS.insurance, parameter: "cargo-insurance", label: "cargo insurance incl. war risk", unit: "% of cargo value", group: "energy-logistics", min: 0, max: 3, step: 0.05 },
  { per: "cost-country", only: SUPPLIERS, key: KEYS.tariffExtra, label: "extra US tariff on all minerals", unit: "percentage points", group: "trade", min: 0, max: 100, step: 1, default: 0, low: 0, high: 0,
    basis: "Added to the late-2025 (or 2026) rate of every mineral from this country, to test new duties (25 points is the Section 301 step used in 2024–26). None by default; a policy lever, so it is not varied in the sensitivity and uncertainty runs." },
  { per: "cost-country", only: SUPPLIERS, key: KEYS.exportable, parameter: "exportable-share", label: "share of output available to the US", unit: "%", group: "dependency", min: 0, max: 100, step: 1 },
  { per: "cost-country", only: SUPPLIERS, key: KEYS.remove, kind: "switch", label: "supply shock: remove from the shock year", unit: "switch", group: "dependency", default: 0,
    basis: "Removes this supplier's volume from the shock year on (for example an export ban); the volume is re-sourced within other suppliers' capacity or reported as unmet." },

  { per: "alternative-supplier", key: KEYS.weight, label: "allocation weight (weighted rule)", unit: "%", group: "dependency", min: 0, max: 100, step: 1, default: 25, low: 25, high: 25,
    basis: "Under the weighted allocation rule, re-sourced volume is split in proportion to these weights, within capacity. Equal by default." },

  // Trade and dependency, global.
  { per: "all", key: KEYS.tariffRegime, kind: "choice", options: "tariff-regimes", label: "US tariff regime", unit: "regime", group: "trade", default: 0, status: "secondary",
    basis: "Which US duty stack applies: the late-2025 one (IEEPA layers in force) or the 2026 one after the Supreme Court's IEEPA ruling (secondary; verify)." },
  { per: "all", key: KEYS.resourcingShare, label: "share of China-sourced US supply moved to other suppliers", unit: "%", group: "dependency", min: 0, max: 100, step: 1, default: 50, low: 25, high: 100,
    basis: "A policy choice, not a forecast: half of what the US now buys from China is moved by the target year in the baseline." },
  { per: "all", key: KEYS.targetYear, label: "target year for the re-sourcing", unit: "year", group: "dependency", min: FIRST_YEAR + 1, max: LAST_YEAR, step: 1, default: 2030, low: 2028, high: 2035,
    basis: "The move ramps up linearly from 2025 to this year. 2030 is a common horizon of US and allied critical-mineral strategies (our choice)." },
  { per: "all", key: KEYS.allocationRule, kind: "choice", options: ["Cheapest first", "Weighted"], label: "allocation rule", unit: "rule", group: "dependency", default: 0,
    basis: "Cheapest first fills the lowest landed cost within capacity; weighted splits by the allocation weights within capacity." },
  { per: "all", key: KEYS.demandGrowth, label: "growth of US demand", unit: "% per year", group: "dependency", min: -5, max: 10, step: 0.5, default: 0, low: -1, high: 3,
    basis: "US apparent consumption is held at its 2024 level by default; no demand forecast is sourced here." },
  { per: "all", key: KEYS.shockYear, label: "supply-shock year", unit: "year", group: "dependency", min: FIRST_YEAR, max: LAST_YEAR, step: 1, default: 2027, low: 2027, high: 2027,
    basis: "First year in which a switched-off supplier delivers nothing." },
  { per: "all", key: KEYS.otherRisk, label: "governance risk of other supplier countries (0 best, 1 worst)", unit: "score 0–1", group: "dependency", min: 0, max: 1, step: 0.05, default: 0.5, low: 0.3, high: 0.7,
    basis: "The governance-weighted HHI needs a risk score for every source; WGI data here cover only the six focus countries, so other countries get the median score 0.5 (an assumption)." },

  // US demand that USGS withholds: net imports ÷ the printed import-reliance bound stands in.
  { per: "withheld-demand", mineral: "lithium", key: KEYS.demand, label: "US lithium consumption (USGS withholds it)", unit: "t", group: "dependency", min: 500, max: 10_000, step: 50, default: 3_200, low: 1_600, high: 3_200, sourceId: "usgs-mcs2025-lithium", status: "derived",
    basis: "USGS withholds US consumption. Net imports in 2024 were 3,300 − 1,700 = 1,600 t of lithium content and import reliance is printed as “more than 50 %”, so consumption lies between 1,600 t (all imported) and 3,200 t (half imported); the default takes the 50 % bound the model also uses for reliance." },

  // Pipeline phases (data/projects.json).
  { per: "pipeline-phase", key: KEYS.pipelineStart, label: "first production year", unit: "year", group: "dependency",
    values: ({ startYear: y }) => ({ min: Math.max(FIRST_YEAR, y - 3), max: y + 8, step: 1, default: y, low: y, high: y + 3 }),
    basis: "Start year as announced by the operator; a delay of up to three years is our judgement for the range." },
  { per: "pipeline-phase", key: KEYS.pipelineCapacity, label: "capacity", unit: "t per year", group: "dependency",
    values: ({ capacityT: c }) => ({ min: 0, max: Math.round(c * 1.5), step: niceStep(c * 1.5), default: c, low: Math.round(c * 0.8), high: Math.round(c * 1.2) }),
    basis: "Annual output at capacity as reported for the feasibility study; ±20 % covers the conflicting figures reported for it." },
];
