import {
  type BarsChart,
  cell,
  type ChartTable,
  type LinesChart,
  PROVENANCE_COLUMNS,
  sourceCell,
  statusCell,
} from "../charts/chart-model";
import { buildCountryShareChart } from "../charts/country-profile";
import { formatNumber, formatPct, formatQuantity } from "../charts/format";
import { processedIn, referenceBasis, reportedCostText } from "../charts/landed-cost";
import { buildLinesChart, buildObservationLine } from "../charts/lines";
import { countryColour } from "../charts/palette";
import { type FocusCountry, type Observation } from "../data/common";
import { FOCUS_COUNTRIES, STATUS_LABELS } from "../data/constants";
import { countryShortName } from "../data/country-names";
import { type MineralEvent } from "../data/events";
import { loadDataset, loadDatasetIndex } from "../data/load";
import { measureLabel } from "../data/measures";
import { type Project } from "../data/projects";
import { loadModelContext } from "../api/model-context";
import { defaultValues, KEYS } from "../model/assumptions";
import { costOf } from "../model/landed-cost";
import { computeCosts } from "../model/scenario";
import { type CostCountry } from "../model/types";
import { compareHref, DEFAULT_COMPARE_VIEW } from "../url/compare-params";
import { serverChartContext } from "./context";
import { countEventKinds, eventKindsInWords, selectEvents } from "./events";
import { type KeyFigure } from "./view-types";

/**
 * The country profile's view-model (/countries/[code]) and the countries index: governance with its bounds, the
 * cost of risk and labour the model uses, the country's place in world output, its projects and its dated events.
 * Server only (it loads the dataset).
 */

/** The six World Bank governance indicators, by the id inside their measures (wgi-<id>-percentile). */
const WGI_INDICATORS = [
  "political-stability",
  "rule-of-law",
  "control-of-corruption",
  "government-effectiveness",
  "regulatory-quality",
  "voice-and-accountability",
] as const;

const STABILITY = "wgi-political-stability-percentile";
const RISK_MEASURES = ["country-risk-premium", "default-spread", "equity-risk-premium"] as const;
const WAGE = "mining-wage";

export interface CountryView {
  code: string;
  name: string;
  lede: string;
  wgi: { year: number; table: ChartTable };
  stability: LinesChart;
  risk: KeyFigure[];
  /** The operation each of the model's sourced costs for this country is built from, at the default assumptions. */
  costBasis: ChartTable;
  /** How the model's wage was derived, in the source's words and ours. */
  wageMethod: string | null;
  labour: ChartTable | null;
  production: BarsChart;
  /** Said instead of the production chart when USGS lists the country in no table. */
  productionEmpty: string | null;
  projects: {
    list: Project[];
    /** Per project that counts its deposits in occupied territory: the share, and the deposits listed here. */
    occupied: KeyFigure[][];
    /** Do any phases have a capacity and a start year (and so feed the supply model)? */
    feedsModel: boolean;
  };
  events: { list: MineralEvent[]; summary: string };
  compareHref: string;
}

const isFocus = (code: string): code is FocusCountry => (FOCUS_COUNTRIES as readonly string[]).includes(code);

/** Labour evidence rows: the wage and productivity observations of data/labour.json. */
function isLabour(o: Observation): boolean {
  return /wage|earnings|productivity|labour-hours|value-added|hours/.test(o.measure) && o.mineral === null;
}

