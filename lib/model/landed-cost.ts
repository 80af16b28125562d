import { type MineralId } from "../data/common";
import { KEYS as K } from "./assumptions";
import { type MineralModelData, type ModelData } from "./model-data";
import { type CostBreakdown, type CostCountry, type ScenarioValues, type Supplier } from "./types";

/**
 * Capital recovery factor: the annual payment per dollar of capital over n years at rate r (a fraction).
 * CRF(r, n) = r(1+r)^n / ((1+r)^n − 1); at r = 0 it is 1/n. Example: CRF(0.08, 20) = 0.10185.
 */
export function capitalRecoveryFactor(r: number, n: number): number {
  if (n <= 0) return Number.POSITIVE_INFINITY;
  if (Math.abs(r) < 1e-12) return 1 / n;
  const g = (1 + r) ** n;
  return (r * g) / (g - 1);
}

/** Discount rate of a country as a fraction: base rate + λ × country risk premium + extra premium (all in %). */
export function discountRate(values: ScenarioValues, c: CostCountry): number {
  const KEYS = K;
  return (
    (v(values, KEYS.baseRate) +
      v(values, KEYS.riskLoading) * v(values, KEYS.crp(c)) +
      v(values, KEYS.extraPremium(c))) /
    100
  );
}

/** Reads one assumption; throws on a key the table does not hold, which is a programming error. */
export function v(values: ScenarioValues, key: string): number {
  const x = values[key];
  if (x === undefined) throw new Error(`scenario has no value for "${key}"`);
  return x;
}

/** The key of a landed cost in a cost table: "PK:copper". The only place that spells it. */
export function costKey(country: string, mineral: string): string {
  return `${country}:${mineral}`;
}

/** Landed costs of every cost country × mineral, keyed by costKey. */
export type CostTable = ReadonlyMap<string, LandedCost>;

/** One country's landed cost of one mineral from a cost table (undefined when the table does not hold it). */
export function costOf(costs: CostTable, country: string, mineral: string): LandedCost | undefined {
  return costs.get(costKey(country, mineral));
}

/** Landed cost of one country's mineral at a US port, with its parts. */
export interface LandedCost {
  country: CostCountry;
  mineral: MineralId;
  /** USD per tonne of the traded product (see the mineral's tradedProduct). */
  landedCostUsdPerTonne: number;
  breakdown: CostBreakdown;
  /** Discount rate used for the capital charge, percent. */
  discountRatePct: number;
  /** Tariff rate applied, percent ad valorem. */
  tariffPct: number;
  /** "sourced" when the mineral's cost and capex come from cited operations; otherwise labelled assumptions. */
  costBasis: "sourced" | "assumption";
}

/**
 * Landed cost per tonne for supplier c and mineral m (MODEL.md §2), USD per tonne of the traded product:
 *
 *   labor     = cashCost × laborShare × (wage_c / wage_ref) / productivity_c
 *   energy    = cashCost × energyShare × electricity_c / electricity_ref
 *   otherOpex = cashCost × (1 − laborShare − energyShare)
 *   capital   = capexIntensity × CRF(base + λ·CRP_c + extra_c, life)
 *   security  = securityPctOfCapex_c × capexIntensity
 *   freight   = inland_c + ocean_c                      (the US: inland only)
 *   insurance = cargoInsurancePct_c × price             (the US: none)
 *   tariff    = (regime rate_c,m + extra_c) × (exWorks + freight + insurance)   (the US: none)
 *
 * The reference operation is the US one at its data default wage and electricity price, so at those values and
 * productivity 1 the three operating parts add back to the cash cost.
 */
export function computeLandedCost(
  data: ModelData,
  values: ScenarioValues,
  c: CostCountry,
  m: MineralModelData,
): LandedCost {
  const KEYS = K;
  const cash = v(values, KEYS.cashCost(m.id));
  const laborShare = v(values, KEYS.labourShare(m.id)) / 100;
  const energyShare = v(values, KEYS.energyShare) / 100;
  const capex = v(values, KEYS.capex(m.id));
  const price = v(values, KEYS.price(m.id));
  const domestic = c === "US";

  const labor =
    (cash * laborShare * (v(values, KEYS.wage(c)) / data.wageRefUsdPerYear)) /
    v(values, KEYS.productivity(c));
  const energy = (cash * energyShare * v(values, KEYS.electricity(c))) / data.electricityRefUsdPerKwh;
  // Shares above 100 % together would make this negative; the table's bounds keep labour + energy ≤ 70 + 45 %,
  // so it is clamped at zero rather than allowed to subtract cost.
  const otherOpex = cash * Math.max(0, 1 - laborShare - energyShare);
  const rate = discountRate(values, c);
  const capital = capex * capitalRecoveryFactor(rate, v(values, KEYS.projectLife));
  const security = (v(values, KEYS.security(c)) / 100) * capex;
  const freight = v(values, KEYS.inlandFreight(c)) + (domestic ? 0 : v(values, KEYS.oceanFreight(c)));
  const insurance = domestic ? 0 : (v(values, KEYS.insurance(c)) / 100) * price;
  const regime = data.tariffRegimes[Math.round(v(values, KEYS.tariffRegime))]?.id;
  const tariffPct = domestic
    ? 0
    : (regime ? (m.tariffPct[regime]?.[c as Supplier] ?? 0) : 0) + v(values, KEYS.tariffExtra(c));
  const exWorks = labor + energy + otherOpex + capital + security;
  const tariff = (tariffPct / 100) * (exWorks + freight + insurance);
  const breakdown: CostBreakdown = {
    labor,
    energy,
    otherOpex,
    capital,
    security,
    freight,
    insurance,
    tariff,
  };
  return {
    country: c,
    mineral: m.id,
    landedCostUsdPerTonne: exWorks + freight + insurance + tariff,
    breakdown,
    discountRatePct: rate * 100,
    tariffPct,
    costBasis: m.costBasis,
  };
}
