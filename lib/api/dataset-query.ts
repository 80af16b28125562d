import { type z } from "zod";
import { MINERAL_IDS, PRIMARY_EDITION } from "../data/constants";
import { type Dataset } from "../data/dataset";
import { toCsv } from "../export/csv";
import { quoteInput } from "../text/visible";
import { type FieldMessageSchema } from "./schemas/common";
import { type DatasetEnvelope } from "./schemas/dataset";

/** One problem with a request, named by the parameter or body field it concerns. */
export type FieldError = z.infer<typeof FieldMessageSchema>;

export interface DatasetFilters {
  mineral?: ReadonlySet<string>;
  country?: ReadonlySet<string>;
  measure?: ReadonlySet<string>;
  edition?: ReadonlySet<string>;
  /** Source ids, e.g. the IEA dataset's stage rows beside USGS's. */
  source?: ReadonlySet<string>;
  format: (typeof DATASET_FORMATS)[number];
}

/** The dataset API's filters, each taking one value or a comma-separated list. */
export const FILTER_KEYS = ["mineral", "country", "measure", "edition", "source"] as const;
export type DatasetFilterKey = (typeof FILTER_KEYS)[number];
const KNOWN_KEYS = new Set<string>([...FILTER_KEYS, "format"]);
/** The dataset API's answer formats, JSON first (the default). */
export const DATASET_FORMATS = ["json", "csv"] as const;

/** Every value each filter accepts: what the dataset holds (the OpenAPI document lists the same sets). */
export function datasetFilterValues(ds: Dataset): Record<DatasetFilterKey, ReadonlySet<string>> {
  return {
    mineral: new Set<string>(MINERAL_IDS),
    country: new Set(ds.countries.map((c) => c.code)),
    measure: new Set(ds.observations.map((o) => o.measure)),
    edition: new Set(ds.observations.flatMap((o) => (o.edition ? [o.edition] : []))),
    source: new Set(ds.observations.map((o) => o.sourceId)),
  };
}
/** Most values one filter takes. */
export const MAX_LIST = 50;

function listPreview(values: readonly string[], max = 12): string {
  return values.length > max
    ? `${values.slice(0, max).join(", ")}, … (${values.length} in all)`
    : values.join(", ");
}

function quote(s: string): string {
  return quoteInput(s, 60);
}

/**
 * Reads the dataset API's query string. Each filter takes one value or a comma-separated list; every value must
 * exist in the dataset. Unknown parameters, repeated parameters, empty or unknown values are errors naming the
 * parameter — an unknown filter value never yields an empty 200.
 */