function wgiTable(name: string, own: readonly Observation[], year: number): ChartTable {
  const ctx = serverChartContext();
  const bound = (x: number | undefined) => cell(x ?? null, x !== undefined ? formatNumber(x, 1) : "");
  return {
    caption: `Six governance indicators for ${name}: percentile rank among all countries (0 = lowest, 100 = highest) with 90 % confidence bounds, and the underlying estimate`,
    columns: [
      { key: "indicator", label: "Indicator", kind: "label" },
      { key: "rank", label: "Percentile rank", kind: "number" },
      { key: "low", label: "Lower bound", kind: "number" },
      { key: "high", label: "Upper bound", kind: "number" },
      { key: "estimate", label: "Estimate", unit: "−2.5 to 2.5", kind: "number" },
      ...PROVENANCE_COLUMNS,
    ],
    rows: WGI_INDICATORS.map((id) => {
      const rank = `wgi-${id}-percentile`;
      const o = own.find((x) => x.measure === rank && x.year === year);
      const e = own.find((x) => x.measure === `wgi-${id}-estimate` && x.year === year);
      return {
        key: id,
        cells: [
          cell(measureLabel(rank).label),
          o?.value != null ? cell(o.value, formatNumber(o.value, 1)) : cell(null, "no value"),
          bound(o?.low),
          bound(o?.high),
          cell(
            e?.value ?? null,
            e?.value != null ? formatNumber(e.value, 2) : "",
            e?.note ? { note: e.note } : {},
          ),
          o ? statusCell(o.status, STATUS_LABELS[o.status]) : cell(""),
          o ? sourceCell(o.sourceId, ctx.cite(o.sourceId)) : cell(""),
        ],
      };
    }),
  };
}

function stabilityChart(code: string, name: string, observations: readonly Observation[]): LinesChart {
  const ctx = serverChartContext();
  const line = buildObservationLine(
    observations,
    { country: code, measure: STABILITY },
    { key: code, label: countryShortName(code), colour: countryColour(code) },
    ctx.provenance,
  );
  const years = line.points.map((p) => p.x);
  return buildLinesChart(
    {
      id: `${code.toLowerCase()}-political-stability`,
      title: `Political stability in ${name}, ${years[0] ?? ""}–${years[years.length - 1] ?? ""}`,
      subtitle:
        "World Bank WGI percentile rank (0 lowest, 100 highest). The band and whiskers are the 90 % confidence bounds: ranks inside them cannot be told apart.",
      sources: ctx.sources(
        observations.filter((o) => o.country === code && o.measure === STABILITY).map((o) => o.sourceId),
      ),
      changes: [],
      fullDataQuery: new URLSearchParams({ country: code, measure: STABILITY }).toString(),
    },
    [line],
    {
      axis: { format: "number", domain: [0, 100] },
      value: { label: "Percentile rank", unit: "0–100" },
      rangeName: "90 % bounds",
    },
  );
}

function riskFigures(own: readonly Observation[]): { figures: KeyFigure[]; wageMethod: string | null } {
  const figures = RISK_MEASURES.flatMap<KeyFigure>((measure) => {
    const o = own.find((x) => x.measure === measure);
    if (!o) return [];
    return [
      {
        label: `${measureLabel(measure).label} (${o.period ?? o.year})`,
        value: o.value === null ? "no value" : formatQuantity(o.value, o.unit),
        ...(o.note ? { note: `${o.note}.` } : {}),
        sourceId: o.sourceId,
        status: o.status,
      },
    ];
  });
  const wage = own.find((o) => o.measure === WAGE);
  if (wage)
    figures.push({
      label: `${measureLabel(WAGE).label} (${wage.year})`,
      value: wage.value === null ? "no value" : formatQuantity(wage.value, wage.unit),
      note: `Basis: ${wage.basis ?? "not stated"}.`,
      sourceId: wage.sourceId,
      status: wage.status,
    });
  return {
    figures,
    wageMethod: wage?.method ? `${wage.method}.${wage.note ? ` ${wage.note}.` : ""}` : null,
  };
}

/**
 * The model's per-country cost of political and physical risk besides the risk premium: physical security, always
 * charged, and the political-risk insurance premium, charged only when risk is insured instead of priced in the
 * discount rate (the risk-treatment choice), so that it is priced once.
 */
