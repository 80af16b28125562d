import { type MineralId, type Status } from "../data/common";
import { MINERAL_IDS } from "../data/constants";
import { type CostParameter } from "../data/cost-parameters";
import { type ModelData } from "./model-data";
import {
  ALTERNATIVE_SUPPLIERS,
  type Assumption,
  type AssumptionGroup,
  COST_COUNTRIES,
  type CostCountry,
  FIRST_YEAR,
  LAST_YEAR,
  type ScenarioValues,
  SUPPLIERS,
} from "./types";

/** Memoises a key builder: the model reads keys on every slider move, so each string is built once. */
function memo<A extends string>(build: (a: A) => string): (a: A) => string {
  const cache = new Map<A, string>();
  return (a) => {
    let key = cache.get(a);
    if (key === undefined) cache.set(a, (key = build(a)));
    return key;
  };
}

function memo2(build: (a: string, b: string) => string): (a: string, b: string) => string {
  const cache = new Map<string, string>();
  return (a, b) => {
    const id = `${a}\u0000${b}`;
    let key = cache.get(id);
    if (key === undefined) cache.set(id, (key = build(a, b)));
    return key;
  };
}

/** Assumption keys, built in one place so no other module spells them. */
export const KEYS = {
  baseRate: "base-rate",
  riskLoading: "risk-loading",
  projectLife: "project-life",
  energyShare: "energy-share",
  tariffRegime: "tariff-regime",
  resourcingShare: "resourcing-share",
  targetYear: "target-year",
  allocationRule: "allocation-rule",
  demandGrowth: "demand-growth",
  shockYear: "shock-year",
  otherRisk: "other-risk",
  wage: memo((c: CostCountry) => `wage-${c.toLowerCase()}`),
  productivity: memo((c: CostCountry) => `productivity-${c.toLowerCase()}`),
  crp: memo((c: CostCountry) => `crp-${c.toLowerCase()}`),
  extraPremium: memo((c: CostCountry) => `extra-premium-${c.toLowerCase()}`),
  electricity: memo((c: CostCountry) => `electricity-${c.toLowerCase()}`),
  oceanFreight: memo((c: CostCountry) => `ocean-freight-${c.toLowerCase()}`),
  inlandFreight: memo((c: CostCountry) => `inland-freight-${c.toLowerCase()}`),
  security: memo((c: CostCountry) => `security-${c.toLowerCase()}`),
  insurance: memo((c: CostCountry) => `insurance-${c.toLowerCase()}`),
  tariffExtra: memo((c: CostCountry) => `tariff-extra-${c.toLowerCase()}`),
  exportable: memo((c: CostCountry) => `exportable-${c.toLowerCase()}`),
  remove: memo((c: CostCountry) => `remove-${c.toLowerCase()}`),
  weight: memo((c: CostCountry) => `weight-${c.toLowerCase()}`),
  cashCost: memo((m: MineralId) => `cash-cost-${m}`),
  capex: memo((m: MineralId) => `capex-${m}`),
  labourShare: memo((m: MineralId) => `labour-share-${m}`),
  price: memo((m: MineralId) => `price-${m}`),
  demand: memo((m: MineralId) => `us-demand-${m}`),
  pipelineStart: memo2((projectId, phaseId) => `start-${projectId}-${phaseId}`),
  pipelineCapacity: memo2((projectId, phaseId) => `capacity-${projectId}-${phaseId}`),
} as const;

/** A step of 1, 2 or 5 × 10ⁿ giving about 200–500 positions over the range. */
export function niceStep(range: number): number {
  if (!(range > 0)) return 1;
  const raw = range / 300;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const f = raw / exp;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : 5) * exp;
}

function roundTo(v: number, step: number, dir: "down" | "up"): number {
  const n = dir === "down" ? Math.floor(v / step) : Math.ceil(v / step);
  return Number((n * step).toPrecision(12));
}

