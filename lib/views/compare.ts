import { buildBarsChart, type ChartMeta } from "../charts/bars";
import { type ChartModel, type ChartTable, type TableCell, type TickFormat } from "../charts/chart-model";
import { buildGovernanceChart, buildGovernanceSeries } from "../charts/governance";
import { buildLandedCostChart } from "../charts/landed-cost";
import { seriesForLogScale, spansOrdersOfMagnitude } from "../charts/log-scale";
import { type MineralId } from "../data/common";
import { PRIMARY_EDITION, REFERENCE_YEAR } from "../data/constants";
import { countryName } from "../data/country-names";
import { loadDataset } from "../data/load";
import { measureLabel } from "../data/measures";
import { type Mineral } from "../data/minerals";
import { defaultValues, KEYS } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { type CostTable } from "../model/landed-cost";
import { computeCosts, type FieldMessage } from "../model/scenario";
import { type CostCountry, type ScenarioValues } from "../model/types";
import {
  COMPARE_COLUMNS,
  COMPARE_COUNTRIES,
  COMPARE_MAX_COUNTRIES,
  COMPARE_MIN_COUNTRIES,
  compareHref,
  type CompareColumn,
  type CompareParams,
  COUNTRY_COLUMN,
  isSortColumn,
  nextSort,
  parseCompareParams,
  type Scale,
  SCALES,
} from "../url/compare-params";
import { URL_VERSION, VERSION_PARAM } from "../url/scenario-params";
import {
  buildCompareBars,
  buildCompareRows,
  cellProvenance,
  type CompareCell,
  type CompareRow,
  sortCompareRows,
} from "./compare-rows";
import { serverChartContext } from "./context";
import { describeScenario } from "./scenario-text";

/**
 * The supplier comparison's view-model (/compare): the view its address asks for, the form that changes it, the
 * side-by-side charts, the sortable table and where each figure comes from. Server only (it loads the dataset).
 */

/** The scenario a reading page read from its address (app/ui/scenario-from-url's PageScenario is one). */
export interface ReadingScenario {
  ctx: ModelContext;
  scenario: { preset: string };
  values: ScenarioValues;
  /** Parts of the scenario's parameters that could not be used, named. */
  warnings: readonly FieldMessage[];
  /** The scenario as a query string for links ("" for the default scenario). */
  query: string;
  /** The assumption values the address itself sets, kept when the reader changes the view. */
  explicit: readonly (readonly [string, string])[];
  /** Every assumption that differs from the evidence baseline, for exports. */
  changes: readonly string[];
}

/** A chart of the page, with the scale links where it offers a log axis. */
export interface CompareChart {
  model: ChartModel;
  scales?: { scale: Scale; label: string; href: string; current: boolean }[];
}

/** A sortable column header: the link that sorts by it, and how it reads now. */
export interface SortHeader {
  href: string;
  /** The header's aria-sort when the table is sorted by it. */
  sorted?: "ascending" | "descending";
  arrow: "▲" | "▼" | "↕";
  /** "Sort by total landed cost, lowest first". */
  title: string;
}

export interface CompareView {
  params: CompareParams;
  /** Every part of the address that could not be used (view and scenario), named with what was used instead. */
  warnings: FieldMessage[];
  mineral: Mineral;
  /** The product every landed cost is per tonne of, with its unit: "refined copper (cathode) (t Cu)". */
  productName: string;
  /** The chosen countries' names, in order. */
  names: string[];
  form: {
    minerals: { id: MineralId; name: string }[];
    countries: { code: string; name: string; checked: boolean }[];
    min: number;
    max: number;
    presets: { id: string; label: string }[];
    preset: string;
    /** Hidden fields that carry the rest of the view and the scenario through a submit. */
    hidden: [string, string][];
  };
  /** The scenario in words, without the "Scenario: " the page writes before it. */
  scenario: string;
  labHref: string;
  charts: CompareChart[];
  table: {
    /** Country and every figure, rows sorted as the address asks; cells carry their provenance as hover text. */
    model: ChartTable;
    /** The header link of each sortable column (number columns and the country); text columns have none. */
    sort: Record<string, SortHeader>;
    /** A hint under a group heading ("per tonne of copper cathode"). */
    groupNotes: Record<string, string>;
  };
  /** Per column, each distinct source, year and status with the countries it covers. */
  provenance: {
    label: string;
    groups: { countries: string; cell: Pick<CompareCell, "status" | "sourceId" | "method" | "year"> }[];
  }[];
}

