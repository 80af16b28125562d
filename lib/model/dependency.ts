import { type MineralId } from "../data/common";
import { KEYS } from "./assumptions";
import { type LandedCost, v } from "./landed-cost";
import { type MineralModelData, type ModelData } from "./model-data";
import { ALTERNATIVE_SUPPLIERS, type AlternativeSupplier, FIRST_YEAR, type ScenarioValues, SUPPLIERS, type Supplier, YEARS } from "./types";

/** One source of US supply in a year: a country, US domestic production ("US"), other countries ("ZZ"). */
export interface SupplySlice {
  source: string;
  volumeT: number;
  /** Share of US demand, 0–1. Slices plus unmet sum to 1. */
  share: number;
}

export interface DependencyYear {
  year: number;
  demandT: number;
  mix: SupplySlice[];
  /** China's share of US supply, 0–1, in this scenario and with no re-sourcing. */
  chinaShare: number;
  chinaShareBaseline: number;
  /** HHI = Σ sᵢ² over the supply sources (0–1); unmet volume is not a source. */
  hhi: number;
  /** Σ sᵢ² × riskᵢ, risk from WGI political stability (0 best, 1 worst). */
  governanceHhi: number;
  pakistanVolumeT: number;
  pakistanShare: number;
  /** Volume taken from China (or from switched-off suppliers) and re-sourced this year. */
  reSourcedT: number;
  /** Volume no supplier could cover. */
  unmetT: number;
  unmetShare: number;
  /** Change of the volume-weighted landed cost of the re-sourced volume vs where it came from, %. */
  costChangePct: number | null;
  /** Extra (or saved, if negative) annual cost of the re-sourced volume, USD. */
  extraCostUsd: number;
}

export interface MineralDependency {
  mineral: MineralId;
  demandBasis: string;
  importForm: string;
  /** Net import reliance used, 0–1. */
  importReliance: number;
  years: DependencyYear[];
  /** What limits the numbers (e.g. production reported on another basis than demand). */
  notes: string[];
}

function ramp(year: number, target: number): number {
  if (target <= FIRST_YEAR) return 1;
  return Math.min(1, Math.max(0, (year - FIRST_YEAR) / (target - FIRST_YEAR)));
}

/** Capacity an alternative supplier can offer the US in a year, tonnes: exportable share × (production + pipeline). */
export function supplierCapacityT(data: ModelData, values: ScenarioValues, m: MineralModelData, c: AlternativeSupplier, year: number): number {
  let producing = m.capacityComparable ? m.productionT[c] : 0;
  for (const ph of data.pipeline) {
    if (ph.country !== c || ph.mineral !== m.id) continue;
    if (year >= v(values, KEYS.pipelineStart(ph.projectId, ph.phaseId))) producing += v(values, KEYS.pipelineCapacity(ph.projectId, ph.phaseId));
  }
  return (v(values, KEYS.exportable(c)) / 100) * producing;
}

/**
 * Fills `amount` into suppliers with spare capacity: cheapest first, or in proportion to weights (water-filling,
 * so a supplier at capacity passes its share to the others). Returns the allocation per supplier.
 */
export function allocate(
  amount: number,
  spare: Readonly<Record<AlternativeSupplier, number>>,
  rule: "cheapest" | "weighted",
  costOrder: readonly AlternativeSupplier[],
  weights: Readonly<Record<AlternativeSupplier, number>>,
): Record<AlternativeSupplier, number> {
  const out: Record<AlternativeSupplier, number> = { PK: 0, AU: 0, CA: 0, UA: 0 };
  let left = amount;
  if (rule === "cheapest") {
    for (const c of costOrder) {
      const take = Math.min(left, spare[c]);
      out[c] = take;
      left -= take;
      if (left <= 0) break;
    }
    return out;
  }
  let open = ALTERNATIVE_SUPPLIERS.filter((c) => spare[c] > 0 && weights[c] > 0);
  while (left > 1e-9 && open.length) {
    const total = open.reduce((s, c) => s + weights[c], 0);
    let used = 0;
    const next: AlternativeSupplier[] = [];
    for (const c of open) {
      const want = (left * weights[c]) / total;
      const room = spare[c] - out[c];
      const take = Math.min(want, room);
      out[c] += take;
      used += take;
      if (room - take > 1e-9) next.push(c);
    }
    left -= used;
    if (next.length === open.length) break;
    open = next;
  }
  return out;
}

/**
 * US supply of one mineral per year, 2025–2035 (MODEL.md §3): demand held at 2024 apparent consumption (grown by
 * the demand-growth assumption); imports split by the USGS import sources; a share ρ of China-sourced volume
 * moved by the target year (linear ramp) to PK, AU, CA, UA within their capacity; switched-off suppliers' volume
 * re-sourced from the shock year; what nobody can supply reported as unmet.
 */
