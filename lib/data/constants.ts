/**
 * Ids, codes and labels shared by the data layer, the model and the pages. No zod here: modules that run in the
 * browser import these, and the schemas (and zod) stay on the server (common.ts).
 */

/** How a number came to be (OWID's origin idea): what the source printed, or what we did to it. */
export const STATUSES = ["published", "source-estimate", "secondary", "derived", "assumption"] as const;
export type Status = (typeof STATUSES)[number];

/** Human labels for each status, used in tables, tooltips and CSV. */
export const STATUS_LABELS: Record<Status, string> = {
  published: "Published",
  "source-estimate": "Source's estimate",
  secondary: "Secondary report",
  derived: "Derived (our calculation)",
  assumption: "Assumption (our judgement)",
};

/** The ten minerals in scope (PRODUCT.md §3), in display order. */
export const MINERAL_IDS = [
  "copper",
  "lithium",
  "rare-earths",
  "graphite",
  "antimony",
  "chromium",
  "nickel",
  "cobalt",
  "manganese",
  "titanium",
] as const;
export type MineralId = (typeof MINERAL_IDS)[number];

/** The five supplier countries, the US as importer and domestic producer. */
export const FOCUS_COUNTRIES = ["PK", "AU", "CA", "UA", "CN", "US"] as const;
export type FocusCountry = (typeof FOCUS_COUNTRIES)[number];
export const SUPPLIER_COUNTRIES = ["PK", "AU", "CA", "UA", "CN"] as const;
export type SupplierCountry = (typeof SUPPLIER_COUNTRIES)[number];

/** World total rows. */
export const WORLD = "WORLD";
/**
 * USGS "Other countries" residual rows. ZZ is the ISO 3166-1 user-assigned code conventionally used for
 * "unknown or unspecified"; it keeps every observation's country an ISO alpha-2 code or WORLD.
 */
export const OTHER = "ZZ";

/** The editions of USGS Mineral Commodity Summaries in the data. */
export const EDITIONS = ["MCS 2025", "MCS 2026"] as const;
export type Edition = (typeof EDITIONS)[number];

/** The primary USGS edition: every chart of world output and reserves reads it (PRODUCT.md §3). */
export const PRIMARY_EDITION: Edition = "MCS 2025";
/** The later edition, shown beside the primary one as a labelled update, never joined into one series. */
export const UPDATE_EDITION: Edition = "MCS 2026";
/** The year the primary edition's production tables end on (its estimates) and its reserves are assessed for. */
export const REFERENCE_YEAR = 2024;

/** What USGS counts as a mineral's output: mine production, or sponge metal for titanium (no ilmenite chapter). */
export const PRODUCTION_MEASURES = ["mine-production", "sponge-production"] as const;
export type ProductionMeasure = (typeof PRODUCTION_MEASURES)[number];

/**
 * How a printed number bounds the true value: USGS prints ">2,000,000" for a total of at least that (a lower bound)
 * and "<1" for a share of at most that (an upper bound).
 */
export const BOUNDS = ["lower", "upper"] as const;
export type Bound = (typeof BOUNDS)[number];
