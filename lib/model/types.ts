import { type MineralId, type Status } from "../data/common";

/** The countries the landed-cost model prices: the five suppliers and the US as domestic reference. */
export const COST_COUNTRIES = ["PK", "AU", "CA", "UA", "CN", "US"] as const;
export type CostCountry = (typeof COST_COUNTRIES)[number];
export const SUPPLIERS = ["PK", "AU", "CA", "UA", "CN"] as const;
export type Supplier = (typeof SUPPLIERS)[number];
/** Suppliers that can take over China-sourced volume. */
export const ALTERNATIVE_SUPPLIERS = ["PK", "AU", "CA", "UA"] as const;
export type AlternativeSupplier = (typeof ALTERNATIVE_SUPPLIERS)[number];

/** First and last year of the dependency outlook. */
export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2035;
export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);

export const GROUPS = [
  "labour",
  "cost-structure",
  "finance-risk",
  "energy-logistics",
  "processing",
  "trade",
  "dependency",
] as const;
export type AssumptionGroup = (typeof GROUPS)[number];
export const GROUP_LABELS: Record<AssumptionGroup, string> = {
  labour: "Labour",
  "cost-structure": "Cost structure",
  "finance-risk": "Finance and risk",
  "energy-logistics": "Energy and logistics",
  processing: "Processing and by-products",
  trade: "Trade",
  dependency: "Dependency",
};

/** How an assumption is edited: a continuous slider, an on/off switch, or a choice between coded options. */
export type AssumptionKind = "number" | "switch" | "choice";

/** One row of the assumptions table: the single source of every bound, default and label. */
export interface Assumption {
  /** URL parameter and API key, e.g. "crp-pk". */
  key: string;
  /** The quantity, e.g. "country risk premium". */
  label: string;
  unit: string;
  group: AssumptionGroup;
  country: CostCountry | null;
  mineral: MineralId | null;
  kind: AssumptionKind;
  /** Slider bounds: values outside are clamped with a warning. */
  min: number;
  max: number;
  step: number;
  default: number;
  /** Range for sensitivity (tornado) and the triangular distributions of the uncertainty run. */
  low: number;
  high: number;
  /** Why this default and range. */
  basis: string;
  sourceId: string;
  status: Status;
  /** For kind "choice": the label of each coded value. */
  options?: readonly { value: number; label: string }[];
}

/** A complete scenario: a value for every assumption key. */
export type ScenarioValues = Readonly<Record<string, number>>;

/** One preset: a named set of values that differ from the defaults. */
export interface Preset {
  id: string;
  label: string;
  /** Only the keys that differ from the defaults. */
  values: Readonly<Record<string, number>>;
}

/**
 * The ten parts of a landed cost, USD per tonne of the compared product. They add up to the landed cost; the
 * by-product credit is never positive.
 */
export interface CostBreakdown {
  labor: number;
  energy: number;
  otherOpex: number;
  capital: number;
  security: number;
  processing: number;
  freight: number;
  insurance: number;
  tariff: number;
  byproductCredit: number;
}
export const COST_COMPONENTS = [
  "labor",
  "energy",
  "otherOpex",
  "capital",
  "security",
  "processing",
  "freight",
  "insurance",
  "tariff",
  "byproductCredit",
] as const satisfies readonly (keyof CostBreakdown)[];
export type CostComponent = (typeof COST_COMPONENTS)[number];
export const COMPONENT_LABELS: Record<CostComponent, string> = {
  labor: "Labour",
  energy: "Energy",
  otherOpex: "Other operating costs",
  capital: "Capital charge",
  security: "Security",
  processing: "Processing",
  freight: "Freight",
  insurance: "Cargo insurance",
  tariff: "US tariff",
  byproductCredit: "By-product credit",
};
