import { type MineralId } from "../data/common";
import { KEYS } from "./assumptions";
import { type ClaimInputs } from "./claims";
import { type DependencyYear, type MineralDependency } from "./dependency";
import { costKey, type CostTable, emptyBreakdown, type LandedCost } from "./landed-cost";
import {
  type CountryModelData,
  type MineralModelData,
  type ModelData,
  type OnRecord,
  type Sourced,
} from "./model-data";
import { COST_COUNTRIES, type CostBreakdown, type CostCountry, SUPPLIERS, type Supplier } from "./types";

/**
 * Small hand-made inputs for model tests: a ModelData with only the minerals and countries a test names, landed
 * costs with the parts a test sets, dependency years with the shares it sets. Every field a test leaves out is
 * neutral (zero, null or empty), so a test states exactly the numbers its verdict rests on. Test-only.
 */

const bySupplier = <T>(x: T): Record<Supplier, T> =>
  Object.fromEntries(SUPPLIERS.map((c) => [c, x])) as Record<Supplier, T>;

/** A published number with a made-up source. */
export function sourced(value: number, sourceId = "test-source"): Sourced {
  return { value, unit: "", year: 2024, sourceId, status: "published" };
}

/** A mineral with no production, reserves or imports unless given; on record (a test project) for every supplier. */
export function mineralData(id: MineralId, fields: Partial<MineralModelData> = {}): MineralModelData {
  return {
    id,
    name: id,
    costBasis: "sourced",
    product: { id: `${id}-product`, name: "test product", unit: "t", payableContentPct: 100 },
    anchors: {},
    processing: { intermediate: null, intermediatePerProductTonne: null },
    routes: Object.fromEntries(COST_COUNTRIES.map((c) => [c, "domestic"])) as MineralModelData["routes"],
    stages: {
      mineral: id,
      primary: { mining: null, refining: null },
      all: [],
      chinaMinedShareOfRefined: null,
    },
    indirectChinaFeed: {},
    thirdCountryTariffPct: {},
    tradedProduct: "t",
    demandT: null,
    demandBasis: "",
    importReliance: sourced(0),
    importShares: [],
    importForm: "test form",
    importSourceId: `imports-${id}`,
    productionT: Object.fromEntries(COST_COUNTRIES.map((c) => [c, 0])) as Record<CostCountry, number>,
    productionNote: Object.fromEntries(COST_COUNTRIES.map((c) => [c, ""])) as Record<CostCountry, string>,
    capacityComparable: true,
    productionSourceId: `production-${id}`,
    worldProductionT: null,
    reservesShare: bySupplier(null),
    reservesShareBound: bySupplier(null),
    productionShare: bySupplier(null),
    worldReservesT: null,
    worldReservesBound: null,
    reservesSourceId: `reserves-${id}`,
    onRecord: bySupplier<OnRecord | null>({
      basis: "project",
      project: "Test project",
      stage: "operating",
      sourceId: "test",
    }),
    tariffPct: {},
    ...fields,
  };
}

/** A country with no governance data, no incidents and no risk premium unless given. */
export function countryData(code: CostCountry, fields: Partial<CountryModelData> = {}): CountryModelData {
  return {
    code,
    name: code,
    politicalStability: null,
    ruleOfLaw: null,
    riskScore: null,
    securityIncidents: 0,
    riskPremiumDefaultPct: 0,
    ...fields,
  };
}

/** A ModelData holding the given minerals and countries (the others neutral) and no pipeline or facts. */
export function modelData(
  fields: {
    minerals?: MineralModelData[];
    countries?: Partial<Record<CostCountry, Partial<CountryModelData>>>;
    facts?: Partial<ModelData["facts"]>;
  } = {},
): ModelData {
  return {
    minerals: fields.minerals ?? [],
    countries: Object.fromEntries(
      COST_COUNTRIES.map((c) => [c, countryData(c, fields.countries?.[c])]),
    ) as Record<CostCountry, CountryModelData>,
    pipeline: [],
    tariffRegimes: [],
    factorDefaults: Object.fromEntries(
      COST_COUNTRIES.map((c) => [c, { wage: 1, productivity: 1, electricity: 1, diesel: 1 }]),
    ) as ModelData["factorDefaults"],
    ownPowerDefaults: {},
    facts: {
      rekoDiqReservesT: null,
      ukraineOccupiedSharePct: null,
      pakistanOutOfReachPct: 0,
      ...fields.facts,
    },
  };
}

/**
 * A landed cost of `total` USD/t; the parts a test does not set are zero (they need not add up), and so is the
 * cost of risk unless given.
 */
export function landedCost(
  country: CostCountry,
  mineral: MineralId,
  total: number,
  parts: Partial<CostBreakdown> = {},
  riskCostUsdPerTonne = 0,
): LandedCost {
  return {
    country,
    mineral,
    product: { id: `${mineral}-product`, name: "test product", unit: "t", payableContentPct: 100 },
    landedCostUsdPerTonne: total,
    breakdown: { ...emptyBreakdown(), ...parts },
    reference: {
      id: "test-operation",
      name: "test operation",
      country,
      scaled: false,
      reportedCostUsdPerTonne: total,
      definition: "test",
      sourceId: "test-source",
    },
    processing: { location: "domestic", tariffOrigin: country },
    discountRatePct: 0,
    tariffPct: 0,
    riskCostUsdPerTonne,
    costBasis: "sourced",
  };
}

/** A cost table holding exactly these costs. */
export function costTable(costs: readonly LandedCost[]): CostTable {
  return new Map(costs.map((c) => [costKey(c.country, c.mineral), c]));
}

/**
 * A mineral's dependency outlook with one year: shares of US demand (0–1) a test sets, the rest zero, and China's
 * share of US supply by stage before any change (`baselineExposure`, zero unless set).
 */
export function dependencyOf(
  mineral: MineralId,
  year: Partial<DependencyYear> & { year: number },
  baselineExposure: Partial<MineralDependency["baselineExposure"]> = {},
): MineralDependency {
  return {
    mineral,
    demandBasis: "",
    importForm: "test form",
    importReliance: 1,
    notes: [],
    stages: [],
    baselineExposure: { mining: 0, refining: 0, ...baselineExposure },
    years: [
      {
        demandT: 0,
        mix: [],
        chinaShare: 0,
        chinaShareBaseline: 0,
        hhi: 0,
        governanceHhi: 0,
        pakistanVolumeT: 0,
        pakistanShare: 0,
        reSourcedT: 0,
        unmetT: 0,
        unmetShare: 0,
        costChangePct: null,
        extraCostUsd: 0,
        newSupplyT: 0,
        exposure: { mining: { direct: 0, indirect: 0 }, refining: { direct: 0, indirect: 0 } },
        pakistanCut: { mining: 0, refining: 0 },
        ...year,
      },
    ],
  };
}

/**
 * Claim inputs: the scenario values the claims read (risk premiums, target year, base rate, project life, and a
 * zero capex per mineral, so that no capital charge counts as a risk premium) and whatever a test sets.
 */
export function claimInputs(fields: Partial<ClaimInputs> = {}): ClaimInputs {
  const data = fields.data ?? modelData();
  return {
    data,
    values: {
      [KEYS.crp("PK")]: 0,
      [KEYS.crp("UA")]: 0,
      [KEYS.targetYear]: 2030,
      [KEYS.baseRate]: 8,
      [KEYS.projectLife]: 20,
      ...Object.fromEntries(data.minerals.map((m) => [KEYS.capex(m.id), 0])),
      ...fields.values,
    },
    costs: fields.costs ?? costTable([]),
    dependency: fields.dependency ?? [],
  };
}
