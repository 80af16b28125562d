import { type FocusCountry, type MineralId } from "../data/common";
import { FOCUS_COUNTRIES, MINERAL_IDS } from "../data/constants";
import { type FieldMessage } from "../model/scenario";
import { COMPONENT_LABELS, type CostComponent, COST_COMPONENTS } from "../model/types";
import { quoteInput as show } from "../text/visible";

/**
 * The supplier comparison's view state in its address (mineral, countries, sort, scale), beside the scenario's own
 * parameters in the same query string: what each parameter may hold, how a bad value is named, and the links the
 * page writes. Pure.
 */

export const COMPARE_MIN_COUNTRIES = 2;
export const COMPARE_MAX_COUNTRIES = 6;
export const COMPARE_COUNTRIES: readonly FocusCountry[] = FOCUS_COUNTRIES;
export const DEFAULT_COMPARE_MINERAL: MineralId = "copper";
/** Pakistan beside the two competitors the article names. */
export const DEFAULT_COMPARE_COUNTRIES: readonly FocusCountry[] = ["PK", "AU", "CA"];
/** Query parameters of the view (everything else in the query is the scenario). */
export const COMPARE_VIEW_PARAMS = ["mineral", "countries", "sort", "dir", "scale"] as const;

export type SortDir = "asc" | "desc";
/** Axis scale of the quantity charts: linear, or log10 where values span orders of magnitude. */
export type Scale = "linear" | "log";
export const SCALES: readonly Scale[] = ["linear", "log"];

/** The table column of each part of the landed cost (the `sort` value that orders rows by it). */
export const COST_PART_COLUMNS: Record<CostComponent, string> = {
  labor: "labour",
  energy: "energy",
  otherOpex: "other-opex",
  capital: "capital",
  security: "security",
  processing: "processing",
  freight: "freight",
  insurance: "insurance",
  tariff: "tariff-cost",
  byproductCredit: "byproduct-credit",
};

/**
 * One column of the comparison table, with its group (the header row above it) and the first sort direction.
 * Text columns (what a cost is built on) are read, not sorted.
 */
export interface CompareColumn {
  id: string;
  label: string;
  group: string;
  kind: "number" | "text";
  /** Direction of the first click: larger-is-better figures sort high first, costs low first. */
  firstDir: SortDir;
}

const LANDED = "Landed cost at a US port, USD per tonne";
/** The heading over the columns that say what each landed cost is built on. */
export const COST_BASIS_GROUP = "What the cost is built on";

/** The columns under each group heading, in order: id, label and the first sort direction ("text": not sorted). */
const COLUMN_GROUPS: readonly {
  group: string;
  columns: readonly (readonly [string, string, SortDir | "text"])[];
}[] = [
  {
    group: "Resources",
    columns: [
      ["production-share", "Share of world mine production", "desc"],
      ["reserves-share", "Share of world reserves", "desc"],
    ],
  },
  {
    group: "Labour",
    columns: [
      ["wage", "Mining wage", "asc"],
      ["productivity", "Labour productivity (US = 1)", "desc"],
    ],
  },
  {
    group: "Governance (WGI percentile rank)",
    columns: [
      ["stability", "Political stability", "desc"],
      ["rule-of-law", "Rule of law", "desc"],
    ],
  },
  { group: "Finance", columns: [["discount-rate", "Cost of capital", "asc"]] },
  {
    group: COST_BASIS_GROUP,
    columns: [
      ["product", "Product costed", "text"],
      ["reference", "Reference operation", "text"],
      ["reported-cost", "Operation's reported cost", "asc"],
      ["route", "Where it is processed", "text"],
    ],
  },
  {
    group: LANDED,
    columns: [
      ...COST_COMPONENTS.map((part) => [COST_PART_COLUMNS[part], COMPONENT_LABELS[part], "asc"] as const),
      ["landed", "Total landed cost", "asc"],
    ],
  },
  {
    group: "Trade and timing",
    columns: [
      ["tariff-rate", "US tariff rate", "asc"],
      ["years-to-production", "Time to first production", "asc"],
      ["pipeline", "Pipeline capacity", "desc"],
    ],
  },
];

/** The comparison table's columns, in order: the ids of number columns are the values `sort` accepts. */
export const COMPARE_COLUMNS: readonly CompareColumn[] = COLUMN_GROUPS.flatMap(({ group, columns }) =>
  columns.map(([id, label, first]) =>
    first === "text"
      ? { id, label, group, kind: "text" as const, firstDir: "asc" as const }
      : { id, label, group, kind: "number" as const, firstDir: first },
  ),
);
/** The row header column can be sorted too (by country name). */
export const COUNTRY_COLUMN: CompareColumn = {
  id: "country",
  label: "Country",
  group: "",
  kind: "text",
  firstDir: "asc",
};
const SORTABLE = new Map(
  [COUNTRY_COLUMN, ...COMPARE_COLUMNS.filter((c) => c.kind === "number")].map((c) => [c.id, c]),
);

/** Can the table be sorted by this column id? */
export function isSortColumn(id: string): boolean {
  return SORTABLE.has(id);
}

/** The view a compare address asks for. */
export interface CompareParams {
  mineral: MineralId;
  countries: FocusCountry[];
  sort: string | null;
  dir: SortDir;
  scale: Scale;
}