/** The model's own assumptions, the publication behind every landed cost. */
const MODEL_SOURCE = "project-assumptions";

/** The product a mineral's costs are per tonne of, with its unit: "refined copper (cathode) (t Cu)". */
const productWords = (mineral: Mineral) => `${mineral.product.name} (${mineral.product.unit})`;

const columnLabel = (id: string) =>
  (id === COUNTRY_COLUMN.id ? COUNTRY_COLUMN : COMPARE_COLUMNS.find((c) => c.id === id))?.label ?? id;

function sortHeader(params: CompareParams, column: CompareColumn, query: string): SortHeader {
  const sorted = params.sort === column.id;
  const next = nextSort(params, column.id);
  const isCountry = column.id === COUNTRY_COLUMN.id;
  const order =
    next.dir === "asc" ? (isCountry ? "A to Z" : "lowest first") : isCountry ? "Z to A" : "highest first";
  return {
    href: `${compareHref(next, query)}#table`,
    ...(sorted ? { sorted: params.dir === "asc" ? "ascending" : "descending" } : {}),
    arrow: sorted ? (params.dir === "asc" ? "▲" : "▼") : "↕",
    title: `Sort by ${column.label.toLowerCase()}, ${order}`,
  };
}

/**
 * A comparison cell as the table shows it: value, note, a status mark and its provenance on hover. A text cell's
 * value is its text (it is read, not sorted).
 */
function tableCell(
  cell: CompareCell | undefined,
  provenance: string,
  kind: CompareColumn["kind"],
): TableCell {
  if (!cell) return { value: null, display: "no value" };
  return {
    value: kind === "text" ? cell.display : cell.value,
    display: cell.display,
    ...(cell.href ? { href: cell.href } : {}),
    ...(cell.note ? { note: cell.note } : {}),
    ...(cell.status ? { mark: cell.status } : {}),
    title: provenance,
  };
}

function compareTable(
  params: CompareParams,
  rows: readonly CompareRow[],
  query: string,
  caption: string,
): CompareView["table"]["model"] {
  const ctx = serverChartContext();
  return {
    caption,
    columns: [
      { key: COUNTRY_COLUMN.id, label: COUNTRY_COLUMN.label, kind: "label" },
      ...COMPARE_COLUMNS.map((c) => ({ key: c.id, label: c.label, kind: c.kind, group: c.group })),
    ],
    rows: sortCompareRows(rows, params.sort, params.dir).map((r) => ({
      key: r.country,
      focus: r.country === "PK",
      cells: [
        { value: r.name, href: `/countries/${r.country}` },
        ...COMPARE_COLUMNS.map((c) => {
          const cell = r.cells[c.id];
          return tableCell(cell, cell ? cellProvenance(cell, ctx) : "", c.kind);
        }),
      ],
    })),
  };
}

function provenanceList(rows: readonly CompareRow[]): CompareView["provenance"] {
  return COMPARE_COLUMNS.map((c) => {
    const groups = new Map<string, { cell: CompareCell; countries: string[] }>();
    for (const r of rows) {
      const cell = r.cells[c.id];
      if (!cell || (cell.value === null && !cell.sourceId)) continue;
      const key = `${cell.sourceId ?? cell.method}|${cell.year}|${cell.status}`;
      const g = groups.get(key) ?? { cell, countries: [] };
      g.countries.push(r.name);
      groups.set(key, g);
    }
    return {
      label: c.label,
      groups: [...groups.values()].map((g) => ({
        countries: g.countries.join(", "),
        cell: { status: g.cell.status, sourceId: g.cell.sourceId, method: g.cell.method, year: g.cell.year },
      })),
    };
  }).filter((c) => c.groups.length);
}

/** The charts' shared inputs. */
interface ChartInputs {
  params: CompareParams;
  rows: CompareRow[];
  costs: CostTable;
  mineral: Mineral;
  scenario: string;
  reading: ReadingScenario;
}

/**
 * A chart of one column's quantities (tonnes, dollars a year): a log axis is offered where the values span at
 * least a factor of ten, and on it bars that cannot be placed (zero) are named.
 */