interface FromParameter {
  key: string;
  label: string;
  unit?: string;
  group: AssumptionGroup;
  country: CostCountry | null;
  mineral: MineralId | null;
  min: number;
  max: number;
  step: number;
}

/** A slider range around a parameter's low/high: from half the low to one and a half times the high. */
function widen(p: CostParameter): { min: number; max: number; step: number } {
  const step = niceStep(p.high * 1.5 - p.low * 0.5);
  return {
    min: Math.max(0, roundTo(p.low * 0.5, step, "down")),
    max: roundTo(p.high * 1.5, step, "up"),
    step,
  };
}

/**
 * Builds the assumptions table from the cost parameters (defaults, ranges, basis, source) and the model data
 * (pipeline phases, tariff regimes, gaps such as withheld US demand). Every slider, URL parameter, API check,
 * preset, sensitivity and uncertainty run reads this table; nothing else states a bound or a default.
 */
export function buildAssumptionTable(parameters: readonly CostParameter[], data: ModelData): Assumption[] {
  const table: Assumption[] = [];
  const find = (id: string, country: CostCountry | null, mineral: MineralId | null) => {
    const p = parameters.find((x) => x.id === id && x.country === country && x.mineral === mineral);
    if (!p)
      throw new Error(
        `cost-parameters.json lacks "${id}" for ${country ?? "all countries"} / ${mineral ?? "all minerals"}`,
      );
    return p;
  };
  const fromParameter = (id: string, spec: FromParameter) => {
    const p = find(id, spec.country, spec.mineral);
    table.push({
      key: spec.key,
      label: spec.label,
      unit: spec.unit ?? p.unit,
      group: spec.group,
      country: spec.country,
      mineral: spec.mineral,
      kind: "number",
      min: Math.min(spec.min, p.low),
      max: Math.max(spec.max, p.high),
      step: spec.step,
      default: p.default,
      low: p.low,
      high: p.high,
      basis: p.basis,
      sourceId: p.sourceId,
      status: p.status,
    });
  };
  const assumption = (a: Omit<Assumption, "status" | "sourceId"> & { status?: Status; sourceId?: string }) =>
    table.push({ status: "assumption", sourceId: "project-assumptions", ...a });

  // Finance and risk, global.
  fromParameter("base-discount-rate", {
    key: KEYS.baseRate,
    label: "base discount rate (real)",
    unit: "%",
    group: "finance-risk",
    country: null,
    mineral: null,
    min: 2,
    max: 15,
    step: 0.1,
  });
  fromParameter("country-risk-loading", {
    key: KEYS.riskLoading,
    label: "country-risk loading λ",
    unit: "share of the premium priced",
    group: "finance-risk",
    country: null,
    mineral: null,
    min: 0,
    max: 1,
    step: 0.05,
  });
  fromParameter("project-life", {
    key: KEYS.projectLife,
    label: "project life for capital recovery",
    unit: "years",
    group: "finance-risk",
    country: null,
    mineral: null,
    min: 5,
    max: 50,
    step: 1,
  });
  fromParameter("energy-share", {
    key: KEYS.energyShare,
    label: "energy share of site cash cost",
    unit: "%",
    group: "cost-structure",
    country: null,
    mineral: null,
    min: 5,
    max: 45,
    step: 1,
  });

  // Per mineral: cost structure.
  for (const m of MINERAL_IDS) {
    const name = data.minerals.find((x) => x.id === m)?.name ?? m;
    const spec = (id: string, key: string, label: string, extra: Partial<FromParameter> = {}) => {
      const p = find(id, null, m);
      fromParameter(id, {
        key,
        label: `${name} — ${label}`,
        group: "cost-structure",
        country: null,
        mineral: m,
        ...widen(p),
        ...extra,
      });
    };
    spec("cash-cost", KEYS.cashCost(m), "site cash cost");
    spec("capex-intensity", KEYS.capex(m), "capital intensity");
    spec("labour-share", KEYS.labourShare(m), "labour share of site cash cost", { min: 5, max: 70, step: 1 });
    spec("price-2024", KEYS.price(m), "reference price, 2024");
  }

  // Per country: labour, finance, energy and logistics, trade, dependency.
  for (const c of COST_COUNTRIES) {
    const supplier = c !== "US";
    fromParameter("mining-wage", {
      key: KEYS.wage(c),
      label: "mining wage",
      group: "labour",
      country: c,
      mineral: null,
      min: 500,
      max: 150_000,
      step: 100,
    });
    fromParameter("labour-productivity", {
      key: KEYS.productivity(c),
      label: "labour productivity relative to the US",
      unit: "multiplier",
      group: "labour",
      country: c,
      mineral: null,
      min: 0.05,
      max: 1.5,
      step: 0.05,
    });
    fromParameter("country-risk-premium", {
      key: KEYS.crp(c),
      label: "country risk premium",
      unit: "percentage points",
      group: "finance-risk",
      country: c,
      mineral: null,
      min: 0,
      max: 25,
      step: 0.01,
    });
    assumption({
      key: KEYS.extraPremium(c),
      label: "extra project risk premium",
      unit: "percentage points",
      group: "finance-risk",
      country: c,
      mineral: null,
      kind: "number",
      min: 0,
      max: 10,
      step: 0.1,
      default: 0,
      low: 0,
      high: 3,
      basis:
        "Risk specific to a project beyond the country premium (for example a remote or contested site). None by default; the range up to 3 points is our judgement.",
    });
    fromParameter("electricity-price", {
      key: KEYS.electricity(c),
      label: "industrial electricity price",
      group: "energy-logistics",
      country: c,
      mineral: null,
      min: 0.02,
      max: 0.4,
      step: 0.005,
    });
    if (supplier) {
      fromParameter("ocean-freight", {
        key: KEYS.oceanFreight(c),
        label: "ocean freight to the US",
        group: "energy-logistics",
        country: c,
        mineral: null,
        min: 0,
        max: 400,
        step: 5,
      });
    }
    fromParameter("inland-freight", {
      key: KEYS.inlandFreight(c),
      label: "inland haul to port",
      group: "energy-logistics",
      country: c,
      mineral: null,
      min: 0,
      max: 250,
      step: 5,
    });
    fromParameter("security-cost", {
      key: KEYS.security(c),
      label: "security and political-risk cost",
      unit: "% of capex per year",
      group: "finance-risk",
      country: c,
      mineral: null,
      min: 0,
      max: 5,
      step: 0.1,
    });
    if (!supplier) continue;
    fromParameter("cargo-insurance", {
      key: KEYS.insurance(c),
      label: "cargo insurance incl. war risk",
      unit: "% of cargo value",
      group: "energy-logistics",
      country: c,
      mineral: null,
      min: 0,
      max: 3,
      step: 0.05,
    });
    assumption({
      key: KEYS.tariffExtra(c),
      label: "extra US tariff on all minerals",
      unit: "percentage points",
      group: "trade",
      country: c,
      mineral: null,
      kind: "number",
      min: 0,
      max: 100,
      step: 1,
      default: 0,
      low: 0,
      high: 0,
      basis:
        "Added to the late-2025 (or 2026) rate of every mineral from this country, to test new duties (25 points is the Section 301 step used in 2024–26). None by default; a policy lever, so it is not varied in the sensitivity and uncertainty runs.",
    });
    fromParameter("exportable-share", {
      key: KEYS.exportable(c),
      label: "share of output available to the US",
      unit: "%",
      group: "dependency",
      country: c,
      mineral: null,
      min: 0,
      max: 100,
      step: 1,
    });
    assumption({
      key: KEYS.remove(c),
      label: "supply shock: remove from the shock year",
      unit: "switch",
      group: "dependency",
      country: c,
      mineral: null,
      kind: "switch",
      min: 0,
      max: 1,
      step: 1,
      default: 0,
      low: 0,
      high: 0,
      basis:
        "Removes this supplier's volume from the shock year on (for example an export ban); the volume is re-sourced within other suppliers' capacity or reported as unmet.",
    });
  }

  for (const c of ALTERNATIVE_SUPPLIERS) {
    assumption({
      key: KEYS.weight(c),
      label: "allocation weight (weighted rule)",
      unit: "%",
      group: "dependency",
      country: c,
      mineral: null,
      kind: "number",
      min: 0,
      max: 100,
      step: 1,
      default: 25,
      low: 25,
      high: 25,
      basis:
        "Under the weighted allocation rule, re-sourced volume is split in proportion to these weights, within capacity. Equal by default.",
    });
  }

  // Trade and dependency, global.
  assumption({
    key: KEYS.tariffRegime,
    label: "US tariff regime",
    unit: "regime",
    group: "trade",
    country: null,
    mineral: null,
    kind: "choice",
    min: 0,
    max: data.tariffRegimes.length - 1,
    step: 1,
    default: 0,
    low: 0,
    high: 0,
    basis:
      "Which US duty stack applies: the late-2025 one (IEEPA layers in force) or the 2026 one after the Supreme Court's IEEPA ruling (secondary; verify).",
    sourceId: data.tariffRegimes[0]?.sourceId ?? "project-assumptions",
    status: "secondary",
    options: data.tariffRegimes.map((r, i) => ({ value: i, label: r.label })),
  });
  assumption({
    key: KEYS.resourcingShare,
    label: "share of China-sourced US supply moved to other suppliers",
    unit: "%",
    group: "dependency",
    country: null,
    mineral: null,
    kind: "number",
    min: 0,
    max: 100,
    step: 1,
    default: 50,
    low: 25,
    high: 100,
    basis:
      "A policy choice, not a forecast: half of what the US now buys from China is moved by the target year in the baseline.",
  });
  assumption({
    key: KEYS.targetYear,
    label: "target year for the re-sourcing",
    unit: "year",
    group: "dependency",
    country: null,
    mineral: null,
    kind: "number",
    min: FIRST_YEAR + 1,
    max: LAST_YEAR,
    step: 1,
    default: 2030,
    low: 2028,
    high: 2035,
    basis:
      "The move ramps up linearly from 2025 to this year. 2030 is a common horizon of US and allied critical-mineral strategies (our choice).",
  });
  assumption({
    key: KEYS.allocationRule,
    label: "allocation rule",
    unit: "rule",
    group: "dependency",
    country: null,
    mineral: null,
    kind: "choice",
    min: 0,
    max: 1,
    step: 1,
    default: 0,
    low: 0,
    high: 0,
    basis:
      "Cheapest first fills the lowest landed cost within capacity; weighted splits by the allocation weights within capacity.",
    options: [
      { value: 0, label: "Cheapest first" },
      { value: 1, label: "Weighted" },
    ],
  });
  assumption({
    key: KEYS.demandGrowth,
    label: "growth of US demand",
    unit: "% per year",
    group: "dependency",
    country: null,
    mineral: null,
    kind: "number",
    min: -5,
    max: 10,
    step: 0.5,
    default: 0,
    low: -1,
    high: 3,
    basis:
      "US apparent consumption is held at its 2024 level by default; no demand forecast is sourced here.",
  });
  assumption({
    key: KEYS.shockYear,
    label: "supply-shock year",
    unit: "year",
    group: "dependency",
    country: null,
    mineral: null,
    kind: "number",
    min: FIRST_YEAR,
    max: LAST_YEAR,
    step: 1,
    default: 2027,
    low: 2027,
    high: 2027,
    basis: "First year in which a switched-off supplier delivers nothing.",
  });
  assumption({
    key: KEYS.otherRisk,
    label: "governance risk of other supplier countries (0 best, 1 worst)",
    unit: "score 0–1",
    group: "dependency",
    country: null,
    mineral: null,
    kind: "number",
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.5,
    low: 0.3,
    high: 0.7,
    basis:
      "The governance-weighted HHI needs a risk score for every source; WGI data here cover only the six focus countries, so other countries get the median score 0.5 (an assumption).",
  });

  for (const m of data.minerals) {
    if (m.demandT) continue;
    const d = LITHIUM_DEMAND_FALLBACK[m.id];
    if (!d) throw new Error(`US demand for ${m.id} is withheld and no fallback assumption is defined`);
    assumption({
      key: KEYS.demand(m.id),
      group: "dependency",
      country: null,
      mineral: m.id,
      kind: "number",
      ...d,
    });
  }

  for (const ph of data.pipeline) {
    const name = `${ph.projectName}, ${ph.name}`;
    assumption({
      key: KEYS.pipelineStart(ph.projectId, ph.phaseId),
      label: `${name} — first production year`,
      unit: "year",
      group: "dependency",
      country: ph.country,
      mineral: ph.mineral,
      kind: "number",
      min: Math.max(FIRST_YEAR, ph.startYear - 3),
      max: ph.startYear + 8,
      step: 1,
      default: ph.startYear,
      low: ph.startYear,
      high: ph.startYear + 3,
      basis: `Start year as announced by the operator; a delay of up to three years is our judgement for the range.`,
      sourceId: ph.sourceId,
      status: ph.status,
    });
    assumption({
      key: KEYS.pipelineCapacity(ph.projectId, ph.phaseId),
      label: `${name} — capacity`,
      unit: "t per year",
      group: "dependency",
      country: ph.country,
      mineral: ph.mineral,
      kind: "number",
      min: 0,
      max: Math.round(ph.capacityT * 1.5),
      step: niceStep(ph.capacityT * 1.5),
      default: ph.capacityT,
      low: Math.round(ph.capacityT * 0.8),
      high: Math.round(ph.capacityT * 1.2),
      basis:
        "Annual output at capacity as reported for the feasibility study; ±20 % covers the conflicting figures reported for it.",
      sourceId: ph.sourceId,
      status: ph.status,
    });
  }

  return table.map(alignStep);
}