export function parseDatasetQuery(
  params: URLSearchParams,
  ds: Dataset,
): { ok: true; filters: DatasetFilters } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const known = datasetFilterValues(ds);
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!KNOWN_KEYS.has(key)) {
      errors.push({
        field: key,
        message: `unknown parameter ${quote(key)}; use ${[...KNOWN_KEYS].join(", ")}`,
      });
    } else if (seen.has(key)) {
      if (!errors.some((e) => e.field === key))
        errors.push({
          field: key,
          message: `give "${key}" once (use a comma-separated list for several values)`,
        });
    }
    seen.add(key);
  }
  const filters: DatasetFilters = { format: "json" };
  for (const key of FILTER_KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const values = raw.split(",").map((v) => v.trim());
    if (values.some((v) => v === "")) {
      errors.push({ field: key, message: `"${key}" needs a value, e.g. ${key}=${[...known[key]][0] ?? ""}` });
      continue;
    }
    if (values.length > MAX_LIST) {
      errors.push({ field: key, message: `at most ${MAX_LIST} values in "${key}"` });
      continue;
    }
    const normalised = key === "country" ? values.map((v) => v.toUpperCase()) : values;
    const unknown = normalised.filter((v) => !known[key].has(v));
    if (unknown.length) {
      errors.push({
        field: key,
        message: `unknown ${key} ${unknown.map(quote).join(", ")}; known values: ${listPreview([...known[key]].sort())}`,
      });
      continue;
    }
    filters[key] = new Set(normalised);
  }
  const format = params.get("format");
  if (format !== null) {
    const chosen = DATASET_FORMATS.find((f) => f === format);
    if (chosen) filters.format = chosen;
    else errors.push({ field: "format", message: `unknown format ${quote(format)}; use json or csv` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, filters };
}

function isFiltered(f: DatasetFilters): boolean {
  return FILTER_KEYS.some((k) => f[k] !== undefined);
}

/**
 * The canonical query of a set of filters: the filters in a fixed order, each one's values sorted, then the format.
 * Equal filters, however they were written, give the same string: it keys the memoised answer and is the CSV's
 * permalink, so a cached answer never quotes another caller's spelling of the address.
 */
export function canonicalDatasetQuery(f: DatasetFilters): string {
  const parts = FILTER_KEYS.flatMap((k) =>
    f[k] ? [`${k}=${[...f[k]].sort().map(encodeURIComponent).join(",")}`] : [],
  );
  if (f.format === "csv") parts.push("format=csv");
  return parts.join("&");
}

/**
 * Applies filters. Unfiltered, the envelope holds every country, mineral, observation and source; filtered, the
 * observations that match and the countries, minerals and sources they cite.
 */
export function selectDataset(ds: Dataset, f: DatasetFilters): DatasetEnvelope {
  const observations = ds.observations.filter(
    (o) =>
      (!f.mineral || (o.mineral !== null && f.mineral.has(o.mineral))) &&
      (!f.country || f.country.has(o.country)) &&
      (!f.measure || f.measure.has(o.measure)) &&
      (!f.edition || (o.edition !== undefined && f.edition.has(o.edition))) &&
      (!f.source || f.source.has(o.sourceId)),
  );
  const filtered = isFiltered(f);
  const citedSources = new Set(observations.map((o) => o.sourceId));
  const citedCountries = new Set(observations.map((o) => o.country));
  const citedMinerals = new Set(observations.flatMap((o) => (o.mineral ? [o.mineral] : [])));
  return {
    countries: filtered ? ds.countries.filter((c) => citedCountries.has(c.code)) : ds.countries,
    minerals: filtered ? ds.minerals.filter((m) => citedMinerals.has(m.id)) : ds.minerals,
    observations,
    sources: filtered ? ds.sources.filter((s) => citedSources.has(s.id)) : ds.sources,
    meta: {
      count: observations.length,
      filters: Object.fromEntries(FILTER_KEYS.flatMap((k) => (f[k] ? [[k, [...f[k]].sort()]] : []))),
      primaryEdition: PRIMARY_EDITION,
      note: 'Every observation carries value (or null with a note), unit, year, sourceId and status. USGS rows carry their edition; MCS 2026 values are a labelled update. A value the source prints as a bound carries bound: "lower" (">2,000,000") or "upper" ("<1"); a share of it is a bound too.',
    },
  };
}

export const DATASET_CSV_COLUMNS = [
  "country",
  "country_name",
  "mineral",
  "measure",
  "year",
  "period",
  "value",
  "unit",
  "basis",
  "qualifier",
  "bound",
  "low",
  "high",
  "status",
  "edition",
  "source_id",
  "source_title",
  "source_licence",
  "printed",
  "locator",
  "note",
  "method",
] as const;

/** The envelope's observations as CSV, one row per observation, with a commented preamble. */
export function datasetToCsv(env: DatasetEnvelope, generatedOn: string, url: string): string {
  const countryName = new Map(env.countries.map((c) => [c.code, c.name]));
  const sources = new Map(env.sources.map((s) => [s.id, s]));
  const rows = env.observations.map((o) => {
    const s = sources.get(o.sourceId);
    return [
      o.country,
      countryName.get(o.country) ?? "",
      o.mineral ?? "",
      o.measure,
      o.year,
      o.period,
      o.value,
      o.unit,
      o.basis,
      o.qualifier,
      o.bound,
      o.low,
      o.high,
      o.status,
      o.edition,
      o.sourceId,
      s?.title,
      s?.licence,
      o.printed,
      o.locator,
      o.note,
      o.method,
    ];
  });
  const filters = Object.entries(env.meta.filters)
    .map(([k, v]) => `${k}=${v.join(",")}`)
    .join("&");
  return toCsv(DATASET_CSV_COLUMNS, rows, [
    "Critical Minerals Opportunity Dashboard: dataset observations",
    `Filters: ${filters || "none"}; ${env.meta.count} rows`,
    "Each row carries its source (source_id, source_title, source_licence), year and status. USGS data are public domain; World Bank WGI CC BY 4.0; other sources as listed per row.",
    `Permalink: ${url}`,
    `Generated: ${generatedOn}`,
  ]);
}