function quantityChart(
  { params, rows, reading }: ChartInputs,
  meta: Omit<ChartMeta, "sources">,
  columnId: string,
  value: { label: string; format: TickFormat },
): CompareChart {
  const ctx = serverChartContext();
  const raw = buildCompareBars(rows, columnId, ctx);
  const offerLog = spansOrdersOfMagnitude(raw.bars.map((b) => b.value));
  const log = offerLog && params.scale === "log";
  const model = buildBarsChart(
    {
      ...meta,
      subtitle: `${meta.subtitle}${log ? " Log scale: each step is ten times the last." : ""}`,
      sources: ctx.sources(rows.map((r) => r.cells[columnId]?.sourceId)),
    },
    log ? seriesForLogScale(raw) : raw,
    {
      axis: { format: value.format, ...(log ? { log: true } : {}) },
      value: { label: value.label, unit: raw.unit },
    },
  );
  if (!offerLog) return { model };
  return {
    model,
    scales: SCALES.map((s) => ({
      scale: s,
      label: s === "linear" ? "Linear" : "Log",
      href: `${compareHref({ ...params, scale: s }, reading.query)}#${meta.id}-title`,
      current: params.scale === s,
    })),
  };
}

function buildCharts(inputs: ChartInputs): CompareChart[] {
  const { params, rows, costs, mineral, scenario, reading } = inputs;
  const ctx = serverChartContext();
  const name = mineral.name.toLowerCase();
  const changes = [...reading.changes];
  const dataQuery = (measure: string) =>
    new URLSearchParams({ mineral: mineral.id, measure, edition: PRIMARY_EDITION }).toString();
  const regime = reading.ctx.data.tariffRegimes[Math.round(reading.values[KEYS.tariffRegime] ?? 0)];
  const rateKeys = [KEYS.baseRate, KEYS.riskLoading, ...rows.map((r) => KEYS.crp(r.country as CostCountry))];
  const governance = buildGovernanceSeries(
    loadDataset().observations,
    [
      { measure: "wgi-political-stability-percentile", label: "political stability" },
      { measure: "wgi-rule-of-law-percentile", label: "rule of law" },
    ],
    params.countries,
    ctx.provenance,
  );
  const modelMeta = { method: { href: "/sources#method-cost", label: "landed cost" }, scenario, changes };
  return [
    quantityChart(
      inputs,
      {
        id: "compare-production",
        title: `World ${measureLabel(mineral.productionMeasure).inline} of ${name}, ${REFERENCE_YEAR}`,
        subtitle: `${mineral.productionBasis}; USGS ${PRIMARY_EDITION}, ${REFERENCE_YEAR} values are estimates. Share of the world total beside each name.`,
        mineral: mineral.name,
        changes: [],
        fullDataQuery: dataQuery(mineral.productionMeasure),
      },
      "production-share",
      { label: measureLabel(mineral.productionMeasure).label, format: "compact" },
    ),
    quantityChart(
      inputs,
      {
        id: "compare-reserves",
        title: `Reserves of ${name}`,
        subtitle: `As assessed for USGS ${PRIMARY_EDITION}. Share of world reserves beside each name.`,
        mineral: mineral.name,
        changes: [],
        fullDataQuery: dataQuery("reserves"),
      },
      "reserves-share",
      { label: measureLabel("reserves").label, format: "compact" },
    ),
    quantityChart(
      inputs,
      {
        id: "compare-wage",
        title: "Mining wage",
        subtitle: `US dollars a year, converted at ${REFERENCE_YEAR} average rates; the basis of each figure is in the table.`,
        mineral: mineral.name,
        scenario,
        changes,
      },
      "wage",
      { label: "Mining wage", format: "usd-compact" },
    ),
    {
      model: buildGovernanceChart(
        {
          id: "compare-governance",
          title: "Political stability and rule of law",
          subtitle:
            "World Bank WGI percentile rank (0 lowest, 100 highest), latest year, with 90 % confidence bounds.",
          changes: [],
        },
        governance,
        ctx,
      ),
    },
    {
      model: buildLandedCostChart(
        {
          id: "compare-landed-cost",
          title: `Landed cost of ${name} at a US port`,
          subtitle: `US dollars per tonne of ${productWords(mineral)}, in its ten parts; the by-product credit is drawn left of zero. ${mineral.costBasis === "assumption" ? "Costs for this mineral are assumptions (lighter, dashed)." : "Each country's cost is built from its own operation where one is sourced, otherwise scaled from another country's; the table view names it."}`,
          sources: ctx.sources([
            MODEL_SOURCE,
            ...rows.map((r) => r.cells.reference?.sourceId),
            regime?.sourceId,
          ]),
          mineral: mineral.name,
          ...modelMeta,
        },
        {
          costs: [...costs.values()],
          mineral: mineral.id,
          countries: params.countries,
          basis: {
            hasProcessingStep: Boolean(
              loadDataset().processing.steps.find((x) => x.mineral === mineral.id)?.intermediate,
            ),
            cite: ctx.cite,
          },
        },
      ),
    },
    {
      model: buildBarsChart(
        {
          id: "compare-capital",
          title: "Cost of capital",
          subtitle:
            "Real discount rate the model charges on capital: base rate plus the share of each country's risk premium this scenario prices in.",
          sources: ctx.sources(rateKeys.map((k) => reading.ctx.table.find((a) => a.key === k)?.sourceId)),
          ...modelMeta,
        },
        buildCompareBars(rows, "discount-rate", ctx, { useQuantity: false }),
        { axis: { format: "pct" }, value: { label: "Discount rate", unit: "%" } },
      ),
    },
  ];
}

