import { type MineralId } from "../data/common";
import { KEYS } from "./assumptions";
import {
  costOf,
  CostReader,
  type LandedCost,
  processingLocation,
  productTonnesPerContainedTonne,
} from "./landed-cost";
import { type MineralModelData, type ModelData } from "./model-data";
import { type Stage, STAGES } from "./stages";
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
  /** Extra (or saved, if negative) annual cost of the re-sourced volume, USD: its tonnes as product × the cost gap per tonne of product. */
  extraCostUsd: number;
  /** New projects' output sold to the US this year (their exportable share not used by the re-sourcing), t. */
  newSupplyT: number;
  /**
   * China's part of US supply at each stage, as shares of US demand (0–1): direct (imported from China) and
   * indirect (bought from third countries but made from Chinese intermediates, or new supply processed in China).
   */
  exposure: Record<Stage, { direct: number; indirect: number }>;
  /**
   * How far Pakistan's new supply moves China's share of US supply at each stage, share of demand (0–1): what it
   * displaces that China processed (or mined) less what of its own goes through China. Negative: it adds exposure.
   */
  pakistanCut: Record<Stage, number>;
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
  /** China's share of world output by stage, with concentration (from lib/model/stages.ts). */
  stages: StageResult[];
  /**
   * China's share of US supply at each stage before any re-sourcing or new supply (0–1 of demand): at the mining
   * stage, direct imports times the share of China's refined output mined in China; at the refining stage, direct
   * imports plus third countries' supply made from Chinese intermediates. Shares of demand, so the same every year.
   */
  baselineExposure: Record<Stage, number>;
}

/** One stage of a mineral's supply, as the API reports it. */
export interface StageResult {
  stage: Stage;
  /** What the stage produces, as the source counts it. */
  product: string;
  /** China's share of world output at this stage, 0–1 (null where no source gives the stage). */
  chinaWorldShare: number | null;
  /** HHI and top-3 share over the countries listed by name (0–1): lower bounds, "other countries" left out. */
  hhi: number | null;
  top3Share: number | null;
  sourceId: string | null;
  year: number | null;
  /** China's share of US supply at this stage, 2025–2035 (fractions of US demand). */
  usExposureToChina: { year: number; direct: number; indirect: number; total: number }[];
}

const byVolume = (a: SupplySlice, b: SupplySlice) => b.volumeT - a.volumeT;