export function computeDependency(
  data: ModelData,
  values: ScenarioValues,
  m: MineralModelData,
  costs: ReadonlyMap<string, LandedCost>,
): MineralDependency {
  const notes: string[] = [];
  const demand0 = m.demandT?.value ?? v(values, KEYS.demand(m.id));
  if (!m.demandT) notes.push("US consumption is withheld by USGS; the demand assumption stands in.");
  if (!m.capacityComparable) notes.push("Production is reported as ore gross weight, not content, so current output is not counted as capacity.");
  const growth = v(values, KEYS.demandGrowth) / 100;
  const reliance = m.importReliance.value;
  const rho = v(values, KEYS.resourcingShare) / 100;
  const target = v(values, KEYS.targetYear);
  const shockYear = v(values, KEYS.shockYear);
  const rule = Math.round(v(values, KEYS.allocationRule)) === 1 ? "weighted" : "cheapest";
  const removed = new Set(SUPPLIERS.filter((c) => v(values, KEYS.remove(c)) >= 0.5));
  const landed = (c: Supplier) => costs.get(`${c}:${m.id}`)?.landedCostUsdPerTonne ?? Number.POSITIVE_INFINITY;
  const costOrder = [...ALTERNATIVE_SUPPLIERS].sort((a, b) => landed(a) - landed(b));
  const weights = Object.fromEntries(ALTERNATIVE_SUPPLIERS.map((c) => [c, Math.max(0, v(values, KEYS.weight(c)))])) as Record<AlternativeSupplier, number>;
  const risk = (source: string) =>
    (data.countries as Record<string, { riskScore: number | null } | undefined>)[source]?.riskScore ?? v(values, KEYS.otherRisk);
  const chinaImportShare = m.importShares.find((s) => s.country === "CN")?.share ?? 0;

  const years = YEARS.map<DependencyYear>((year) => {
    const demand = demand0 * (1 + growth) ** (year - 2024);
    const imports = demand * reliance;
    const volume = new Map<string, number>();
    volume.set("US", demand - imports);
    for (const s of m.importShares) volume.set(s.country, (volume.get(s.country) ?? 0) + imports * s.share);

    const shocked = year >= shockYear;
    let toResource = 0;
    let originCost = 0;
    const take = (source: string, amount: number) => {
      if (amount <= 0) return;
      volume.set(source, (volume.get(source) ?? 0) - amount);
      toResource += amount;
      originCost += amount * landed(source as Supplier);
    };
    const chinaVolume = volume.get("CN") ?? 0;
    if (shocked && removed.has("CN")) take("CN", chinaVolume);
    else take("CN", rho * ramp(year, target) * chinaVolume);
    if (shocked) for (const c of removed) if (c !== "CN") take(c, volume.get(c) ?? 0);

    const spare = Object.fromEntries(
      ALTERNATIVE_SUPPLIERS.map((c) => [
        c,
        shocked && removed.has(c) ? 0 : Math.max(0, supplierCapacityT(data, values, m, c, year) - (volume.get(c) ?? 0)),
      ]),
    ) as Record<AlternativeSupplier, number>;
    const allocation = allocate(toResource, spare, rule, costOrder, weights);
    let allocated = 0;
    let newCost = 0;
    for (const c of ALTERNATIVE_SUPPLIERS) {
      const a = allocation[c];
      if (a <= 0) continue;
      volume.set(c, (volume.get(c) ?? 0) + a);
      allocated += a;
      newCost += a * landed(c);
    }
    const unmet = Math.max(0, toResource - allocated);
    const mix = [...volume.entries()]
      .filter(([, vol]) => vol > 1e-9)
      .map(([source, vol]) => ({ source, volumeT: vol, share: demand > 0 ? vol / demand : 0 }))
      .sort((a, b) => b.volumeT - a.volumeT);
    const hhi = mix.reduce((s, x) => s + x.share * x.share, 0);
    const governanceHhi = mix.reduce((s, x) => s + x.share * x.share * risk(x.source), 0);
    const pk = volume.get("PK") ?? 0;
    // The cost of the re-sourced volume vs the same volume at its origin's landed cost (unmet volume excluded).
    const originAvg = toResource > 0 ? originCost / toResource : 0;
    const newAvg = allocated > 0 ? newCost / allocated : 0;
    const comparable = allocated > 0 && Number.isFinite(originAvg) && originAvg > 0 && Number.isFinite(newAvg);
    return {
      year,
      demandT: demand,
      mix,
      chinaShare: demand > 0 ? (volume.get("CN") ?? 0) / demand : 0,
      chinaShareBaseline: reliance * chinaImportShare,
      hhi,
      governanceHhi,
      pakistanVolumeT: pk,
      pakistanShare: demand > 0 ? pk / demand : 0,
      reSourcedT: allocated,
      unmetT: unmet,
      unmetShare: demand > 0 ? unmet / demand : 0,
      costChangePct: comparable ? (newAvg / originAvg - 1) * 100 : null,
      extraCostUsd: comparable ? allocated * (newAvg - originAvg) : 0,
    };
  });

  return { mineral: m.id, demandBasis: m.demandBasis, importForm: m.importForm, importReliance: reliance, years, notes };
}