function riskCostFigures(code: CostCountry): KeyFigure[] {
  const { table } = loadModelContext();
  const find = (key: string) => table.find((a) => a.key === key)!;
  const security = find(KEYS.physicalSecurity(code));
  const insurance = find(KEYS.riskInsurance(code));
  const loading = find(KEYS.riskLoading);
  return [
    {
      label: "Physical security of a mine, in the model",
      value: `${formatPct(security.default, 2)} of capital a year`,
      note: `Charged in every scenario. ${security.basis}`,
      sourceId: security.sourceId,
      status: security.status,
    },
    {
      label: "Political-risk insurance premium, in the model",
      value: `${formatPct(insurance.default, 2)} of capital a year`,
      note: `Charged only when political risk is insured (a choice in the scenario lab); by default the risk is priced in the discount rate instead, as ${formatNumber(loading.default)} × the country risk premium. ${insurance.basis}`,
      sourceId: insurance.sourceId,
      status: insurance.status,
    },
  ];
}

/**
 * What the model's landed costs for a country are built from, per mineral with sourced costs: the product, the
 * reference operation (the country's own, or another country's scaled to this one), its reported cost on its own
 * definition, and where the product is processed. At the default assumptions: the lab shows any other scenario.
 */
function costBasisTable(code: CostCountry, name: string): ChartTable {
  const ds = loadDataset();
  const ctx = loadModelContext();
  const costs = computeCosts(ctx.data, defaultValues(ctx.table));
  const chart = serverChartContext();
  const rows = ds.minerals.flatMap((m) => {
    const cost = m.costBasis === "sourced" ? costOf(costs, code, m.id) : undefined;
    const op = ds.referenceOperations.operations.find((o) => o.id === cost?.reference.id);
    const reported = op?.unitCost.value ?? null;
    if (!cost || !op || reported === null) return [];
    const step = ds.processing.steps.find((x) => x.mineral === m.id);
    return [
      {
        key: m.id,
        focus: !cost.reference.scaled,
        cells: [
          cell(m.name),
          cell(`${cost.product.name} (${cost.product.unit})`),
          cell(cost.reference.name, undefined, { note: referenceBasis(cost) }),
          cell(reported, reportedCostText(reported, op.unitCost.unit), {
            note: cost.reference.definition,
          }),
          cell(processedIn(cost, Boolean(step?.intermediate))),
          statusCell(op.unitCost.status, STATUS_LABELS[op.unitCost.status]),
          sourceCell(op.unitCost.sourceId, chart.cite(op.unitCost.sourceId)),
        ],
      },
    ];
  });
  return {
    caption: `What the model's landed costs for ${name} are built from, at the default assumptions`,
    columns: [
      { key: "mineral", label: "Mineral", kind: "label" },
      { key: "product", label: "Costed as", kind: "text" },
      { key: "reference", label: "Reference operation", kind: "text" },
      { key: "reported-cost", label: "Operation's reported cost", kind: "number" },
      { key: "route", label: "Where it is processed", kind: "text" },
      ...PROVENANCE_COLUMNS,
    ],
    rows,
  };
}

function labourTable(name: string, own: readonly Observation[]): ChartTable | null {
  const rows = own.filter((o) => isLabour(o) && o.measure !== WAGE);
  if (!rows.length) return null;
  const ctx = serverChartContext();
  return {
    caption: `Wage and productivity evidence for ${name}, as the sources print it`,
    columns: [
      { key: "figure", label: "Figure", kind: "label" },
      { key: "value", label: "Value", kind: "number" },
      { key: "unit", label: "Unit", kind: "text" },
      { key: "period", label: "Period", kind: "text" },
      { key: "covers", label: "What it covers", kind: "text" },
      ...PROVENANCE_COLUMNS,
    ],
    rows: rows.map((o, i) => {
      const note = [o.note, o.method ? `Method: ${o.method}` : undefined].filter(Boolean).join(" ");
      return {
        key: `${o.measure}-${o.year}-${i}`,
        cells: [
          cell(measureLabel(o.measure).label),
          o.value === null ? cell(null, "no value") : cell(o.value, formatQuantity(o.value, o.unit, o)),
          cell(o.unit),
          cell(o.period ?? String(o.year)),
          cell(o.basis ?? "", undefined, note ? { note } : {}),
          statusCell(o.status, STATUS_LABELS[o.status]),
          sourceCell(o.sourceId, ctx.cite(o.sourceId)),
        ],
      };
    }),
  };
}

