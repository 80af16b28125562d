import { type MineralId } from "../data/common";
import { type ProcessingLocation } from "../data/processing";
import { type CoveredPart } from "../data/reference-operations";
import { KEYS, RISK_TREATMENT, ROUTE_CHOICES } from "./keys";
import { type MineralModelData, type ModelData, type OperationModel, type ProductBasis } from "./model-data";
import { type CostBreakdown, type CostCountry, type ScenarioValues, type Supplier } from "./types";

/** Pounds per metric tonne. */
const LB_PER_TONNE = 2204.62;

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

/** Reads one assumption; throws on a key the table does not hold, which is a programming error. */
export function v(values: ScenarioValues, key: string): number {
  const x = values[key];
  if (x === undefined) throw new Error(`scenario has no value for "${key}"`);
  return x;
}

/** True when political risk is insured rather than priced in the discount rate (the risk-treatment choice). */
export function riskInsured(values: ScenarioValues): boolean {
  return Math.round(v(values, KEYS.riskTreatment)) === RISK_TREATMENT.insured;
}

/**
 * Discount rate of a country as a fraction: base rate + λ × country risk premium + extra project premium (all in
 * %). When political risk is insured instead, the country risk premium leaves the rate (the insurance premium is
 * charged in the security part): it is priced once.
 */
