import { type MineralId, type Observation, type Quantity, type Status } from "../data/common";
import { type Bound, MINERAL_IDS, WORLD } from "../data/constants";
import { type Dataset } from "../data/dataset";
import { type ProcessingLocation } from "../data/processing";
import { type ByproductMetal, type CoveredPart } from "../data/reference-operations";
import { type DerivedBound, shareBound } from "./bounds";
import { buildMineralStages, type MineralStages } from "./stages";
import { COST_COUNTRIES, type CostCountry, SUPPLIERS, type Supplier } from "./types";

/** A number with where it came from, carried into the model's results so that every reason can cite it. */
export interface Sourced {
  value: number;
  unit: string;
  year: number;
  sourceId: string;
  status: Status;
  note?: string;
}

/** A real operation a country's costs are built from, as the landed-cost model reads it. */
export interface OperationModel {
  id: string;
  name: string;
  country: CostCountry;
  stage: "operating" | "feasibility" | "study";
  /** The source's definition of its reported cost, and which model parts that figure covers. */
  definition: string;
  covers: readonly CoveredPart[];
  /** Reported unit cost at the data default, USD per the source's own unit. */
  reportedCost: RangedFigure;
  /** Tonnes of the compared product per unit of the reported cost. */
  productTonnesPerUnit: number;
  capitalIntensity: RangedFigure;
  byproducts: readonly { metal: ByproductMetal; perTonne: number }[];
  power: "grid" | "own";
  /**
   * The covered parts other than the site cost, at the defaults, USD per t of product: the site cost is the
   * reported cost less these, so at the defaults the operation reproduces its reported cost (set by
   * calibrateOperations once the defaults are known).
   */
  coveredOffsetUsdPerTonne: number;
}

/** The form the US imports, on which every supplier's cost is priced. */
export interface ProductBasis {
  id: string;
  name: string;
  unit: string;
  /** Share of the USGS content basis in a tonne of product, %. */
  payableContentPct: number;
}

/** What the model knows about one mineral, in tonnes of the USGS reporting basis. */
export interface MineralModelData {
  id: MineralId;
  name: string;
  costBasis: "sourced" | "assumption";
  product: ProductBasis;
  /** The operation each cost country's costs are built from (sourced minerals only), and whether it is its own. */
  anchors: Partial<Record<CostCountry, { operation: OperationModel; own: boolean; basis: string }>>;
  /** The processing step to the product: what is shipped, and tonnes of it per tonne of product (null: none, or from assumptions). */
  processing: { intermediate: string | null; intermediatePerProductTonne: number | null };
  /** Where each cost country's output is usually processed. */
  routes: Record<CostCountry, ProcessingLocation>;
  /** World output at the mining and the refining stage, with China's share and concentration. */
  stages: MineralStages;
  /**
   * For third countries the US imports this mineral's refined form from: the share of it made from Chinese
   * intermediates (0–1), where assessed.
   */
  indirectChinaFeed: Readonly<Record<string, number>>;
  tradedProduct: string;
  /** US apparent consumption, tonnes (null when USGS withholds it; an assumption then stands in). */
  demandT: Sourced | null;
  /** What the US demand counts. */
  demandBasis: string;
  /** Net import reliance, 0–1 (USGS ">50" is read as 0.5, the bound). */
  importReliance: Sourced;
  /** US import sources of the representative product form, shares summing to 1 (ZZ = other). */
  importShares: { country: string; share: number }[];
  importForm: string;
  importSourceId: string;
  /** Current mine (or sponge) production per cost country, tonnes (0 when USGS lists none). */
  productionT: Record<CostCountry, number>;
  /** How each production figure reads in the source (value, "not listed", "withheld"). */
  productionNote: Record<CostCountry, string>;
  /** Production and demand are on the same basis, so production can supply demand. */
  capacityComparable: boolean;
  productionSourceId: string;
  worldProductionT: number | null;
  /** Share of world reserves per supplier (0–1), null when not listed or no world total. */
  reservesShare: Record<Supplier, number | null>;
  /**
   * How each reserves share is bounded where USGS prints ">" or "<" (world reserves of antimony are ">2,000,000 t",
   * so Pakistan's share is at most its printed value); null where the share is exact.
   */
  reservesShareBound: Record<Supplier, DerivedBound | null>;
  /** Share of world mine production per supplier (0–1), null when not listed. */
  productionShare: Record<Supplier, number | null>;
  worldReservesT: number | null;
  /** "lower" where USGS prints world reserves as a floor (">2,000,000 t"); null where exact. */
  worldReservesBound: Bound | null;
  reservesSourceId: string;
  /**
   * What puts this mineral on record for each supplier — USGS mine production or reserves, or a named project past
   * exploration — or null where nothing does (an exploration target or no record at all). Claims test only
   * minerals a country has on record.
   */
  onRecord: Record<Supplier, OnRecord | null>;
  /** US tariff per regime and supplier, percent ad valorem. */
  tariffPct: Record<string, Record<Supplier, number>>;
  /** US tariff per regime on a product processed in a third country: the highest rate any non-Chinese supplier pays. */
  thirdCountryTariffPct: Record<string, number>;
}

