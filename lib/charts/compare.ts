import { type FocusCountry, type MineralId, type Observation, type Status } from "../data/common";
import { FOCUS_COUNTRIES, MINERAL_IDS } from "../data/constants";
import { type Dataset } from "../data/dataset";
import { KEYS } from "../model/assumptions";
import { costOf, type LandedCost } from "../model/landed-cost";
import { type FieldMessage } from "../model/scenario";
import {
  type Assumption,
  type CostBreakdown,
  COMPONENT_LABELS,
  type CostCountry,
  type ScenarioValues,
} from "../model/types";
import { type RangedBar, type Scale, SCALES } from "./bar-series";
import { METHOD_ANCHORS, type MethodAnchor } from "./claim-cards";
import { formatNumber, formatPct, formatQuantity, formatShare, formatUsd } from "./format";
import { countryColour } from "./palette";
import { quoteInput as show } from "../text/visible";

/**
 * The supplier comparison (/compare): its view state in the URL (mineral, countries, sort, scale), the rows of
 * its one table, sorting, and the bar series of its charts. Pure: the page passes in the dataset and the scenario.
 *
 * The view parameters live here rather than in lib/url, which holds the scenario's own parameters; the compare
 * page reads both from one query string.
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

const COST_PART_COLUMNS: Record<keyof CostBreakdown, string> = {
  labor: "labour",
  energy: "energy",
  otherOpex: "other-opex",
  capital: "capital",
  security: "security",
  freight: "freight",
  insurance: "insurance",
  tariff: "tariff-cost",
};

/** One column of the comparison table, with its group (the header row above it) and the first sort direction. */
export interface CompareColumn {
  id: string;
  label: string;
  group: string;
  /** Direction of the first click: larger-is-better figures sort high first, costs low first. */
  firstDir: SortDir;
}

export const COMPARE_COLUMNS: readonly CompareColumn[] = [
  { id: "production-share", label: "Share of world mine production", group: "Resources", firstDir: "desc" },
  { id: "reserves-share", label: "Share of world reserves", group: "Resources", firstDir: "desc" },
  { id: "wage", label: "Mining wage", group: "Labour", firstDir: "asc" },
  { id: "productivity", label: "Labour productivity (US = 1)", group: "Labour", firstDir: "desc" },
  {
    id: "stability",
    label: "Political stability",
    group: "Governance (WGI percentile rank)",
    firstDir: "desc",
  },
  { id: "rule-of-law", label: "Rule of law", group: "Governance (WGI percentile rank)", firstDir: "desc" },
  { id: "discount-rate", label: "Cost of capital", group: "Finance", firstDir: "asc" },
  ...(Object.entries(COST_PART_COLUMNS) as [keyof CostBreakdown, string][]).map<CompareColumn>(
    ([part, id]) => ({
      id,
      label: COMPONENT_LABELS[part],
      group: "Landed cost at a US port, USD per tonne",
      firstDir: "asc",
    }),
  ),
  {
    id: "landed",
    label: "Total landed cost",
    group: "Landed cost at a US port, USD per tonne",
    firstDir: "asc",
  },
  { id: "tariff-rate", label: "US tariff rate", group: "Trade and timing", firstDir: "asc" },
  {
    id: "years-to-production",
    label: "Time to first production",
    group: "Trade and timing",
    firstDir: "asc",
  },
  { id: "pipeline", label: "Pipeline capacity", group: "Trade and timing", firstDir: "desc" },
];
/** The row header column can be sorted too (by country name). */
export const COUNTRY_COLUMN: CompareColumn = { id: "country", label: "Country", group: "", firstDir: "asc" };
const SORTABLE = new Map([COUNTRY_COLUMN, ...COMPARE_COLUMNS].map((c) => [c.id, c]));

export interface CompareView {
  mineral: MineralId;
  countries: FocusCountry[];
  sort: string | null;
  dir: SortDir;
  scale: Scale;
}