/**
 * Everything /compare shows for its address: the view parameters (bad ones named), the rows for the chosen
 * mineral and countries under the scenario, the charts, the sorted table and the provenance list.
 */
export function buildCompareView(params: URLSearchParams, reading: ReadingScenario): CompareView {
  const { view: p, warnings } = parseCompareParams(params);
  const ds = loadDataset();
  const mineral = ds.minerals.find((m) => m.id === p.mineral)!;
  const { ctx, values, query } = reading;
  const costs = computeCosts(ctx.data, values);
  const rows = buildCompareRows({ dataset: ds, table: ctx.table, values, costs }, p.mineral, p.countries);
  const preset = ctx.presets.find((x) => x.id === reading.scenario.preset) ?? ctx.presets[0]!;
  const scenario = describeScenario(ctx.table, preset, values, defaultValues(ctx.table)).line;
  const names = p.countries.map(countryName);
  const regime = ctx.data.tariffRegimes[Math.round(values[KEYS.tariffRegime] ?? 0)];
  const sortedBy = p.sort
    ? `, sorted by ${columnLabel(p.sort).toLowerCase()} (${p.dir === "asc" ? "lowest first" : "highest first"})`
    : "";
  return {
    params: p,
    warnings: [...warnings, ...reading.warnings],
    mineral,
    productName: productWords(mineral),
    names,
    form: {
      minerals: ds.minerals.map((m) => ({ id: m.id, name: m.name })),
      countries: COMPARE_COUNTRIES.map((c) => ({
        code: c,
        name: countryName(c),
        checked: p.countries.includes(c),
      })),
      min: COMPARE_MIN_COUNTRIES,
      max: COMPARE_MAX_COUNTRIES,
      presets: ctx.presets.map((x) => ({ id: x.id, label: x.label })),
      preset: reading.scenario.preset,
      hidden: [
        [VERSION_PARAM, String(URL_VERSION)],
        ...reading.explicit.map(([k, v]): [string, string] => [k, v]),
        ...(p.sort
          ? ([
              ["sort", p.sort],
              ["dir", p.dir],
            ] as [string, string][])
          : []),
        ...(p.scale !== "linear" ? ([["scale", p.scale]] as [string, string][]) : []),
      ],
    },
    scenario,
    labHref: `/scenario${query ? `?${query}` : ""}`,
    charts: buildCharts({ params: p, rows, costs, mineral, scenario, reading }),
    table: {
      model: compareTable(p, rows, query, `${names.join(", ")}: ${mineral.name.toLowerCase()}${sortedBy}`),
      sort: Object.fromEntries(
        [COUNTRY_COLUMN, ...COMPARE_COLUMNS.filter((c) => isSortColumn(c.id))].map((c) => [
          c.id,
          sortHeader(p, c, query),
        ]),
      ),
      groupNotes: {
        "Landed cost at a US port, USD per tonne": `per tonne of ${productWords(mineral)}; the parts add up to the total`,
        "Trade and timing": regime?.label ?? "",
      },
    },
    provenance: provenanceList(rows),
  };
}