export const DEFAULT_COMPARE_VIEW: CompareParams = {
  mineral: DEFAULT_COMPARE_MINERAL,
  countries: [...DEFAULT_COMPARE_COUNTRIES],
  sort: null,
  dir: "asc",
  scale: "linear",
};

/** The first value of a parameter that takes one; a repeat is named, and the first value is the one used. */
function single(params: URLSearchParams, name: string, warnings: FieldMessage[]): string | null {
  const all = params.getAll(name);
  if (all.length > 1)
    warnings.push({
      field: name,
      message: `${name} is given ${all.length} times; using the first, ${show(all[0]!)}`,
    });
  return all[0] ?? null;
}

/**
 * Reads the view from the query. Every bad value is named in a warning together with the safe value used
 * instead; nothing throws. `countries` may be one comma-separated list (the links the page writes) or repeated
 * (what a plain HTML form with checkboxes submits).
 */
export function parseCompareParams(params: URLSearchParams): {
  view: CompareParams;
  warnings: FieldMessage[];
} {
  const warnings: FieldMessage[] = [];
  const view: CompareParams = { ...DEFAULT_COMPARE_VIEW, countries: [...DEFAULT_COMPARE_VIEW.countries] };

  const mineral = params.getAll("mineral");
  if (mineral.length > 1)
    warnings.push({
      field: "mineral",
      message: `mineral is given ${mineral.length} times; showing the first, ${show(mineral[0]!)}`,
    });
  if (mineral.length) {
    const m = mineral[0]!.trim().toLowerCase();
    if ((MINERAL_IDS as readonly string[]).includes(m)) view.mineral = m as MineralId;
    else
      warnings.push({
        field: "mineral",
        message: `unknown mineral ${show(mineral[0]!)}; showing ${DEFAULT_COMPARE_MINERAL}. Choose one of ${MINERAL_IDS.join(", ")}`,
      });
  }

  const rawCountries = params.getAll("countries");
  if (rawCountries.length) {
    const codes = rawCountries
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter((s) => s.length);
    const chosen: FocusCountry[] = [];
    for (const raw of codes) {
      const code = raw.toUpperCase();
      if (!(COMPARE_COUNTRIES as readonly string[]).includes(code)) {
        warnings.push({
          field: "countries",
          message: `unknown country ${show(raw)} ignored; choose from ${COMPARE_COUNTRIES.join(", ")}`,
        });
      } else if (chosen.includes(code as FocusCountry)) {
        warnings.push({ field: "countries", message: `${code} is listed more than once; counted once` });
      } else chosen.push(code as FocusCountry);
    }
    const defaults = DEFAULT_COMPARE_COUNTRIES.join(", ");
    if (codes.length > COMPARE_MAX_COUNTRIES) {
      warnings.push({
        field: "countries",
        message: `${codes.length} countries given (${show(codes.join(","))}); at most ${COMPARE_MAX_COUNTRIES} can be compared`,
      });
    }
    if (chosen.length < COMPARE_MIN_COUNTRIES) {
      warnings.push({
        field: "countries",
        message: `at least ${COMPARE_MIN_COUNTRIES} countries are needed, got ${chosen.length}${chosen.length ? ` (${chosen.join(", ")})` : ""}; showing ${defaults}`,
      });
    } else view.countries = chosen.slice(0, COMPARE_MAX_COUNTRIES);
  }

  const sort = single(params, "sort", warnings);
  if (sort !== null) {
    if (SORTABLE.has(sort)) {
      view.sort = sort;
      view.dir = SORTABLE.get(sort)!.firstDir;
    } else
      warnings.push({
        field: "sort",
        message: `cannot sort by ${show(sort)}; the table keeps the order of your selection`,
      });
  }
  const dir = single(params, "dir", warnings);
  if (dir !== null) {
    if (dir === "asc" || dir === "desc") view.dir = dir;
    else
      warnings.push({
        field: "dir",
        message: `sort direction ${show(dir)} is neither asc nor desc; using ${view.dir}`,
      });
  }
  const scale = single(params, "scale", warnings);
  if (scale !== null) {
    if ((SCALES as readonly string[]).includes(scale)) view.scale = scale as Scale;
    else warnings.push({ field: "scale", message: `unknown scale ${show(scale)}; using linear (or log)` });
  }
  return { view, warnings };
}

/**
 * The compare page's address for a view, with the scenario's own query (already serialised) after it. Country
 * codes are plain letters, so the list is written with literal commas for a readable link.
 */
export function compareHref(view: CompareParams, scenarioQuery: string): string {
  const parts = [`mineral=${encodeURIComponent(view.mineral)}`, `countries=${view.countries.join(",")}`];
  if (view.sort) parts.push(`sort=${encodeURIComponent(view.sort)}`, `dir=${view.dir}`);
  if (view.scale !== "linear") parts.push(`scale=${view.scale}`);
  if (scenarioQuery) parts.push(scenarioQuery);
  return `/compare?${parts.join("&")}`;
}

/** The view after clicking a column header: the same column flips direction; another starts at its first direction. */
export function nextSort(view: CompareParams, columnId: string): CompareParams {
  const column = SORTABLE.get(columnId);
  if (!column) return view;
  if (view.sort === columnId) return { ...view, dir: view.dir === "asc" ? "desc" : "asc" };
  return { ...view, sort: columnId, dir: column.firstDir };
}