export const DEFAULT_COMPARE_VIEW: CompareView = {
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
export function parseCompareParams(params: URLSearchParams): { view: CompareView; warnings: FieldMessage[] } {
  const warnings: FieldMessage[] = [];
  const view: CompareView = { ...DEFAULT_COMPARE_VIEW, countries: [...DEFAULT_COMPARE_VIEW.countries] };

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
export function compareHref(view: CompareView, scenarioQuery: string): string {
  const parts = [`mineral=${encodeURIComponent(view.mineral)}`, `countries=${view.countries.join(",")}`];
  if (view.sort) parts.push(`sort=${encodeURIComponent(view.sort)}`, `dir=${view.dir}`);
  if (view.scale !== "linear") parts.push(`scale=${view.scale}`);
  if (scenarioQuery) parts.push(scenarioQuery);
  return `/compare?${parts.join("&")}`;
}

/** The view after clicking a column header: the same column flips direction; another starts at its first direction. */
export function nextSort(view: CompareView, columnId: string): CompareView {
  const column = SORTABLE.get(columnId);
  if (!column) return view;
  if (view.sort === columnId) return { ...view, dir: view.dir === "asc" ? "desc" : "asc" };
  return { ...view, sort: columnId, dir: column.firstDir };
}

/** One cell of the comparison table: the value it sorts by, what the reader sees, and where it comes from. */
export interface CompareCell {
  /** Sort key; null for a gap (sorted last either way). */
  value: number | null;
  /** The value as shown, or the reason for a gap. */
  display: string;
  /** A second line: the quantity behind a share, the basis of a wage, the bounds of a rank. */
  note?: string;
  /** The quantity a chart plots (tonnes, USD), when it differs from the sort key. */
  quantity?: { value: number; unit: string; qualifier?: string };
  /** Confidence bounds where the source gives them. */
  low?: number;
  high?: number;
  status: Status | null;
  sourceId: string | null;
  /** For the model's own figures: the method note on /sources. */
  method: MethodAnchor | null;
  year: number | null;
}

export interface CompareRow {
  country: FocusCountry;
  name: string;
  cells: Record<string, CompareCell>;
}

export interface CompareInputs {
  dataset: Pick<Dataset, "observations" | "projects" | "costParameters" | "tariffs">;
  table: readonly Assumption[];
  values: ScenarioValues;
  costs: ReadonlyMap<string, LandedCost>;
  countryName: (code: string) => string;
}

const gap = (display: string, extra: Partial<CompareCell> = {}): CompareCell => ({
  value: null,
  display,
  status: null,
  sourceId: null,
  method: null,
  year: null,
  ...extra,
});

function fromObservation(o: Observation): Pick<CompareCell, "status" | "sourceId" | "year" | "method"> {
  return { status: o.status, sourceId: o.sourceId, year: o.year, method: null };
}

/** A share of a USGS world table: the country's row over the World row of the same table. */
function shareCell(
  obs: readonly Observation[],
  mineral: MineralId,
  measure: string,
  country: string,
  when: string,
): CompareCell {
  const rows = obs.filter(
    (o) =>
      o.mineral === mineral &&
      o.measure === measure &&
      o.edition === "MCS 2025" &&
      (measure === "reserves" || o.year === 2024),
  );
  const world = rows.find((o) => o.country === "WORLD");
  const row = rows.find((o) => o.country === country);
  if (!row) return gap("not in the USGS table");
  if (row.value === null)
    return gap(`not listed${row.printed ? ` (USGS prints ${row.printed})` : ""}`, {
      note: row.note,
      ...fromObservation(row),
    });
  const quantity = {
    value: row.value,
    unit: row.unit,
    ...(row.qualifier ? { qualifier: row.qualifier } : {}),
  };
  const qty = formatQuantity(row.value, row.unit, row.qualifier);
  if (!world?.value) return gap("no world total", { note: qty, quantity, ...fromObservation(row) });
  const share = row.value / world.value;
  return {
    value: share,
    display: formatShare(share),
    note: `${qty} ${when}`,
    quantity,
    ...fromObservation(row),
  };
}

function latestObservation(
  obs: readonly Observation[],
  country: string,
  measure: string,
): Observation | undefined {
  return obs
    .filter((o) => o.country === country && o.measure === measure && o.value !== null)
    .reduce<Observation | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);
}

function scenarioCell(
  table: readonly Assumption[],
  values: ScenarioValues,
  key: string,
  format: (x: number) => string,
  data?: { basis?: string },
): CompareCell {
  const a = table.find((x) => x.key === key);
  const x = values[key];
  if (!a || x === undefined) return gap("no value");
  const changed = x !== a.default;
  const note = [
    data?.basis,
    changed ? `set in this scenario; the data default is ${format(a.default)}` : undefined,
  ]
    .filter(Boolean)
    .join("; ");
  return {
    value: x,
    display: format(x),
    ...(note ? { note } : {}),
    quantity: { value: x, unit: a.unit },
    status: changed ? "assumption" : a.status,
    sourceId: a.sourceId,
    method: null,
    year: null,
  };
}

/** Builds one row per chosen country, in the order chosen. */
export function buildCompareRows(
  inputs: CompareInputs,
  mineral: MineralId,
  countries: readonly FocusCountry[],
): CompareRow[] {
  const { dataset, table, values, costs, countryName } = inputs;
  const obs = dataset.observations;
  const productionMeasure = mineral === "titanium" ? "sponge-production" : "mine-production";
  const regimeIndex = Math.round(values[KEYS.tariffRegime] ?? 0);
  const regime = dataset.tariffs.regimes[regimeIndex];
  return countries.map<CompareRow>((c) => {
    const cells: Record<string, CompareCell> = {};
    cells["production-share"] = shareCell(obs, mineral, productionMeasure, c, "in 2024");
    cells["reserves-share"] = shareCell(obs, mineral, "reserves", c, "(as assessed for MCS 2025)");

    const wageObs = obs.find((o) => o.country === c && o.measure === "mining-wage");
    cells.wage = scenarioCell(table, values, KEYS.wage(c), (x) => `${formatUsd(x)} a year`, {
      basis: wageObs?.basis,
    });
    cells.productivity = scenarioCell(table, values, KEYS.productivity(c), (x) => `${formatNumber(x, 2)}×`);

    for (const [id, measure] of [
      ["stability", "wgi-political-stability-percentile"],
      ["rule-of-law", "wgi-rule-of-law-percentile"],
    ] as const) {
      const o = latestObservation(obs, c, measure);
      cells[id] = o
        ? {
            value: o.value,
            display: formatNumber(o.value as number, 1),
            note: `${o.year}${o.low !== undefined && o.high !== undefined ? `; 90 % bounds ${formatNumber(o.low, 1)}–${formatNumber(o.high, 1)}` : ""}`,
            ...(o.low !== undefined ? { low: o.low } : {}),
            ...(o.high !== undefined ? { high: o.high } : {}),
            ...fromObservation(o),
          }
        : gap("no WGI value");
    }

    const cost = costOf(costs, c, mineral);
    const costStatus: Status = cost?.costBasis === "assumption" ? "assumption" : "derived";
    const model = (value: number, display: string, note?: string): CompareCell => ({
      value,
      display,
      ...(note ? { note } : {}),
      status: costStatus,
      sourceId: null,
      method: METHOD_ANCHORS.cost,
      year: null,
    });
    if (cost) {
      const base = values[KEYS.baseRate] ?? 0;
      const loading = values[KEYS.riskLoading] ?? 0;
      const crp = values[KEYS.crp(c as CostCountry)] ?? 0;
      const extra = values[KEYS.extraPremium(c as CostCountry)] ?? 0;
      cells["discount-rate"] = {
        ...model(
          cost.discountRatePct,
          formatPct(cost.discountRatePct, 2),
          `${formatNumber(base, 2)} % base + ${formatNumber(loading, 2)} × ${formatNumber(crp, 2)} points country risk${extra ? ` + ${formatNumber(extra, 2)} extra` : ""}`,
        ),
        status: "derived",
      };
      for (const [part, id] of Object.entries(COST_PART_COLUMNS) as [keyof CostBreakdown, string][]) {
        cells[id] = model(cost.breakdown[part], formatUsd(cost.breakdown[part]));
      }
      cells.landed = model(cost.landedCostUsdPerTonne, formatUsd(cost.landedCostUsdPerTonne));
    } else {
      for (const id of ["discount-rate", ...Object.values(COST_PART_COLUMNS), "landed"])
        cells[id] = gap("no cost model for this country");
    }

    if (c === "US") cells["tariff-rate"] = gap("not applicable (domestic supply)");
    else {
      const rate = regime
        ? dataset.tariffs.rates.find(
            (r) => r.regime === regime.id && r.country === c && r.mineral === mineral,
          )
        : undefined;
      const extra = values[KEYS.tariffExtra(c as CostCountry)] ?? 0;
      const pct = cost?.tariffPct ?? (rate?.ratePct ?? 0) + extra;
      cells["tariff-rate"] = {
        value: pct,
        display: formatPct(pct, 1),
        note: [
          regime?.label,
          rate?.product,
          extra ? `includes ${formatNumber(extra)} extra points set in this scenario` : undefined,
        ]
          .filter(Boolean)
          .join("; "),
        status: extra ? "assumption" : (rate?.status ?? "assumption"),
        sourceId: rate?.sourceId ?? regime?.sourceId ?? null,
        method: null,
        year: rate?.year ?? null,
      };
    }

    const ytp = dataset.costParameters.find(
      (p) => p.id === "years-to-production" && p.country === c && p.mineral === null,
    );
    cells["years-to-production"] = ytp
      ? {
          value: ytp.default,
          display: `${formatNumber(ytp.default)} years`,
          note: `range ${formatNumber(ytp.low)}–${formatNumber(ytp.high)} years`,
          status: ytp.status,
          sourceId: ytp.sourceId,
          method: null,
          year: ytp.year,
        }
      : gap("no estimate");

    cells.pipeline = pipelineCell(dataset.projects, values, c, mineral);
    return { country: c, name: countryName(c), cells };
  });
}

/**
 * Capacity of the announced project phases for a country and mineral (data/projects.json), summed per unit so
 * that different products (copper in concentrate, blister copper) are never added into one number. Scenario values
 * replace a phase's capacity when the scenario lab has a slider for it.
 */
function pipelineCell(
  projects: Dataset["projects"],
  values: ScenarioValues,
  country: string,
  mineral: MineralId,
): CompareCell {
  const phases = projects
    .filter((p) => p.country === country)
    .flatMap((p) => p.phases.filter((ph) => ph.mineral === mineral).map((ph) => ({ project: p, phase: ph })));
  if (!phases.length) return gap("no project in the data");
  const byUnit = new Map<string, number>();
  const parts: string[] = [];
  let first: { status: Status; sourceId: string; year: number } | null = null;
  let changed = false;
  for (const { project, phase } of phases) {
    const key = KEYS.pipelineCapacity(project.id, phase.id);
    const cap = values[key] ?? phase.capacity.value;
    if (values[key] !== undefined && values[key] !== phase.capacity.value) changed = true;
    const start = values[KEYS.pipelineStart(project.id, phase.id)] ?? phase.startYear.value;
    parts.push(
      `${project.name}, ${phase.name}: ${cap === null ? "capacity not published" : formatQuantity(cap, phase.capacity.unit)}${start === null ? ", start not announced" : ` from ${start}`}`,
    );
    if (cap === null) continue;
    byUnit.set(phase.capacity.unit, (byUnit.get(phase.capacity.unit) ?? 0) + cap);
    first ??= { status: phase.capacity.status, sourceId: phase.capacity.sourceId, year: phase.capacity.year };
  }
  if (!byUnit.size) return gap("no published capacity", { note: parts.join("; ") });
  const total = [...byUnit.values()].reduce((s, x) => s + x, 0);
  return {
    // Both units are tonnes of product, so the sum orders rows sensibly even when they are shown apart.
    value: total,
    display: [...byUnit.entries()].map(([unit, x]) => formatQuantity(x, unit)).join(" + "),
    note: parts.join("; "),
    status: changed ? "assumption" : (first?.status ?? null),
    sourceId: first?.sourceId ?? null,
    method: null,
    year: first?.year ?? null,
  };
}

/** Rows sorted by a column; gaps always last, ties kept in the chosen order. Unknown columns leave the order. */
export function sortCompareRows(
  rows: readonly CompareRow[],
  sort: string | null,
  dir: SortDir,
): CompareRow[] {
  if (!sort || !SORTABLE.has(sort)) return [...rows];
  const sign = dir === "asc" ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((a, b) => {
    if (sort === COUNTRY_COLUMN.id) return sign * a.row.name.localeCompare(b.row.name) || a.i - b.i;
    const x = a.row.cells[sort]?.value ?? null;
    const y = b.row.cells[sort]?.value ?? null;
    if (x === null && y === null) return a.i - b.i;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}

/** Statuses drawn as estimates (lighter, dashed): not printed by the publisher and not our arithmetic on what it printed. */
export const MARKED_STATUSES: readonly Status[] = ["source-estimate", "secondary", "assumption"];

/**
 * Bars of one column for the side-by-side charts: the quantity behind the cell (tonnes, USD) where there is one,
 * the share or the rank otherwise. Gaps become `missing` with the reason shown in the table.
 */
export function buildCompareBars(
  rows: readonly CompareRow[],
  columnId: string,
  provenance: (cell: CompareCell) => string,
  options: { useQuantity: boolean; label?: (row: CompareRow) => string } = { useQuantity: true },
): { unit: string; bars: RangedBar[]; missing: { label: string; reason: string }[] } {
  const bars: RangedBar[] = [];
  const missing: { label: string; reason: string }[] = [];
  let unit = "";
  for (const row of rows) {
    const cell = row.cells[columnId];
    const label = options.label ? options.label(row) : row.name;
    const q = options.useQuantity ? cell?.quantity : undefined;
    const value = q ? q.value : (cell?.value ?? null);
    if (!cell || value === null || (cell.value === null && !q)) {
      missing.push({ label, reason: cell?.display ?? "no value" });
      continue;
    }
    unit ||= q?.unit ?? "";
    const share = columnId.endsWith("-share");
    bars.push({
      key: `${row.country}-${columnId}`,
      label,
      value,
      // Shares are charted as the tonnes behind them, with the share beside the name; other columns as shown.
      display: q && share ? formatQuantity(q.value, q.unit, q.qualifier) : cell.display,
      ...(share && cell.value !== null ? { detail: `${cell.display} of world` } : {}),
      colour: countryColour(row.country),
      highlight: row.country === "PK" || row.country === "CN",
      provenance: provenance(cell),
      estimate: cell.status !== null && MARKED_STATUSES.includes(cell.status),
      ...(cell.low !== undefined ? { low: cell.low } : {}),
      ...(cell.high !== undefined ? { high: cell.high } : {}),
    });
  }
  return { unit, bars, missing };
}
