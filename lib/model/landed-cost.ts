import { type MineralId } from "../data/common";
import { type ProcessingLocation } from "../data/processing";
import { type CoveredPart } from "../data/reference-operations";
import { KEYS, memo, RISK_TREATMENT, ROUTE_CHOICES } from "./keys";
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

/** The assumptions every landed cost reads. */
interface GlobalInputs {
  baseRate: number;
  riskLoading: number;
  projectLife: number;
  /** Political risk insured rather than priced in the discount rate (the risk-treatment choice). */
  insured: boolean;
  tariffRegime: number;
  goldPrice: number;
  goldPayable: number;
  copperPayable: number;
  molybdenumPrice: number;
  concentrateGradeCopper: number;
  treatmentChargeCopper: number;
  refiningChargeCopper: number;
  conversionCostLithium: number;
  separationCostRareEarths: number;
}

/** The assumptions of one country a landed cost reads (absent ones, e.g. the US's ocean freight, are 0). */
interface CountryInputs {
  crp: number;
  extraPremium: number;
  yearsToProduction: number;
  physicalSecurity: number;
  riskInsurance: number;
  inlandFreight: number;
  oceanFreight: number;
  freightToChina: number;
  insurance: number;
  tariffExtra: number;
  wage: number;
  productivity: number;
  electricity: number;
  diesel: number;
}

/** A country's discount rate and the factors that turn capex into an annual capital charge, at it and risk-free. */
interface CapitalTerms {
  rate: number;
  construction: number;
  recovery: number;
  riskFreeConstruction: number;
  riskFreeRecovery: number;
}

/** The assumptions of one mineral a landed cost reads. */
interface MineralInputs {
  labourShare: number;
  electricityShare: number;
  fuelShare: number;
  price: number;
}

/** The assumptions of one reference operation a landed cost reads (own power: NaN where it buys its power). */
interface OperationInputs {
  capex: number;
  unitCost: number;
  ownPower: number;
}

/** The keys of one country's cost inputs. */
const countryKeys = memo((c: CostCountry) => ({
  crp: KEYS.crp(c),
  extraPremium: KEYS.extraPremium(c),
  yearsToProduction: KEYS.yearsToProduction(c),
  physicalSecurity: KEYS.physicalSecurity(c),
  riskInsurance: KEYS.riskInsurance(c),
  inlandFreight: KEYS.inlandFreight(c),
  oceanFreight: KEYS.oceanFreight(c),
  freightToChina: KEYS.freightToChina(c),
  insurance: KEYS.insurance(c),
  tariffExtra: KEYS.tariffExtra(c),
  wage: KEYS.wage(c),
  productivity: KEYS.productivity(c),
  electricity: KEYS.electricity(c),
  diesel: KEYS.diesel(c),
}));

/** The keys of one mineral's cost inputs. */
const mineralKeys = memo((m: MineralId) => ({
  labourShare: KEYS.labourShare(m),
  electricityShare: KEYS.electricityShare(m),
  fuelShare: KEYS.fuelShare(m),
  price: KEYS.price(m),
  capex: KEYS.capex(m),
  cashCost: KEYS.cashCost(m),
}));

/** The keys of one reference operation's inputs. */
const operationKeys = memo((op: string) => ({
  capex: KEYS.operationCapex(op),
  unitCost: KEYS.unitCost(op),
  ownPower: KEYS.ownPower(op),
}));

/**
 * Reads a scenario's assumptions for landed costs, each group once: the claims' Monte Carlo prices about twenty
 * costs per draw, and reading every key once per cost (a string-keyed lookup) cost more than the arithmetic.
 * Every read goes through `read` and `optional`, so a subclass can serve the values from elsewhere (the claims'
 * draw plan reads them from a typed array) or record which keys a cost depends on.
 */
export class CostReader {
  private globals: GlobalInputs | undefined;
  private readonly countries = new Map<CostCountry, CountryInputs>();
  private readonly minerals = new Map<MineralId, MineralInputs>();
  private readonly capitals = new Map<CostCountry, CapitalTerms>();
  private readonly operations = new Map<string, OperationInputs>();
  constructor(readonly values: ScenarioValues) {}