function ramp(year: number, target: number): number {
  if (target <= FIRST_YEAR) return 1;
  return Math.min(1, Math.max(0, (year - FIRST_YEAR) / (target - FIRST_YEAR)));
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
  /** Where the allocation goes (overwritten): a caller computing many years passes one to reuse. */
  out: Record<AlternativeSupplier, number> = { PK: 0, AU: 0, CA: 0, UA: 0 },
): Record<AlternativeSupplier, number> {
  for (const c of ALTERNATIVE_SUPPLIERS) out[c] = 0;
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

/** What the dependency model reads of a mineral's data alone, the same for every scenario. */
interface DependencyPlan {
  /** US domestic ("US"), every import source, then the alternative suppliers; volumes live in arrays in this order. */
  sources: string[];
  index: Map<string, number>;
  importShare: Float64Array;
  cnIdx: number | undefined;
  pkIdx: number;
  altIdx: number[];
  isAlt: boolean[];
  /** Share of each third country's refined exports to the US made from Chinese intermediates (assessed ones). */
  feed: number[];
  chinaImportShare: number;
  /** WGI risk score per source; null for countries without one (the other-risk assumption stands in). */
  riskScores: (number | null)[];
  /**
   * China's refined exports are made partly from ore mined elsewhere; without both stages for China, all of it
   * counts as mined in China (an upper bound).
   */
  chinaMined: number;
  phases: { country: AlternativeSupplier; startKey: string; capacityKey: string }[];
  notes: string[];
  /**
   * Working arrays for one year's volumes, reused from year to year and call to call: the claims' draws compute
   * thousands of years per scenario, and allocating three typed arrays each time was a tenth of their cost.
   */
  scratch: {
    volume: Float64Array;
    indirect: Float64Array;
    added: Float64Array;
    spare: Record<AlternativeSupplier, number>;
    pipelineCap: Record<AlternativeSupplier, number>;
    allocation: Record<AlternativeSupplier, number>;
  };
}

/** Plans are built once per mineral object: the claims' Monte Carlo runs the model thousands of times. */
const plans = new WeakMap<MineralModelData, DependencyPlan>();

function dependencyPlan(data: ModelData, m: MineralModelData): DependencyPlan {
  const cached = plans.get(m);
  if (cached) return cached;
  const ALTS = ALTERNATIVE_SUPPLIERS;
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
  const cnIdx = index.get("CN");
  const notes: string[] = [];
  if (m.stages.chinaMinedShareOfRefined === null)
    notes.push(
      "No source gives China's output at both stages: its exports count as mined in China (an upper bound).",
    );
  const plan: DependencyPlan = {
    sources,
    index,
    importShare,
    cnIdx,
    pkIdx: index.get("PK")!,
    altIdx: ALTS.map((c) => index.get(c)!),
    isAlt: sources.map((src) => (ALTS as readonly string[]).includes(src)),
    feed: sources.map((src) => (src === "CN" || src === "US" ? 0 : (m.indirectChinaFeed[src] ?? 0))),
    chinaImportShare: cnIdx === undefined ? 0 : importShare[cnIdx]!,
    riskScores: sources.map((s) => countries[s]?.riskScore ?? null),
    chinaMined: m.stages.chinaMinedShareOfRefined ?? 1,
    phases: data.pipeline
      .filter((ph) => ph.mineral === m.id && (ALTS as readonly string[]).includes(ph.country))
      .map((ph) => ({
        country: ph.country as AlternativeSupplier,
        startKey: KEYS.pipelineStart(ph.projectId, ph.phaseId),
        capacityKey: KEYS.pipelineCapacity(ph.projectId, ph.phaseId),
      })),
    notes,
    scratch: {
      volume: new Float64Array(sources.length),
      indirect: new Float64Array(sources.length),
      added: new Float64Array(ALTS.length),
      spare: { PK: 0, AU: 0, CA: 0, UA: 0 },
      pipelineCap: { PK: 0, AU: 0, CA: 0, UA: 0 },
      allocation: { PK: 0, AU: 0, CA: 0, UA: 0 },
    },
  };
  plans.set(m, plan);
  return plan;
}

/**
 * What a scenario sets for one mineral's dependency that is a policy choice or an either/or case (demand growth,
 * re-sourcing share and dates, allocation, switched-off suppliers, refining routes). The claims' draws never vary
 * these (distributions.ts), so they read them once per scenario.
 */
export interface DependencyPolicy {
  growth: number;
  rho: number;
  target: number;
  shockYear: number;
  weighted: boolean;
  removed: ReadonlySet<string>;
  removedIdx: number[];
  weights: Record<AlternativeSupplier, number>;
  /** Per alternative supplier: its new supply is processed in China. */
  viaChina: boolean[];
}

/** What a scenario sets for one mineral's dependency that is uncertain: demand, risk, capacities, dates. */
export interface DependencySupply {
  demand0: number;
  /** WGI risk score per source, the other-risk assumption where a country has none. */
  risk: number[];
  exportable: Record<AlternativeSupplier, number>;
  phases: { country: AlternativeSupplier; start: number; capacity: number }[];
}

/** Everything a scenario sets for one mineral's dependency besides the landed costs, read once for all its years. */
export interface DependencyInputs {
  policy: DependencyPolicy;
  supply: DependencySupply;
}

/** Reads the policy part of a mineral's dependency inputs. */
export function dependencyPolicy(data: ModelData, r: CostReader, m: MineralModelData): DependencyPolicy {
  const ALTS = ALTERNATIVE_SUPPLIERS;
  const plan = dependencyPlan(data, m);
  const removed = new Set<string>(SUPPLIERS.filter((c) => r.read(KEYS.remove(c)) >= 0.5));
  const weights = { PK: 0, AU: 0, CA: 0, UA: 0 } as Record<AlternativeSupplier, number>;
  for (const c of ALTS) weights[c] = Math.max(0, r.read(KEYS.weight(c)));
  return {
    growth: 1 + r.read(KEYS.demandGrowth) / 100,
    rho: r.read(KEYS.resourcingShare) / 100,
    target: r.read(KEYS.targetYear),
    shockYear: r.read(KEYS.shockYear),
    weighted: Math.round(r.read(KEYS.allocationRule)) === 1,
    removed,
    removedIdx: [...removed]
      .filter((c) => c !== "CN")
      .map((c) => plan.index.get(c))
      .filter((i): i is number => i !== undefined),
    weights,
    // New supply from an alternative supplier is processed where its route says: in China, it stays China-processed.
    viaChina: ALTS.map((c) => processingLocation(r, c, m) === "china"),
  };
}

/** Reads the uncertain part of a mineral's dependency inputs: demand, other countries' risk, capacities, dates. */
export function dependencySupply(data: ModelData, r: CostReader, m: MineralModelData): DependencySupply {
  const plan = dependencyPlan(data, m);
  const otherRisk = r.read(KEYS.otherRisk);
  const exportable = { PK: 0, AU: 0, CA: 0, UA: 0 } as Record<AlternativeSupplier, number>;
  for (const c of ALTERNATIVE_SUPPLIERS) exportable[c] = r.read(KEYS.exportable(c)) / 100;
  return {
    demand0: m.demandT?.value ?? r.read(KEYS.demand(m.id)),
    risk: plan.riskScores.map((x) => x ?? otherRisk),
    exportable,
    phases: plan.phases.map((ph) => ({
      country: ph.country,
      start: r.read(ph.startKey),
      capacity: r.read(ph.capacityKey),
    })),
  };
}

/** Reads a scenario's dependency inputs for one mineral (through a reader, so the claims' draws can serve them). */
export function dependencyInputs(data: ModelData, r: CostReader, m: MineralModelData): DependencyInputs {
  return { policy: dependencyPolicy(data, r, m), supply: dependencySupply(data, r, m) };
}

/** What the landed costs decide in a mineral's dependency: each source's cost, and the suppliers cheapest first. */
export interface DependencyCosts {
  /** Landed cost per source, in the order of the mineral's sources (infinite where none is priced). */
  landed: number[];
  costOrder: AlternativeSupplier[];
}

/** The dependency's view of the costs: `landedOf` gives a source's landed cost (undefined: not priced). */
export function dependencyCosts(
  data: ModelData,
  m: MineralModelData,
  landedOf: (source: string) => number | undefined,
): DependencyCosts {
  const { sources, altIdx } = dependencyPlan(data, m);
  // Each source's cost asked once (the claims' draws run this per mineral per draw), the ranking read from them.
  const landed = sources.map((c) => landedOf(c) ?? Number.POSITIVE_INFINITY);
  const cost = (k: number) => landed[altIdx[k]!]!;
  // Four suppliers ranked by an insertion sort, stable like Array.prototype.sort (a tie keeps the suppliers'
  // order), without its call overhead: a twentieth of the claims' draws.
  const order: number[] = [];
  for (let k = 0; k < altIdx.length; k++) {
    let at = order.length;
    while (at > 0 && cost(order[at - 1]!) > cost(k)) at--;
    order.splice(at, 0, k);
  }
  return { landed, costOrder: order.map((k) => ALTERNATIVE_SUPPLIERS[k]!) };
}

/**
 * The volumes of one year after the re-sourcing and the new projects' offtake, before they are summarised. Its
 * arrays are the mineral's working arrays: read them before the next year is computed.
 */
interface YearFlows {
  demand: number;
  /** Tonnes per source, in the order of the mineral's sources. */
  volume: Float64Array;
  /** Tonnes per source made from Chinese intermediates. */
  indirect: Float64Array;
  /** Tonnes each alternative supplier added. */
  added: Float64Array;
  toResource: number;
  allocated: number;
  unmet: number;
  originCost: number;
  newCost: number;
  newSupply: number;
  pkCutMined: number;
  pkCutProcessed: number;
}

/** One year's flows (each year stands alone): the re-sourcing, the spare capacity, the new projects' offtake. */
function yearFlows(
  data: ModelData,
  m: MineralModelData,
  inputs: DependencyInputs,
  costs: DependencyCosts,
  year: number,
): YearFlows {
  // Local copies of imported constants: module bindings compiled to getters (tsx, CommonJS) are slow in hot loops.
  const ALTS = ALTERNATIVE_SUPPLIERS;
  const plan = dependencyPlan(data, m);
  const { sources, importShare, cnIdx, altIdx, isAlt, feed, chinaMined } = plan;
  const { growth, rho, target, shockYear, weighted, removed, removedIdx, weights } = inputs.policy;
  const { demand0, exportable, phases } = inputs.supply;
  const { landed, costOrder } = costs;
  const reliance = m.importReliance.value;
  // Every supplier's spare and pipeline capacity is written below before it is read.
  const { volume, indirect, added, spare, pipelineCap } = plan.scratch;
  added.fill(0);
  const demand = demand0 * growth ** (year - 2024);
  const imports = demand * reliance;
  for (let i = 0; i < sources.length; i++) {
    volume[i] = imports * importShare[i]!;
    indirect[i] = volume[i]! * feed[i]!;
  }
  volume[0] = volume[0]! + demand - imports;

  // 1. Re-sourcing: a share ρ of China-processed supply — bought from China, or from third countries that make it
  // from Chinese intermediates — moves by the target year; all of China's and a switched-off supplier's once shocked.
  const shocked = year >= shockYear;
  const step = rho * ramp(year, target);
  let toResource = 0;
  let fromChinaDirect = 0;
  let originCost = 0;
  for (let i = 0; i < sources.length; i++) {
    let amount = 0;
    if (i === cnIdx) {
      amount = shocked && removed.has("CN") ? volume[i]! : step * volume[i]!;
      fromChinaDirect = amount;
    } else if (shocked && removedIdx.includes(i)) amount = volume[i]!;
    else if (indirect[i]! > 0) amount = step * indirect[i]!;
    if (amount <= 0) continue;
    indirect[i] = Math.max(0, indirect[i]! - (i === cnIdx ? 0 : Math.min(amount, indirect[i]!)));
    volume[i] = volume[i]! - amount;
    toResource += amount;
    originCost += amount * landed[i]!;
  }

  // 2. Spare capacity of the alternative suppliers: exportable share × (production + pipeline phases started).
  for (let k = 0; k < ALTS.length; k++) {
    const c = ALTS[k]!;
    let pipeline = 0;
    for (const ph of phases) if (ph.country === c && year >= ph.start) pipeline += ph.capacity;
    const out = shocked && removed.has(c);
    pipelineCap[c] = out ? 0 : exportable[c] * pipeline;
    const producing = (m.capacityComparable ? m.productionT[c] : 0) + pipeline;
    spare[c] = out ? 0 : Math.max(0, exportable[c] * producing - volume[altIdx[k]!]!);
  }
  const rule = weighted ? "weighted" : "cheapest";
  const allocation = allocate(toResource, spare, rule, costOrder, weights, plan.scratch.allocation);
  let allocated = 0;
  let newCost = 0;
  for (let k = 0; k < ALTS.length; k++) {
    const a = allocation[ALTS[k]!];
    if (a <= 0) continue;
    const i = altIdx[k]!;
    volume[i] = volume[i]! + a;
    added[k] = added[k]! + a;
    allocated += a;
    newCost += a * landed[i]!;
  }
  const unmet = Math.max(0, toResource - allocated);
  // Of what Pakistan took over, the part that was bought directly from China.
  const directShareOfPool = toResource > 0 ? fromChinaDirect / toResource : 0;
  let pkCutProcessed = allocation.PK;
  let pkCutMined = allocation.PK * directShareOfPool * chinaMined;

  // 3. New projects sell the rest of their exportable output to the US (offtake, whatever its cost), displacing
  // imports in proportion to their volumes: China's and everyone else's alike.
  let newSupply = 0;
  for (let k = 0; k < ALTS.length; k++) {
    const c = ALTS[k]!;
    const fromProduction = (m.capacityComparable ? m.productionT[c] : 0) * exportable[c];
    const usedOfPipeline = Math.max(0, volume[altIdx[k]!]! - fromProduction);
    let offtake = Math.max(0, pipelineCap[c] - usedOfPipeline);
    if (offtake <= 0) continue;
    let displaceable = 0;
    for (let i = 1; i < sources.length; i++) if (!isAlt[i]) displaceable += volume[i]!;
    offtake = Math.min(offtake, displaceable);
    if (offtake <= 0) continue;
    const f = offtake / displaceable;
    let processed = 0;
    let mined = 0;
    for (let i = 1; i < sources.length; i++) {
      if (isAlt[i]) continue;
      const taken = volume[i]! * f;
      if (i === cnIdx) {
        processed += taken;
        mined += taken * chinaMined;
      } else processed += indirect[i]! * f;
      indirect[i] = indirect[i]! * (1 - f);
      volume[i] = volume[i]! - taken;
    }
    volume[altIdx[k]!] = volume[altIdx[k]!]! + offtake;
    added[k] = added[k]! + offtake;
    newSupply += offtake;
    if (c === "PK") {
      pkCutProcessed += processed;
      pkCutMined += mined;
    }
  }

  return {
    demand,
    volume,
    indirect,
    added,
    toResource,
    allocated,
    unmet,
    originCost,
    newCost,
    newSupply,
    pkCutMined,
    pkCutProcessed,
  };
}

/** Pakistan's cut in China's share at each stage (share of demand): what it displaced less what it sends via China. */
function cutOf(flows: YearFlows, viaChina: readonly boolean[]): Record<Stage, number> {
  const k = ALTERNATIVE_SUPPLIERS.indexOf("PK");
  const pkViaChina = viaChina[k] ? flows.added[k]! : 0;
  const share = (t: number) => (flows.demand > 0 ? t / flows.demand : 0);
  return { mining: share(flows.pkCutMined), refining: share(flows.pkCutProcessed - pkViaChina) };
}

/**
 * Pakistan's cut in China's share of US supply in one year alone (share of demand, 0–1): the same number as
 * supplyYear's `pakistanCut`, without the mix and concentration the claims' draws do not read.
 */
export function pakistanCutIn(
  data: ModelData,
  m: MineralModelData,
  inputs: DependencyInputs,
  costs: DependencyCosts,
  year: number,
): Record<Stage, number> {
  return cutOf(yearFlows(data, m, inputs, costs, year), inputs.policy.viaChina);
}

/**
 * US supply of one mineral in one year (each year stands alone): the re-sourcing, spare capacity, new projects'
 * offtake and the resulting mix, exposure and Pakistan's cut (see computeDependency).
 */
export function supplyYear(
  data: ModelData,
  m: MineralModelData,
  inputs: DependencyInputs,
  costs: DependencyCosts,
  year: number,
): DependencyYear {
  const ALTS = ALTERNATIVE_SUPPLIERS;
  const { sources, cnIdx, pkIdx, chinaImportShare, chinaMined } = dependencyPlan(data, m);
  const flows = yearFlows(data, m, inputs, costs, year);
  const { demand, volume, indirect, added, toResource, allocated, unmet, originCost, newCost, newSupply } =
    flows;
  const { risk } = inputs.supply;
  const { viaChina } = inputs.policy;
  const reliance = m.importReliance.value;
  const productPerContained = productTonnesPerContainedTonne(m);
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
  const direct = cnIdx !== undefined ? volume[cnIdx]! : 0;
  let indirectT = 0;
  for (let i = 0; i < sources.length; i++) indirectT += indirect[i]!;
  for (let k = 0; k < ALTS.length; k++) if (viaChina[k]) indirectT += added[k]!;
  const share = (t: number) => (demand > 0 ? t / demand : 0);
  // The cost of the re-sourced volume vs the same volume at its origin's landed cost (unmet volume excluded).
  const originAvg = toResource > 0 ? originCost / toResource : 0;
  const newAvg = allocated > 0 ? newCost / allocated : 0;
  const comparable = allocated > 0 && Number.isFinite(originAvg) && originAvg > 0 && Number.isFinite(newAvg);
  return {
    year,
    demandT: demand,
    mix,
    chinaShare: share(direct),
    chinaShareBaseline: reliance * chinaImportShare,
    hhi,
    governanceHhi,
    pakistanVolumeT: pk,
    pakistanShare: share(pk),
    reSourcedT: allocated,
    unmetT: unmet,
    unmetShare: share(unmet),
    costChangePct: comparable ? (newAvg / originAvg - 1) * 100 : null,
    // Volumes are tonnes of contained content (USGS basis), costs USD per tonne of product: one unit throughout.
    extraCostUsd: comparable ? allocated * productPerContained * (newAvg - originAvg) : 0,
    newSupplyT: newSupply,
    exposure: {
      mining: { direct: share(direct * chinaMined), indirect: 0 },
      refining: { direct: share(direct), indirect: share(indirectT) },
    },
    pakistanCut: cutOf(flows, viaChina),
  };
}

/**
 * China's share of US supply of a mineral at each stage before any change, share of demand (0–1): from the data
 * alone, so the same in every scenario and every year.
 */
export function baselineExposure(data: ModelData, m: MineralModelData): Record<Stage, number> {
  const { sources, importShare, feed, chinaImportShare, chinaMined } = dependencyPlan(data, m);
  const reliance = m.importReliance.value;
  let indirectShare = 0;
  for (let i = 0; i < sources.length; i++) indirectShare += importShare[i]! * feed[i]!;
  return {
    mining: reliance * chinaImportShare * chinaMined,
    refining: reliance * (chinaImportShare + indirectShare),
  };
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
  values: ScenarioValues | CostReader,
  m: MineralModelData,
  costs: ReadonlyMap<string, LandedCost>,
  /** The years to compute (each year stands alone); all of 2025–2035 by default. The claims' draws need one. */
  years: readonly number[] = YEARS,
): MineralDependency {
  const notes: string[] = [];
  if (!m.demandT) notes.push("US consumption is withheld by USGS; the demand assumption stands in.");
  if (!m.capacityComparable)
    notes.push(
      "Production is reported as ore gross weight, not content, so current output is not counted as capacity.",
    );
  notes.push(...dependencyPlan(data, m).notes);
  const inputs = dependencyInputs(data, values instanceof CostReader ? values : new CostReader(values), m);
  const priced = dependencyCosts(data, m, (c) => costOf(costs, c, m.id)?.landedCostUsdPerTonne);
  const out = years.map((year) => supplyYear(data, m, inputs, priced, year));

  const stages: StageResult[] = STAGES.map((stage) => {
    const w = m.stages.primary[stage];
    return {
      stage,
      product: w?.product ?? (stage === "mining" ? m.demandBasis : m.importForm),
      chinaWorldShare: w?.chinaWorldShare ?? null,
      hhi: w?.hhi ?? null,
      top3Share: w?.top3Share ?? null,
      sourceId: w?.sourceId ?? null,
      year: w?.year ?? null,
      usExposureToChina: out.map((y) => ({
        year: y.year,
        direct: y.exposure[stage].direct,
        indirect: y.exposure[stage].indirect,
        total: y.exposure[stage].direct + y.exposure[stage].indirect,
      })),
    };
  });

  return {
    mineral: m.id,
    demandBasis: m.demandBasis,
    importForm: m.importForm,
    importReliance: m.importReliance.value,
    years: out,
    notes,
    stages,
    baselineExposure: baselineExposure(data, m),
  };
}