/** Why a mineral counts as on record for a country: its evidence and where it comes from. */
export interface OnRecord {
  basis: "usgs-production" | "usgs-reserves" | "project";
  /** The project's name and stage, for a project. */
  project?: string;
  stage?: string;
  sourceId: string;
}

/** Project stages past exploration: a deposit with a defined resource and a plan or output. */
const PAST_EXPLORATION = new Set(["operating", "construction", "feasibility", "tendered", "idle"]);

/**
 * What puts a mineral on record for a supplier: USGS production or reserves in the reference year, else a named
 * project past exploration. A country-wide record naming several minerals without phases is a summary of the
 * mineral base, not a project, and does not count.
 */
function onRecordOf(
  ds: Dataset,
  id: MineralId,
  c: Supplier,
  production: readonly Observation[],
  reserves: readonly Observation[],
): OnRecord | null {
  const prod = production.find((o) => o.country === c && (o.value ?? 0) > 0);
  if (prod) return { basis: "usgs-production", sourceId: prod.sourceId };
  const res = reserves.find((o) => o.country === c && (o.value ?? 0) > 0);
  if (res) return { basis: "usgs-reserves", sourceId: res.sourceId };
  const project = ds.projects.find(
    (p) =>
      p.country === c &&
      p.minerals.includes(id) &&
      PAST_EXPLORATION.has(p.stage) &&
      (p.minerals.length === 1 || p.phases.length > 0),
  );
  return project
    ? { basis: "project", project: project.name, stage: project.stage, sourceId: project.sourceId }
    : null;
}

/** Share of a country's projects past exploration that are occupied, % (0 when it has none). */
function outOfReachPct(ds: Dataset, c: string): number {
  const projects = ds.projects.filter(
    (p) => p.country === c && (PAST_EXPLORATION.has(p.stage) || p.occupied),
  );
  return projects.length ? (projects.filter((p) => p.occupied).length / projects.length) * 100 : 0;
}

/** A pipeline phase the dependency model adds to a supplier's capacity from its start year. */
export interface PipelinePhase {
  projectId: string;
  projectName: string;
  phaseId: string;
  name: string;
  country: Supplier;
  mineral: MineralId;
  capacityT: number;
  startYear: number;
  sourceId: string;
  status: Status;
}