  /** One assumption's value; throws on a key the scenario does not hold. */
  read(key: string): number {
    return v(this.values, key);
  }

  /** One assumption's value, 0 where the scenario does not hold it. */
  optional(key: string): number {
    return this.values[key] ?? 0;
  }

  /** Forgets the groups read so far, for a reader whose values change (one draw after another). */
  clear(): void {
    this.globals = undefined;
    this.countries.clear();
    this.minerals.clear();
    this.capitals.clear();
    this.operations.clear();
  }

  /** A country's capital charge terms, the same for all its minerals: computed once, not once per landed cost. */
  capital(c: CostCountry): CapitalTerms {
    let got = this.capitals.get(c);
    if (got) return got;
    const g = this.global;
    const x = this.country(c);
    const rate = discountRate(this, c);
    const life = g.projectLife;
    // The same capital at the rate without the country premium: the difference is what the premium costs.
    const riskFree = (g.baseRate + x.extraPremium) / 100;
    got = {
      rate,
      // Capital is spent evenly over the years to first production, so on average it carries half that time's
      // interest before output starts: capex × (1 + r)^(T/2), recovered over the project life.
      construction: (1 + rate) ** (x.yearsToProduction / 2),
      recovery: capitalRecoveryFactor(rate, life),
      riskFreeConstruction: (1 + riskFree) ** (x.yearsToProduction / 2),
      riskFreeRecovery: capitalRecoveryFactor(riskFree, life),
    };
    this.capitals.set(c, got);
    return got;
  }

  get global(): GlobalInputs {
    // Read on every part of every cost: the cached inputs come back before anything is allocated.
    if (this.globals) return this.globals;
    const read = (key: string) => this.read(key);
    return (this.globals = {
      baseRate: read(KEYS.baseRate),
      riskLoading: read(KEYS.riskLoading),
      projectLife: read(KEYS.projectLife),
      insured: Math.round(read(KEYS.riskTreatment)) === RISK_TREATMENT.insured,
      tariffRegime: read(KEYS.tariffRegime),
      goldPrice: read(KEYS.goldPrice),
      goldPayable: read(KEYS.goldPayable),
      copperPayable: read(KEYS.copperPayable),
      molybdenumPrice: read(KEYS.molybdenumPrice),
      concentrateGradeCopper: read(KEYS.concentrateGradeCopper),
      treatmentChargeCopper: read(KEYS.treatmentChargeCopper),
      refiningChargeCopper: read(KEYS.refiningChargeCopper),
      conversionCostLithium: read(KEYS.conversionCostLithium),
      separationCostRareEarths: read(KEYS.separationCostRareEarths),
    });
  }

  country(c: CostCountry): CountryInputs {
    let got = this.countries.get(c);
    if (got) return got;
    const k = countryKeys(c);
    got = {
      crp: this.read(k.crp),
      extraPremium: this.read(k.extraPremium),
      yearsToProduction: this.read(k.yearsToProduction),
      physicalSecurity: this.read(k.physicalSecurity),
      riskInsurance: this.read(k.riskInsurance),
      inlandFreight: this.read(k.inlandFreight),
      oceanFreight: c === "US" ? 0 : this.read(k.oceanFreight),
      freightToChina: c === "CN" ? 0 : this.optional(k.freightToChina),
      insurance: c === "US" ? 0 : this.read(k.insurance),
      tariffExtra: c === "US" ? 0 : this.read(k.tariffExtra),
      wage: this.read(k.wage),
      productivity: this.read(k.productivity),
      electricity: this.read(k.electricity),
      diesel: this.read(k.diesel),
    };
    this.countries.set(c, got);
    return got;
  }

  /** An operation's inputs, read once for every country whose cost is scaled from it. */
  operation(op: OperationModel): OperationInputs {
    let got = this.operations.get(op.id);
    if (got) return got;
    const k = operationKeys(op.id);
    got = {
      capex: this.read(k.capex),
      unitCost: this.read(k.unitCost),
      // Only an operation with its own plant has the assumption.
      ownPower: op.power === "own" ? this.read(k.ownPower) : Number.NaN,
    };
    this.operations.set(op.id, got);
    return got;
  }