function onGrid(x: number, min: number, step: number): boolean {
  const k = (x - min) / step;
  return Math.abs(k - Math.round(k)) < 1e-6;
}

/**
 * A range input can only hold min + k × step: a default of 2,130 on a 100-step slider from 500 would show (and
 * snap to) 2,100. The step is divided by ten until the default, low, high and max all lie on the grid.
 */
export function alignStep(a: Assumption): Assumption {
  let step = a.step;
  for (let i = 0; i < 8 && ![a.default, a.low, a.high, a.max].every((x) => onGrid(x, a.min, step)); i++)
    step = Number((step / 10).toPrecision(6));
  return step === a.step ? a : { ...a, step };
}

/** US lithium consumption is withheld by USGS: net imports ÷ the printed import-reliance bound stands in. */
const LITHIUM_DEMAND_FALLBACK: Partial<
  Record<MineralId, Omit<Assumption, "key" | "group" | "country" | "mineral" | "kind">>
> = {
  lithium: {
    label: "US lithium consumption (USGS withholds it)",
    unit: "t",
    min: 500,
    max: 10_000,
    step: 50,
    default: 3_200,
    low: 1_600,
    high: 3_200,
    basis:
      "USGS withholds US consumption. Net imports in 2024 were 3,300 − 1,700 = 1,600 t of lithium content and import reliance is printed as “more than 50 %”, so consumption lies between 1,600 t (all imported) and 3,200 t (half imported); the default takes the 50 % bound the model also uses for reliance.",
    sourceId: "usgs-mcs2025-lithium",
    status: "derived",
  },
};

/** The default value of every assumption. */
export function defaultValues(table: readonly Assumption[]): ScenarioValues {
  return Object.fromEntries(table.map((a) => [a.key, a.default]));
}

export { SUPPLIERS };
