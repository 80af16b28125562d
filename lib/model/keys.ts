import { type MineralId } from "../data/common";
import { type CostCountry } from "./types";

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