  mineral(m: MineralModelData): MineralInputs {
    let got = this.minerals.get(m.id);
    if (got) return got;
    const k = mineralKeys(m.id);
    got = {
      labourShare: this.read(k.labourShare) / 100,
      electricityShare: this.read(k.electricityShare) / 100,
      fuelShare: this.read(k.fuelShare) / 100,
      price: this.read(k.price),
    };
    this.minerals.set(m.id, got);
    return got;
  }
}

/**
 * A reader that notes every key a pricing reads, serving the values from another reader. Every read of a landed
 * cost goes through `read` and `optional`, and which keys it reads does not depend on their values, so the keys
 * noted are all a cost can move with: the tornado and the solver price again only what an assumption reaches, and
 * the claims' draw plan only what a drawn key reaches.
 */
export class RecordingReader extends CostReader {
  readonly keys = new Set<string>();
  constructor(private readonly source: CostReader) {
    super(source.values);
  }
  override read(key: string): number {
    this.keys.add(key);
    return this.source.read(key);
  }
  override optional(key: string): number {
    this.keys.add(key);
    return this.source.optional(key);
  }
}

/** A reader for values, or the reader given. */
const readerOf = (x: ScenarioValues | CostReader) => (x instanceof CostReader ? x : new CostReader(x));

/** True when political risk is insured rather than priced in the discount rate (the risk-treatment choice). */
export function riskInsured(values: ScenarioValues | CostReader): boolean {
  return readerOf(values).global.insured;
}

/**
 * Discount rate of a country as a fraction: base rate + λ × country risk premium + extra project premium (all in
 * %). When political risk is insured instead, the country risk premium leaves the rate (the insurance premium is
 * charged in the security part): it is priced once.
 */
export function discountRate(values: ScenarioValues | CostReader, c: CostCountry): number {
  const r = readerOf(values);
  const g = r.global;
  const x = r.country(c);
  const premium = g.insured ? 0 : g.riskLoading * x.crp;
  return (g.baseRate + premium + x.extraPremium) / 100;
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
  values: ScenarioValues | CostReader,
  c: CostCountry,
  m: MineralModelData,
): ProcessingLocation {
  if (m.processing.intermediate === null) return "domestic";
  if (c === "PK" || c === "UA")
    return ROUTE_CHOICES[Math.round(readerOf(values).read(KEYS.refineRoute(c)))] ?? m.routes[c];
  const usual = m.routes[c];
  // A domestic route for the two processing countries the options name.
  if ((c === "CN" && usual === "china") || (c === "US" && usual === "united-states")) return "domestic";
  return usual;
}

/** Tonnes shipped from the mine per tonne of product: the concentrate (or other intermediate) that makes it. */
export function shippedTonnesPerProductTonne(
  values: ScenarioValues | CostReader,
  m: MineralModelData,
): number {
  if (m.processing.intermediate === null) return 1;
  if (m.processing.intermediatePerProductTonne !== null) return m.processing.intermediatePerProductTonne;
  // Copper: 1 ÷ (grade × payable share); doubling the grade halves the tonnes shipped.
  const g = readerOf(values).global;
  return 1 / ((g.concentrateGradeCopper / 100) * (g.copperPayable / 100));
}

/** Cost of processing one tonne of the mine product's content into the product, USD per t of product. */
export function processingCost(values: ScenarioValues | CostReader, m: MineralModelData): number {
  const r = readerOf(values);
  const g = r.global;
  switch (m.id) {
    case "copper":
      // Treatment charge per dry t of concentrate spread over the payable copper, plus the refining charge.
      return (
        g.treatmentChargeCopper * shippedTonnesPerProductTonne(r, m) +
        (g.refiningChargeCopper / 100) * LB_PER_TONNE
      );
    case "lithium":
      return g.conversionCostLithium;
    case "rare-earths":
      return g.separationCostRareEarths;
    default:
      return 0;
  }
}