export interface CountryModelData {
  code: CostCountry;
  name: string;
  /** WGI political stability percentile rank (0–100), latest year. */
  /** WGI percentile rank with its 90 % confidence bounds (low, high) where the source prints them. */
  politicalStability: (Sourced & { low?: number; high?: number }) | null;
  /** WGI rule of law percentile rank (0–100), latest year. */
  ruleOfLaw: Sourced | null;
  /** Governance risk 0–1 (worst = 1): 1 − political-stability percentile / 100. */
  riskScore: number | null;
  /** Security incidents in the events data since 2024. */
  securityIncidents: number;
  /** The published country risk premium the scenario starts from, percentage points. */
  riskPremiumDefaultPct: number;
}

/** Everything the pure model needs from the data layer, as plain JSON (it also travels to the browser). */
export interface ModelData {
  minerals: MineralModelData[];
  countries: Record<CostCountry, CountryModelData>;
  pipeline: PipelinePhase[];
  tariffRegimes: { id: string; label: string; sourceId: string }[];
  /**
   * Each cost country's data defaults of the factor prices an operation's site cost is scaled by (its own wage,
   * productivity, electricity and diesel prices): an anchor's basis is its country's defaults.
   */
  factorDefaults: Record<
    CostCountry,
    { wage: number; productivity: number; electricity: number; diesel: number }
  >;
  /** The data default of each own-power operation's power cost, USD per kWh (its energy basis). */
  ownPowerDefaults: Readonly<Record<string, number>>;
  /** Extra facts the claims cite: Reko Diq copper reserves, Ukraine's occupied share of deposits. */
  facts: {
    rekoDiqReservesT: Sourced | null;
    ukraineOccupiedSharePct: Sourced | null;
    /**
     * Share of Pakistan's projects on record (past exploration) that are occupied or shut by fighting, % (derived
     * from projects.json; 0 today): the Pakistani side of C5's access count.
     */
    pakistanOutOfReachPct: number;
  };
}

const TONNES_PER: Record<string, number> = { t: 1, kt: 1_000, Mt: 1_000_000, kg: 0.001 };

/** A quantity in tonnes from t, kt, Mt or kg; throws on any other unit (a programming error). */
export function toTonnes(value: number, unit: string): number {
  const f = TONNES_PER[unit];
  if (f === undefined) throw new Error(`cannot convert unit "${unit}" to tonnes`);
  return value * f;
}

function sourced(o: Observation, value = o.value ?? 0, unit = o.unit): Sourced {
  return {
    value,
    unit,
    year: o.year,
    sourceId: o.sourceId,
    status: o.status,
    ...(o.note ? { note: o.note } : {}),
  };
}

/** A sourced figure with the range a slider and the uncertainty run use, and how it was reached. */
export interface RangedFigure extends Sourced {
  low: number;
  high: number;
  method?: string;
}

/** A reference-operation figure from its data record (its value and range must be present). */
function quantity(q: Quantity): RangedFigure {
  if (q.value === null || q.low === undefined || q.high === undefined)
    throw new Error(`a reference-operation figure needs a value, low and high (${q.sourceId})`);
  return {
    value: q.value,
    unit: q.unit,
    year: q.year,
    sourceId: q.sourceId,
    status: q.status,
    low: q.low,
    high: q.high,
    ...(q.method ? { method: q.method } : {}),
    ...(q.note ? { note: q.note } : {}),
  };
}

/** The representative US supply row per mineral: the apparent-consumption basis that matches its import form. */
const DEMAND_BASIS_HINT: Partial<Record<MineralId, RegExp>> = {
  nickel: /total/,
  titanium: /sponge/,
  "rare-earths": /compounds and metals/,
};
const RELIANCE_BASIS_HINT: Partial<Record<MineralId, RegExp>> = {
  "rare-earths": /compounds and metals/,
  titanium: /sponge/,
};

function pick(rows: Observation[], hint: RegExp | undefined): Observation | undefined {
  const matching = hint ? rows.filter((r) => hint.test(r.basis ?? "")) : rows;
  return matching[0] ?? rows[0];
}