function occupiedFigures(projects: readonly Project[]): KeyFigure[][] {
  const occupied = projects.filter((p) => p.occupied);
  return projects.flatMap((p) =>
    p.facts
      .filter((f) => f.id === "occupied-share")
      .map((f) => [
        {
          label: f.label,
          value: f.quantity.value === null ? "no value" : formatQuantity(f.quantity.value, f.quantity.unit),
          note: `${f.quantity.year}.`,
          sourceId: f.quantity.sourceId,
          status: f.quantity.status,
        },
        {
          label: "Deposits listed here in occupied territory",
          value: `${occupied.length} of ${projects.length}`,
          note: occupied.map((x) => x.name).join(", ") || "none",
        },
      ]),
  );
}

/** The profile of a focus country; null for a code the profiles do not cover. */
export function buildCountryView(code: string): CountryView | null {
  const country = loadDatasetIndex().country(code);
  if (!country || !isFocus(code)) return null;
  const ds = loadDataset();
  const { name } = country;
  const own = ds.observations.filter((o) => o.country === code);
  const wgiYear = Math.max(...own.filter((o) => o.measure.startsWith("wgi-")).map((o) => o.year));
  const projects = ds.projects.filter((p) => p.country === code);
  const production = buildCountryShareChart(ds.observations, code, ds.minerals, serverChartContext());
  const events = selectEvents(ds.events, { country: code });
  const { figures, wageMethod } = riskFigures(own);
  // The model's own cost of risk goes after the published risk measures, before the wage.
  const wageAt = figures.findIndex((f) => f.label.startsWith(measureLabel(WAGE).label));
  figures.splice(wageAt < 0 ? figures.length : wageAt, 0, ...riskCostFigures(code));
  return {
    code,
    name,
    lede:
      code === "US"
        ? "The importer: governance, the cost of risk and labour the model uses for US supply, US mine output, and the dated events (tariffs, agreements) that shape its supply."
        : `A supplier: governance with confidence bounds, the cost of risk and labour the model uses, its place in world output, ${projects.length ? "its projects pipeline " : ""}and dated events.`,
    wgi: { year: wgiYear, table: wgiTable(name, own, wgiYear) },
    stability: stabilityChart(code, name, ds.observations),
    risk: figures,
    costBasis: costBasisTable(code, name),
    wageMethod,
    labour: labourTable(name, own),
    production,
    productionEmpty: production.bars.length
      ? null
      : `USGS lists ${name} in none of the ${ds.minerals.length} world production tables.`,
    projects: {
      list: projects,
      occupied: occupiedFigures(projects),
      feedsModel: projects.some((p) =>
        p.phases.some((ph) => ph.capacity.value !== null && ph.startYear.value !== null),
      ),
    },
    events: {
      list: events,
      summary: `${events.length} event${events.length === 1 ? "" : "s"} involving ${name}: ${eventKindsInWords(countEventKinds(events))}.`,
    },
    compareHref: compareHref(
      {
        ...DEFAULT_COMPARE_VIEW,
        countries: code === "PK" ? [...DEFAULT_COMPARE_VIEW.countries] : ["PK", code],
      },
      "",
    ),
  };
}

/** The countries index: each focus country with its role. */
export function buildCountriesIndex(): { code: string; name: string; role: string }[] {
  const index = loadDatasetIndex();
  return FOCUS_COUNTRIES.map((code) => {
    const c = index.country(code);
    return {
      code,
      name: c?.name ?? code,
      role: c?.role === "importer" ? "Importer and domestic producer" : "Supplier country",
    };
  });
}