/** The by-product credit of an operation per tonne of product, USD (never positive). */
export function byproductCredit(values: ScenarioValues | CostReader, op: OperationModel | null): number {
  if (!op) return 0;
  const g = readerOf(values).global;
  let credit = 0;
  for (const b of op.byproducts) {
    if (b.metal === "gold") {
      // Ounces contained per t of contained copper → payable ounces per t of payable copper.
      const payable = g.goldPayable / 100 / (g.copperPayable / 100);
      credit += b.perTonne * payable * g.goldPrice;
    } else credit += b.perTonne * g.molybdenumPrice;
  }
  return -credit;
}

/** The US tariff rate of a product by its origin (the processing country), percent; the US pays none. */
function tariffRatePct(
  data: ModelData,
  r: CostReader,
  m: MineralModelData,
  origin: CostCountry | "third-country",
): number {
  if (origin === "US") return 0;
  const regime = data.tariffRegimes[Math.round(r.global.tariffRegime)]?.id;
  if (!regime) return 0;
  if (origin === "third-country") return m.thirdCountryTariffPct[regime] ?? 0;
  return (m.tariffPct[regime]?.[origin as Supplier] ?? 0) + r.country(origin).tariffExtra;
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
  r: CostReader,
  c: CostCountry,
  m: MineralModelData,
  capex: number,
  op: OperationModel | null,
  /** Where the parts go: the claims' draws reuse one object rather than allocate one per cost. */
  into: OffSiteParts = emptyParts(),
): OffSiteParts {
  const g = r.global;
  const x = r.country(c);
  const k = r.capital(c);
  const rate = k.rate;
  // Multiplied in this order everywhere, so the cost does not depend on which path computed it.
  const capital = capex * k.construction * k.recovery;
  const premiumCapital = capital - capex * k.riskFreeConstruction * k.riskFreeRecovery;
  const security = capex * (x.physicalSecurity / 100 + (g.insured ? x.riskInsurance / 100 : 0));
  const processing = processingCost(r, m);
  const location = processingLocation(r, c, m);
  const shipped = shippedTonnesPerProductTonne(r, m);
  const inland = x.inlandFreight * shipped;
  let freight = inland;
  let tariffOrigin: CostCountry | "third-country" = c;
  const price = r.mineral(m).price;
  let customsValue = price;
  switch (location) {
    case "domestic":
      freight += oceanFreight(r, c);
      break;
    case "united-states":
      // The intermediate crosses the ocean; the US processes it, so the import is the intermediate, worth the
      // product's price less the processing charge (the netback), at the mine country's rate.
      freight += oceanFreight(r, c) * shipped;
      customsValue = Math.max(0, price - processing);
      break;
    case "china":
    case "third-country":
      freight += (c === "CN" ? 0 : x.freightToChina * shipped) + oceanFreight(r, "CN");
      tariffOrigin = location === "china" ? "CN" : "third-country";
      break;
  }
  const tariffPct = tariffRatePct(data, r, m, tariffOrigin);
  into.capital = capital;
  into.security = security;
  into.processing = processing;
  into.inlandFreight = inland;
  into.freight = freight;
  into.insurance = (x.insurance / 100) * price;
  // US duty is charged on the customs value (the price paid for the goods), not on cost, freight and insurance.
  into.tariff = (tariffPct / 100) * customsValue;
  into.tariffPct = tariffPct;
  into.byproductCredit = byproductCredit(r, op);
  into.location = location;
  into.tariffOrigin = tariffOrigin;
  into.rate = rate;
  into.premiumCapital = premiumCapital;
  return into;
}

/** Ocean freight from a country to a US port, USD per t shipped (none from the US itself). */
function oceanFreight(r: CostReader, c: CostCountry): number {
  return c === "US" ? 0 : r.country(c).oceanFreight;
}

