import { type MineralId } from "../data/common";
import { KEYS } from "./assumptions";
import { costOf, type LandedCost, v } from "./landed-cost";
import { type MineralModelData, type ModelData } from "./model-data";
import {
  ALTERNATIVE_SUPPLIERS,
  type AlternativeSupplier,
  FIRST_YEAR,
  type ScenarioValues,
  SUPPLIERS,
  YEARS,
} from "./types";

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

const byVolume = (a: SupplySlice, b: SupplySlice) => b.volumeT - a.volumeT;

function ramp(year: number, target: number): number {
  if (target <= FIRST_YEAR) return 1;
  return Math.min(1, Math.max(0, (year - FIRST_YEAR) / (target - FIRST_YEAR)));
}

/** Capacity an alternative supplier can offer the US in a year, tonnes: exportable share × (production + pipeline). */
export function supplierCapacityT(
  data: ModelData,
  values: ScenarioValues,
  m: MineralModelData,
  c: AlternativeSupplier,
  year: number,
): number {
  let producing = m.capacityComparable ? m.productionT[c] : 0;
  for (const ph of data.pipeline) {
    if (ph.country !== c || ph.mineral !== m.id) continue;
    if (year >= v(values, KEYS.pipelineStart(ph.projectId, ph.phaseId)))
      producing += v(values, KEYS.pipelineCapacity(ph.projectId, ph.phaseId));
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
 *
 * Everything that does not change from year to year (costs, capacities, weights, risk scores) is read once, so
 * a full scenario stays well under a millisecond on the slider's path.
 */
export function computeDependency(
  data: ModelData,
  values: ScenarioValues,
  m: MineralModelData,
  costs: ReadonlyMap<string, LandedCost>,
): MineralDependency {
  // Local copies of imported constants: module bindings compiled to getters (tsx, CommonJS) are slow in hot loops.
  const ALTS = ALTERNATIVE_SUPPLIERS;
  const notes: string[] = [];
  const demand0 = m.demandT?.value ?? v(values, KEYS.demand(m.id));
  if (!m.demandT) notes.push("US consumption is withheld by USGS; the demand assumption stands in.");
  if (!m.capacityComparable)
    notes.push(
      "Production is reported as ore gross weight, not content, so current output is not counted as capacity.",
    );
  const growth = 1 + v(values, KEYS.demandGrowth) / 100;
  const reliance = m.importReliance.value;
  const rho = v(values, KEYS.resourcingShare) / 100;
  const target = v(values, KEYS.targetYear);
  const shockYear = v(values, KEYS.shockYear);
  const weighted = Math.round(v(values, KEYS.allocationRule)) === 1;
  const otherRisk = v(values, KEYS.otherRisk);

  // Sources: US domestic, every import source, and the alternative suppliers; volumes live in one array.
  const sources: string[] = ["US"];
  for (const s of m.importShares) if (!sources.includes(s.country)) sources.push(s.country);
  for (const c of ALTS) if (!sources.includes(c)) sources.push(c);
  const index = new Map(sources.map((s, i) => [s, i]));
  const importShare = new Float64Array(sources.length);
  for (const s of m.importShares) {
    const i = index.get(s.country)!;
    importShare[i] = importShare[i]! + s.share;
  }
  const countries = data.countries as Record<string, { riskScore: number | null } | undefined>;
  const risk = sources.map((s) => countries[s]?.riskScore ?? otherRisk);
  const landedOf = (c: string) => costOf(costs, c, m.id)?.landedCostUsdPerTonne ?? Number.POSITIVE_INFINITY;
  const landed = sources.map(landedOf);
  const removed = new Set(SUPPLIERS.filter((c) => v(values, KEYS.remove(c)) >= 0.5));
  const removedIdx = [...removed]
    .filter((c) => c !== "CN")
    .map((c) => index.get(c))
    .filter((i): i is number => i !== undefined);
  const cnIdx = index.get("CN");
  const costOrder = [...ALTS].sort((a, b) => landedOf(a) - landedOf(b));
  const weights = { PK: 0, AU: 0, CA: 0, UA: 0 } as Record<AlternativeSupplier, number>;
  const exportable = { PK: 0, AU: 0, CA: 0, UA: 0 } as Record<AlternativeSupplier, number>;
  for (const c of ALTS) {
    weights[c] = Math.max(0, v(values, KEYS.weight(c)));
    exportable[c] = v(values, KEYS.exportable(c)) / 100;
  }
  const phases = data.pipeline
    .filter((ph) => ph.mineral === m.id && (ALTS as readonly string[]).includes(ph.country))
    .map((ph) => ({
      country: ph.country as AlternativeSupplier,
      start: v(values, KEYS.pipelineStart(ph.projectId, ph.phaseId)),
      capacity: v(values, KEYS.pipelineCapacity(ph.projectId, ph.phaseId)),
    }));
  const chinaImportShare = cnIdx === undefined ? 0 : importShare[cnIdx]!;
  const pkIdx = index.get("PK")!;
  const altIdx = ALTS.map((c) => index.get(c)!);
  const volume = new Float64Array(sources.length);
  const spare = { PK: 0, AU: 0, CA: 0, UA: 0 } as Record<AlternativeSupplier, number>;

  const years: DependencyYear[] = [];
  for (const year of YEARS) {
    const demand = demand0 * growth ** (year - 2024);
    const imports = demand * reliance;
    for (let i = 0; i < sources.length; i++) volume[i] = imports * importShare[i]!;
    volume[0] = volume[0]! + demand - imports;

    // Take volume from China (the re-sourced share, or all of it once switched off) and from switched-off suppliers.
    const shocked = year >= shockYear;
    let toResource = 0;
    let originCost = 0;
    if (cnIdx !== undefined) {
      const amount =
        shocked && removed.has("CN") ? volume[cnIdx]! : rho * ramp(year, target) * volume[cnIdx]!;
      volume[cnIdx] = volume[cnIdx]! - amount;
      toResource += amount;
      originCost += amount * landed[cnIdx]!;
    }
    if (shocked) {
      for (const i of removedIdx) {
        const amount = volume[i]!;
        volume[i] = 0;
        toResource += amount;
        originCost += amount * landed[i]!;
      }
    }

    for (let k = 0; k < ALTS.length; k++) {
      const c = ALTS[k]!;
      if (shocked && removed.has(c)) {
        spare[c] = 0;
        continue;
      }
      let producing = m.capacityComparable ? m.productionT[c] : 0;
      for (const ph of phases) if (ph.country === c && year >= ph.start) producing += ph.capacity;
      spare[c] = Math.max(0, exportable[c] * producing - volume[altIdx[k]!]!);
    }
    const allocation = allocate(toResource, spare, weighted ? "weighted" : "cheapest", costOrder, weights);
    let allocated = 0;
    let newCost = 0;
    for (let k = 0; k < ALTS.length; k++) {
      const a = allocation[ALTS[k]!];
      if (a <= 0) continue;
      const i = altIdx[k]!;
      volume[i] = volume[i]! + a;
      allocated += a;
      newCost += a * landed[i]!;
    }
    const unmet = Math.max(0, toResource - allocated);
    const mix: SupplySlice[] = [];
    let hhi = 0;
    let governanceHhi = 0;
    for (let i = 0; i < sources.length; i++) {
      const vol = volume[i]!;
      if (vol <= 1e-9) continue;
      const share = demand > 0 ? vol / demand : 0;
      mix.push({ source: sources[i]!, volumeT: vol, share });
      hhi += share * share;
      governanceHhi += share * share * risk[i]!;
    }
    mix.sort(byVolume);
    const pk = volume[pkIdx]!;
    // The cost of the re-sourced volume vs the same volume at its origin's landed cost (unmet volume excluded).
    const originAvg = toResource > 0 ? originCost / toResource : 0;
    const newAvg = allocated > 0 ? newCost / allocated : 0;
    const comparable =
      allocated > 0 && Number.isFinite(originAvg) && originAvg > 0 && Number.isFinite(newAvg);
    years.push({
      year,
      demandT: demand,
      mix,
      chinaShare: demand > 0 && cnIdx !== undefined ? volume[cnIdx]! / demand : 0,
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
    });
  }

  return {
    mineral: m.id,
    demandBasis: m.demandBasis,
    importForm: m.importForm,
    importReliance: reliance,
    years,
    notes,
  };
}