export function discountRate(values: ScenarioValues, c: CostCountry): number {
  const premium = riskInsured(values) ? 0 : v(values, KEYS.riskLoading) * v(values, KEYS.crp(c));
  return (v(values, KEYS.baseRate) + premium + v(values, KEYS.extraPremium(c))) / 100;
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

/** The operation a cost row is built from, as the API reports it. */
export interface CostReference {
  id: string;
  name: string;
  country: CostCountry;
  /** True when scaled from another country's operation by wage, productivity and energy prices. */
  scaled: boolean;
  /** The operation's reported unit cost at the defaults, USD per the source's unit; null for an assumed reference. */
  reportedCostUsdPerTonne: number | null;
  /** What that cost covers, in the source's terms. */
  definition: string;
  sourceId: string;
}

/** Landed cost of one country's mineral at a US port, with its ten parts. */
export interface LandedCost {
  country: CostCountry;
  mineral: MineralId;
  /** The form the US imports, on which the cost is priced. */
  product: ProductBasis;
  /** USD per tonne of the product; the ten parts add up to it. */
  landedCostUsdPerTonne: number;
  breakdown: CostBreakdown;
  reference: CostReference;
  /** Where the mine product is processed into the product, and the country whose US tariff applies. */
  processing: { location: ProcessingLocation; tariffOrigin: CostCountry | "third-country" };
  /** Discount rate used for the capital charge, percent. */
  discountRatePct: number;
  /** Tariff rate applied, percent of the customs value. */
  tariffPct: number;
  /**
   * What political and security risk adds to the cost, USD per t: the capital charge's country premium (or, when
   * insured, the premium), physical security and cargo insurance. Claim C3 reads it.
   */
  riskCostUsdPerTonne: number;
  /** "sourced" when the mineral's cost comes from cited operations; otherwise labelled assumptions. */
  costBasis: "sourced" | "assumption";
}

/** Where a country's output of a mineral is processed: the reader's choice for Pakistan and Ukraine, else the data. */
export function processingLocation(
  values: ScenarioValues,
  c: CostCountry,
  m: MineralModelData,
): ProcessingLocation {
  if (m.processing.intermediate === null) return "domestic";
  if (c === "PK" || c === "UA")
    return ROUTE_CHOICES[Math.round(v(values, KEYS.refineRoute(c)))] ?? m.routes[c];
  const usual = m.routes[c];
  // A domestic route for the two processing countries the options name.
  if ((c === "CN" && usual === "china") || (c === "US" && usual === "united-states")) return "domestic";
  return usual;
}

/** Tonnes shipped from the mine per tonne of product: the concentrate (or other intermediate) that makes it. */
export function shippedTonnesPerProductTonne(values: ScenarioValues, m: MineralModelData): number {
  if (m.processing.intermediate === null) return 1;
  if (m.processing.intermediatePerProductTonne !== null) return m.processing.intermediatePerProductTonne;
  // Copper: 1 ÷ (grade × payable share); doubling the grade halves the tonnes shipped.
  return 1 / ((v(values, KEYS.concentrateGradeCopper) / 100) * (v(values, KEYS.copperPayable) / 100));
}

/** Cost of processing one tonne of the mine product's content into the product, USD per t of product. */
export function processingCost(values: ScenarioValues, m: MineralModelData): number {
  switch (m.id) {
    case "copper":
      // Treatment charge per dry t of concentrate spread over the payable copper, plus the refining charge.
      return (
        v(values, KEYS.treatmentChargeCopper) * shippedTonnesPerProductTonne(values, m) +
        (v(values, KEYS.refiningChargeCopper) / 100) * LB_PER_TONNE
      );
    case "lithium":
      return v(values, KEYS.conversionCostLithium);
    case "rare-earths":
      return v(values, KEYS.separationCostRareEarths);
    default:
      return 0;
  }
}

/** The by-product credit of an operation per tonne of product, USD (never positive). */
export function byproductCredit(values: ScenarioValues, op: OperationModel | null): number {
  if (!op) return 0;
  let credit = 0;
  for (const b of op.byproducts) {
    if (b.metal === "gold") {
      // Ounces contained per t of contained copper → payable ounces per t of payable copper.
      const payable = v(values, KEYS.goldPayable) / 100 / (v(values, KEYS.copperPayable) / 100);
      credit += b.perTonne * payable * v(values, KEYS.goldPrice);
    } else credit += b.perTonne * v(values, KEYS.molybdenumPrice);
  }
  return -credit;
}

/** The US tariff rate of a product by its origin (the processing country), percent; the US pays none. */
function tariffRatePct(
  data: ModelData,
  values: ScenarioValues,
  m: MineralModelData,
  origin: CostCountry | "third-country",
): number {
  if (origin === "US") return 0;
  const regime = data.tariffRegimes[Math.round(v(values, KEYS.tariffRegime))]?.id;
  if (!regime) return 0;
  if (origin === "third-country") return m.thirdCountryTariffPct[regime] ?? 0;
  return (m.tariffPct[regime]?.[origin as Supplier] ?? 0) + v(values, KEYS.tariffExtra(origin));
}

/** The parts of a landed cost other than the site cost (labour, energy, other operating costs). */
interface OffSiteParts {
  capital: number;
  security: number;
  processing: number;
  /** Freight of the mine product to the port (or to a domestic plant). */
  inlandFreight: number;
  freight: number;
  insurance: number;
  tariff: number;
  tariffPct: number;
  byproductCredit: number;
  location: ProcessingLocation;
  tariffOrigin: CostCountry | "third-country";
  rate: number;
  premiumCapital: number;
}

function offSiteParts(
  data: ModelData,
  values: ScenarioValues,
  c: CostCountry,
  m: MineralModelData,
  capex: number,
  op: OperationModel | null,
): OffSiteParts {
  const rate = discountRate(values, c);
  // Capital is spent evenly over the years to first production, so on average it carries half that time's
  // interest before output starts: capex × (1 + r)^(T/2), recovered over the project life.
  const construction = (1 + rate) ** (v(values, KEYS.yearsToProduction(c)) / 2);
  const life = v(values, KEYS.projectLife);
  const capital = capex * construction * capitalRecoveryFactor(rate, life);
  // The same capital at the rate without the country premium: the difference is what the premium costs.
  const riskFree = (v(values, KEYS.baseRate) + v(values, KEYS.extraPremium(c))) / 100;
  const premiumCapital =
    capital -
    capex *
      (1 + riskFree) ** (v(values, KEYS.yearsToProduction(c)) / 2) *
      capitalRecoveryFactor(riskFree, life);
  const security =
    capex *
    (v(values, KEYS.physicalSecurity(c)) / 100 +
      (riskInsured(values) ? v(values, KEYS.riskInsurance(c)) / 100 : 0));
  const processing = processingCost(values, m);
  const location = processingLocation(values, c, m);
  const shipped = shippedTonnesPerProductTonne(values, m);
  const inland = v(values, KEYS.inlandFreight(c)) * shipped;
  const ocean = (country: CostCountry) => (country === "US" ? 0 : v(values, KEYS.oceanFreight(country)));
  let freight = inland;
  let tariffOrigin: CostCountry | "third-country" = c;
  const price = v(values, KEYS.price(m.id));
  let customsValue = price;
  switch (location) {
    case "domestic":
      freight += ocean(c);
      break;
    case "united-states":
      // The intermediate crosses the ocean; the US processes it, so the import is the intermediate, worth the
      // product's price less the processing charge (the netback), at the mine country's rate.
      freight += ocean(c) * shipped;
      customsValue = Math.max(0, price - processing);
      break;
    case "china":
    case "third-country":
      freight += (c === "CN" ? 0 : v(values, KEYS.freightToChina(c)) * shipped) + ocean("CN");
      tariffOrigin = location === "china" ? "CN" : "third-country";
      break;
  }
  const tariffPct = tariffRatePct(data, values, m, tariffOrigin);
  return {
    capital,
    security,
    processing,
    inlandFreight: inland,
    freight,
    insurance: c === "US" ? 0 : (v(values, KEYS.insurance(c)) / 100) * price,
    // US duty is charged on the customs value (the price paid for the goods), not on cost, freight and insurance.
    tariff: (tariffPct / 100) * customsValue,
    tariffPct,
    byproductCredit: byproductCredit(values, op),
    location,
    tariffOrigin,
    rate,
    premiumCapital,
  };
}

/** The sum of the parts a reported cost covers other than the site cost, USD per t of product. */
function coveredOffSite(parts: OffSiteParts, covers: readonly CoveredPart[]): number {
  let sum = 0;
  for (const part of covers) {
    if (part === "processing") sum += parts.processing;
    else if (part === "inland-freight") sum += parts.inlandFreight;
    else if (part === "freight") sum += parts.freight;
    else if (part === "byproduct-credit") sum += parts.byproductCredit;
  }
  return sum;
}

/**
 * Sets each operation's covered offset: the parts its reported cost covers besides the site cost, at the default
 * values and in its own country. The site cost is then the reported cost less this offset, so at the defaults
 * every operation reproduces its reported cost on its own definition. Returns a copy of the data.
 */
export function calibrateOperations(data: ModelData, defaults: ScenarioValues): ModelData {
  const minerals = data.minerals.map((m) => {
    const anchors: MineralModelData["anchors"] = {};
    const calibrated = new Map<string, OperationModel>();
    for (const [country, a] of Object.entries(m.anchors)) {
      let op = calibrated.get(a.operation.id);
      if (!op) {
        const capex = defaults[KEYS.operationCapex(a.operation.id)] ?? 0;
        const parts = offSiteParts(data, defaults, a.operation.country, m, capex, a.operation);
        op = { ...a.operation, coveredOffsetUsdPerTonne: coveredOffSite(parts, a.operation.covers) };
        calibrated.set(op.id, op);
      }
      anchors[country as CostCountry] = { ...a, operation: op };
    }
    return { ...m, anchors };
  });
  return { ...data, minerals };
}

/**
 * Landed cost per tonne of the compared product (the form the US imports) for supplier c and mineral m, in ten
 * parts (lib/model/README.md §1):
 *
 *   site      = reported cost of the anchor operation ÷ product tonnes per unit − its covered off-site parts
 *   labor     = site × labourShare × (wage_c / wage_anchor) × (productivity_anchor / productivity_c)
 *   energy    = site × [electricityShare × (power_c / power_anchor) + fuelShare × (diesel_c / diesel_anchor)]
 *   otherOpex = site × (1 − labourShare − electricityShare − fuelShare)
 *   capital   = capex × (1 + r)^(T/2) × CRF(r, life),  r = base + λ·CRP_c (unless insured) + extra_c
 *   security  = capex × (physical security_c + PRI premium_c if insured)
 *   processing, freight (per tonne shipped, by route), insurance (× price), tariff (× customs value),
 *   byproductCredit (−payable by-products × their prices)
 *
 * The anchor's own factor prices are its country's data defaults, so a country with its own operation reproduces
 * that operation's reported cost at the defaults. Minerals without sourced costs use an assumed US reference (cash
 * cost and capital intensity from their 2024 price).
 */
export function computeLandedCost(
  data: ModelData,
  values: ScenarioValues,
  c: CostCountry,
  m: MineralModelData,
): LandedCost {
  const anchor = m.anchors[c];
  const op = anchor?.operation ?? null;
  const base: CostCountry = op?.country ?? "US";
  const f = data.factorDefaults[base];
  const capex = op ? v(values, KEYS.operationCapex(op.id)) : v(values, KEYS.capex(m.id));
  const parts = offSiteParts(data, values, c, m, capex, op);
  const site = op
    ? Math.max(0, v(values, KEYS.unitCost(op.id)) / op.productTonnesPerUnit - op.coveredOffsetUsdPerTonne)
    : v(values, KEYS.cashCost(m.id));

  const labourShare = v(values, KEYS.labourShare(m.id)) / 100;
  const electricityShare = v(values, KEYS.electricityShare(m.id)) / 100;
  const fuelShare = v(values, KEYS.fuelShare(m.id)) / 100;
  // An operation with its own plant is priced at that plant's cost, both as the basis and for its own country.
  const ownPower = op?.power === "own";
  const powerBasis = ownPower ? (data.ownPowerDefaults[op!.id] ?? f.electricity) : f.electricity;
  const power =
    ownPower && c === op!.country ? v(values, KEYS.ownPower(op!.id)) : v(values, KEYS.electricity(c));
  const labor =
    site *
    labourShare *
    (v(values, KEYS.wage(c)) / f.wage) *
    (f.productivity / v(values, KEYS.productivity(c)));
  const energy =
    site * (electricityShare * (power / powerBasis) + fuelShare * (v(values, KEYS.diesel(c)) / f.diesel));
  // Shares adding to more than 100 % would make this negative; it is floored at zero rather than subtract cost.
  const otherOpex = site * Math.max(0, 1 - labourShare - electricityShare - fuelShare);

  const breakdown: CostBreakdown = {
    labor,
    energy,
    otherOpex,
    capital: parts.capital,
    security: parts.security,
    processing: parts.processing,
    freight: parts.freight,
    insurance: parts.insurance,
    tariff: parts.tariff,
    byproductCredit: parts.byproductCredit,
  };
  let landed = 0;
  for (const k in breakdown) landed += breakdown[k as keyof CostBreakdown];
  return {
    country: c,
    mineral: m.id,
    product: m.product,
    landedCostUsdPerTonne: landed,
    breakdown,
    reference: op
      ? {
          id: op.id,
          name: op.name,
          country: op.country,
          scaled: op.country !== c,
          reportedCostUsdPerTonne: op.reportedCost.value,
          definition: op.definition,
          sourceId: op.reportedCost.sourceId,
        }
      : {
          id: `assumed-${m.id}`,
          name: "Assumed reference operation (no sourced cost)",
          country: "US",
          scaled: c !== "US",
          reportedCostUsdPerTonne: null,
          definition:
            "assumption: site cash cost at 60 % of the 2024 price, capital intensity twice the price",
          sourceId: "project-assumptions",
        },
    processing: { location: parts.location, tariffOrigin: parts.tariffOrigin },
    discountRatePct: parts.rate * 100,
    tariffPct: parts.tariffPct,
    riskCostUsdPerTonne: parts.premiumCapital + parts.security + parts.insurance,
    costBasis: m.costBasis,
  };
}

/** The tonnes of product per tonne of contained content (USGS basis): 5.32 t of lithium carbonate per t of lithium. */
export function productTonnesPerContainedTonne(m: MineralModelData): number {
  return 100 / m.product.payableContentPct;
}