/**
 * Assembles the model's inputs from the dataset: US demand, import reliance and sources, each supplier's
 * production and share of world reserves, tariffs, pipeline phases and governance. Pure; run once per process.
 */
export function buildModelData(ds: Dataset): ModelData {
  const obs = ds.observations;
  const mcs25 = obs.filter((o) => o.edition === "MCS 2025");
  const param = (id: string, country: string | null) =>
    ds.costParameters.find((p) => p.id === id && p.country === country && p.mineral === null);

  const operations = new Map<string, OperationModel>(
    ds.referenceOperations.operations.map((o) => [
      o.id,
      {
        id: o.id,
        name: o.name,
        country: o.country as CostCountry,
        stage: o.stage,
        definition: o.definition,
        covers: o.covers,
        reportedCost: quantity(o.unitCost),
        productTonnesPerUnit: o.productTonnesPerUnit,
        capitalIntensity: quantity(o.capitalIntensity),
        byproducts: o.byproducts.map((b) => ({ metal: b.metal, perTonne: b.perTonne.value ?? 0 })),
        power: o.power,
        coveredOffsetUsdPerTonne: 0,
      },
    ]),
  );
  const minerals = MINERAL_IDS.map<MineralModelData>((id) => {
    const mineral = ds.minerals.find((m) => m.id === id);
    if (!mineral) throw new Error(`minerals.json lacks ${id}`);
    const us = obs.filter((o) => o.country === "US" && o.mineral === id && o.edition === "MCS 2025");
    const latest = (measure: string) => {
      const rows = us.filter((o) => o.measure === measure);
      const year = Math.max(...rows.map((r) => r.year));
      return rows.filter((r) => r.year === year);
    };
    const demandObs = pick(latest("apparent-consumption"), DEMAND_BASIS_HINT[id]);
    const relianceObs = pick(latest("net-import-reliance"), RELIANCE_BASIS_HINT[id]);
    if (!relianceObs) throw new Error(`us-supply.json lacks net import reliance for ${id}`);
    const imports = ds.importSources.find((r) => r.mineral === id && r.primary && r.edition === "MCS 2025");
    if (!imports) throw new Error(`us-import-sources.json lacks a primary MCS 2025 form for ${id}`);
    const shareTotal = imports.shares.reduce((s, x) => s + x.sharePct, 0);

    const prodMeasure = id === "titanium" ? "sponge-production" : "mine-production";
    const prod = mcs25.filter((o) => o.mineral === id && o.measure === prodMeasure && o.year === 2024);
    const world = prod.find((o) => o.country === WORLD);
    const reserves = mcs25.filter((o) => o.mineral === id && o.measure === "reserves");
    const worldReserves = reserves.find((o) => o.country === WORLD);
    const productionT = {} as Record<CostCountry, number>;
    const productionNote = {} as Record<CostCountry, string>;
    for (const c of COST_COUNTRIES) {
      const row = prod.find((o) => o.country === c);
      productionT[c] = row?.value != null ? toTonnes(row.value, row.unit) : 0;
      productionNote[c] =
        row?.value != null ? `${row.printed ?? row.value} ${row.unit}` : (row?.note ?? "not listed by USGS");
    }
    const share = (rows: Observation[], total: Observation | undefined, c: Supplier) => {
      const row = rows.find((o) => o.country === c);
      return row?.value != null && total?.value ? row.value / total.value : null;
    };
    const tariffPct: Record<string, Record<Supplier, number>> = {};
    for (const regime of ds.tariffs.regimes) {
      tariffPct[regime.id] = Object.fromEntries(
        SUPPLIERS.map((c) => [
          c,
          ds.tariffs.rates.find((r) => r.regime === regime.id && r.country === c && r.mineral === id)
            ?.ratePct ?? 0,
        ]),
      ) as Record<Supplier, number>;
    }
    const demandBasis = demandObs?.basis ?? "apparent consumption";
    const step = ds.processing.steps.find((x) => x.mineral === id);
    const routes = Object.fromEntries(
      COST_COUNTRIES.map((c) => [
        c,
        ds.processing.routes.find((r) => r.mineral === id && r.country === c)?.location ?? "domestic",
      ]),
    ) as Record<CostCountry, ProcessingLocation>;
    const anchors: MineralModelData["anchors"] = {};
    for (const a of ds.referenceOperations.anchors) {
      if (a.mineral !== id || !(COST_COUNTRIES as readonly string[]).includes(a.country)) continue;
      const op = operations.get(a.operation);
      if (!op) throw new Error(`reference-operations.json: unknown operation ${a.operation}`);
      anchors[a.country as CostCountry] = { operation: op, own: op.country === a.country, basis: a.basis };
    }
    const thirdCountryTariffPct = Object.fromEntries(
      Object.entries(tariffPct).map(([regime, rates]) => [
        regime,
        Math.max(...SUPPLIERS.filter((c) => c !== "CN").map((c) => rates[c])),
      ]),
    );
    return {
      id,
      name: mineral.name,
      costBasis: mineral.costBasis,
      product: mineral.product,
      anchors,
      processing: {
        intermediate: step?.intermediate ?? null,
        intermediatePerProductTonne: step?.intermediatePerProductTonne?.value ?? null,
      },
      routes,
      stages: buildMineralStages(obs, id, mineral.productionMeasure),
      indirectChinaFeed: Object.fromEntries(
        ds.indirectExposure
          .filter((x) => x.mineral === id && x.chinaFeedShare.value !== null)
          .map((x) => [x.country, x.chinaFeedShare.value! / 100]),
      ),
      thirdCountryTariffPct,
      tradedProduct: mineral.tradedProduct,
      demandT:
        demandObs?.value != null ? sourced(demandObs, toTonnes(demandObs.value, demandObs.unit), "t") : null,
      demandBasis,
      importReliance: sourced(relianceObs, Math.max(0, relianceObs.value ?? 0) / 100, "share"),
      importShares: imports.shares.map((s) => ({ country: s.country, share: s.sharePct / shareTotal })),
      importForm: imports.productForm,
      importSourceId: imports.sourceId,
      productionT,
      productionNote,
      capacityComparable: !/gross weight/.test(world?.basis ?? ""),
      productionSourceId: world?.sourceId ?? mineral.usgsSourceId,
      worldProductionT: world?.value != null ? toTonnes(world.value, world.unit) : null,
      reservesShare: Object.fromEntries(
        SUPPLIERS.map((c) => [c, share(reserves, worldReserves, c)]),
      ) as Record<Supplier, number | null>,
      reservesShareBound: Object.fromEntries(
        SUPPLIERS.map((c) => [
          c,
          shareBound(reserves.find((o) => o.country === c)?.bound, worldReserves?.bound) ?? null,
        ]),
      ) as Record<Supplier, DerivedBound | null>,
      productionShare: Object.fromEntries(SUPPLIERS.map((c) => [c, share(prod, world, c)])) as Record<
        Supplier,
        number | null
      >,
      worldReservesBound: worldReserves?.bound ?? null,
      worldReservesT: worldReserves?.value != null ? toTonnes(worldReserves.value, worldReserves.unit) : null,
      reservesSourceId: worldReserves?.sourceId ?? mineral.usgsSourceId,
      onRecord: Object.fromEntries(
        SUPPLIERS.map((c) => [c, onRecordOf(ds, id, c, prod, reserves)]),
      ) as Record<Supplier, OnRecord | null>,
      tariffPct,
    };
  });

  const latestGov = (c: string, measure: string): (Sourced & { low?: number; high?: number }) | null => {
    const rows = obs.filter((o) => o.country === c && o.measure === measure && o.value !== null);
    if (!rows.length) return null;
    const row = rows.reduce((a, b) => (b.year > a.year ? b : a));
    return {
      ...sourced(row),
      ...(row.low != null && row.high != null ? { low: row.low, high: row.high } : {}),
    };
  };
  const incidents = (c: string) =>
    ds.events.filter((e) => e.kind === "security-incident" && e.countries.includes(c) && e.date >= "2024")
      .length;
  const countries = Object.fromEntries(
    COST_COUNTRIES.map((c) => {
      const pv = latestGov(c, "wgi-political-stability-percentile");
      return [
        c,
        {
          code: c,
          name: ds.countries.find((x) => x.code === c)?.name ?? c,
          politicalStability: pv,
          ruleOfLaw: latestGov(c, "wgi-rule-of-law-percentile"),
          riskScore: pv ? 1 - pv.value / 100 : null,
          securityIncidents: incidents(c),
          riskPremiumDefaultPct:
            ds.costParameters.find((p) => p.id === "country-risk-premium" && p.country === c)?.default ?? 0,
        } satisfies CountryModelData,
      ];
    }),
  ) as Record<CostCountry, CountryModelData>;

  const pipeline: PipelinePhase[] = [];
  for (const p of ds.projects) {
    if (!(SUPPLIERS as readonly string[]).includes(p.country)) continue;
    for (const ph of p.phases) {
      const cap = ph.capacity;
      const start = ph.startYear;
      if (cap.value === null || start.value === null) continue;
      const unit = cap.unit.split(" ")[0] ?? cap.unit;
      if (!(unit in TONNES_PER)) continue;
      pipeline.push({
        projectId: p.id,
        projectName: p.name,
        phaseId: ph.id,
        name: ph.name,
        country: p.country as Supplier,
        mineral: ph.mineral,
        capacityT: toTonnes(cap.value, unit),
        startYear: start.value,
        sourceId: cap.sourceId,
        status: cap.status,
      });
    }
  }

  const fact = (projectId: string, factId: string): Sourced | null => {
    const f = ds.projects.find((p) => p.id === projectId)?.facts.find((x) => x.id === factId);
    if (!f || f.quantity.value === null) return null;
    const q = f.quantity;
    const value = q.value as number;
    const unit = q.unit.split(" ")[0] ?? q.unit;
    return {
      value: unit in TONNES_PER ? toTonnes(value, unit) : value,
      unit: unit in TONNES_PER ? "t" : q.unit,
      year: q.year,
      sourceId: q.sourceId,
      status: q.status,
    };
  };

  const factorDefaults = Object.fromEntries(
    COST_COUNTRIES.map((c) => {
      const get = (id: string) => {
        const p = param(id, c);
        if (!p) throw new Error(`cost-parameters.json lacks "${id}" for ${c}`);
        return p.default;
      };
      return [
        c,
        {
          wage: get("mining-wage"),
          productivity: get("labour-productivity"),
          electricity: get("electricity-price"),
          diesel: get("diesel-price"),
        },
      ];
    }),
  ) as ModelData["factorDefaults"];

  return {
    minerals,
    countries,
    pipeline,
    tariffRegimes: ds.tariffs.regimes.map((r) => ({ id: r.id, label: r.label, sourceId: r.sourceId })),
    factorDefaults,
    ownPowerDefaults: Object.fromEntries(
      ds.referenceOperations.operations
        .filter((o) => o.power === "own")
        .map((o) => {
          const p = ds.costParameters.find(
            (x) => x.id === "own-power-cost" && x.country === o.country && x.mineral === o.mineral,
          );
          if (!p) throw new Error(`cost-parameters.json lacks "own-power-cost" for ${o.id}`);
          return [o.id, p.default];
        }),
    ),
    facts: {
      rekoDiqReservesT: fact("reko-diq", "copper-reserves"),
      ukraineOccupiedSharePct: fact("ukraine-mineral-base", "occupied-share"),
      pakistanOutOfReachPct: outOfReachPct(ds, "PK"),
    },
  };
}