/** Off-site parts at zero, in their declared order. */
function emptyParts(): OffSiteParts {
  return {
    capital: 0,
    security: 0,
    processing: 0,
    inlandFreight: 0,
    freight: 0,
    insurance: 0,
    tariff: 0,
    tariffPct: 0,
    byproductCredit: 0,
    location: "domestic",
    tariffOrigin: "US",
    rate: 0,
    premiumCapital: 0,
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
        const parts = offSiteParts(
          data,
          new CostReader(defaults),
          a.operation.country,
          m,
          capex,
          a.operation,
        );
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
 * The ten parts of one landed cost, written into `into` (the claims' draws reuse one object rather than allocate
 * one per cost), with the off-site details the full result reports.
 */
function costParts(
  data: ModelData,
  r: CostReader,
  c: CostCountry,
  m: MineralModelData,
  into: CostBreakdown,
  partsInto?: OffSiteParts,
): OffSiteParts {
  const op = m.anchors[c]?.operation ?? null;
  const base: CostCountry = op?.country ?? "US";
  const f = data.factorDefaults[base];
  const o = op ? r.operation(op) : null;
  const mk = o ? null : mineralKeys(m.id);
  const capex = o ? o.capex : r.read(mk!.capex);
  const parts = offSiteParts(data, r, c, m, capex, op, partsInto);
  const site = o
    ? Math.max(0, o.unitCost / op!.productTonnesPerUnit - op!.coveredOffsetUsdPerTonne)
    : r.read(mk!.cashCost);

  const { labourShare, electricityShare, fuelShare } = r.mineral(m);
  const x = r.country(c);
  // An operation with its own plant is priced at that plant's cost, both as the basis and for its own country.
  const ownPower = op?.power === "own";
  const powerBasis = ownPower ? (data.ownPowerDefaults[op!.id] ?? f.electricity) : f.electricity;
  const power = ownPower && c === op!.country ? o!.ownPower : x.electricity;
  const labor = site * labourShare * (x.wage / f.wage) * (f.productivity / x.productivity);
  const energy = site * (electricityShare * (power / powerBasis) + fuelShare * (x.diesel / f.diesel));
  // Shares adding to more than 100 % would make this negative; it is floored at zero rather than subtract cost.
  const otherOpex = site * Math.max(0, 1 - labourShare - electricityShare - fuelShare);

  into.labor = labor;
  into.energy = energy;
  into.otherOpex = otherOpex;
  into.capital = parts.capital;
  into.security = parts.security;
  into.processing = parts.processing;
  into.freight = parts.freight;
  into.insurance = parts.insurance;
  into.tariff = parts.tariff;
  into.byproductCredit = parts.byproductCredit;
  return parts;
}

/** A breakdown with every part at zero, its keys in the order the parts are added. */
export function emptyBreakdown(): CostBreakdown {
  return {
    labor: 0,
    energy: 0,
    otherOpex: 0,
    capital: 0,
    security: 0,
    processing: 0,
    freight: 0,
    insurance: 0,
    tariff: 0,
    byproductCredit: 0,
  };
}

/**
 * The landed cost: the parts added in emptyBreakdown's order (the order fixes the rounding, so every path agrees),
 * spelled out rather than looped over the keys, since the claims' draws sum some 40 000 costs per scenario.
 */
function sumParts(b: CostBreakdown): number {
  let landed = 0;
  landed += b.labor;
  landed += b.energy;
  landed += b.otherOpex;
  landed += b.capital;
  landed += b.security;
  landed += b.processing;
  landed += b.freight;
  landed += b.insurance;
  landed += b.tariff;
  landed += b.byproductCredit;
  return landed;
}

/**
 * The landed cost of one country's mineral alone, USD per tonne of product: the same number as computeLandedCost's
 * `landedCostUsdPerTonne`, for the claims' draws, which read nothing else.
 */
export function landedCostTotal(data: ModelData, r: CostReader, c: CostCountry, m: MineralModelData): number {
  costParts(data, r, c, m, scratch.breakdown, scratch.parts);
  return sumParts(scratch.breakdown);
}

/** What landedCostTotal fills and sums: one for the process, read before the next cost is priced. */
const scratch = { breakdown: emptyBreakdown(), parts: emptyParts() };

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
  values: ScenarioValues | CostReader,
  c: CostCountry,
  m: MineralModelData,
): LandedCost {
  const op = m.anchors[c]?.operation ?? null;
  const breakdown = emptyBreakdown();
  const parts = costParts(data, readerOf(values), c, m, breakdown);
  const landed = sumParts(breakdown);
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
