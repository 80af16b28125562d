import { type MineralId } from "../data/common";
import { type ProcessingLocation } from "../data/processing";
import { type CostCountry } from "./types";

/**
 * Memoises a builder of keys (or of a group's key set, as landed-cost.ts does): the model reads keys on every slider
 * move, so each is built once.
 */
export function memo<A, K = string>(build: (a: A) => K): (a: A) => K {
  const cache = new Map<A, K>();
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
  riskTreatment: "risk-treatment",
  goldPrice: "gold-price",
  goldPayable: "gold-payable",
  molybdenumPrice: "molybdenum-price",
  copperPayable: "copper-payable",
  concentrateGradeCopper: "concentrate-grade-copper",
  treatmentChargeCopper: "copper-treatment-charge",
  refiningChargeCopper: "copper-refining-charge",
  conversionCostLithium: "lithium-conversion-cost",
  separationCostRareEarths: "reo-separation-cost",
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
  physicalSecurity: memo((c: CostCountry) => `physical-security-${c.toLowerCase()}`),
  riskInsurance: memo((c: CostCountry) => `political-risk-insurance-${c.toLowerCase()}`),
  diesel: memo((c: CostCountry) => `diesel-${c.toLowerCase()}`),
  freightToChina: memo((c: CostCountry) => `freight-to-china-${c.toLowerCase()}`),
  yearsToProduction: memo((c: CostCountry) => `years-to-production-${c.toLowerCase()}`),
  refineRoute: memo((c: CostCountry) => `refine-route-${c.toLowerCase()}`),
  insurance: memo((c: CostCountry) => `insurance-${c.toLowerCase()}`),
  tariffExtra: memo((c: CostCountry) => `tariff-extra-${c.toLowerCase()}`),
  exportable: memo((c: CostCountry) => `exportable-${c.toLowerCase()}`),
  remove: memo((c: CostCountry) => `remove-${c.toLowerCase()}`),
  weight: memo((c: CostCountry) => `weight-${c.toLowerCase()}`),
  cashCost: memo((m: MineralId) => `cash-cost-${m}`),
  capex: memo((m: MineralId) => `capex-${m}`),
  labourShare: memo((m: MineralId) => `labour-share-${m}`),
  electricityShare: memo((m: MineralId) => `electricity-share-${m}`),
  fuelShare: memo((m: MineralId) => `fuel-share-${m}`),
  unitCost: memo((operation: string) => `unit-cost-${operation}`),
  operationCapex: memo((operation: string) => `capex-${operation}`),
  ownPower: memo((operation: string) => `power-${operation}`),
  price: memo((m: MineralId) => `price-${m}`),
  demand: memo((m: MineralId) => `us-demand-${m}`),
  pipelineStart: memo2((projectId, phaseId) => `start-${projectId}-${phaseId}`),
  pipelineCapacity: memo2((projectId, phaseId) => `capacity-${projectId}-${phaseId}`),
} as const;

/** Coded values of the risk-treatment choice. */
export const RISK_TREATMENT = { priced: 0, insured: 1 } as const;

/** Coded values of a refining-route choice, in option order. */
export const ROUTE_CHOICES: readonly ProcessingLocation[] = [
  "domestic",
  "united-states",
  "china",
  "third-country",
];
export const ROUTE_LABELS: Record<ProcessingLocation, string> = {
  domestic: "At home",
  "united-states": "In the United States",
  china: "In China",
  "third-country": "In a third country",
};
