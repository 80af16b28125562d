import { type Status } from "../data/constants";
import { type CsvCell } from "../export/csv";
import { type ExportSource, type ExportSpec, type LegendItem } from "../export/figure";

/**
 * The one object behind a chart (OWID grapher's idea of a chart config): a pure builder returns it, and the chart
 * frame draws the chart, its table view, its CSV and its exported figure from it, so the four cannot drift apart.
 * Plain data only (no functions), so a model built on the server can travel to the browser.
 */

/** How axis ticks are written; the renderers map each to a formatter in format.ts. */
export type TickFormat = "compact" | "usd-compact" | "pct" | "number" | "year";

/** A cell of a chart's table: the value the CSV writes, and what the table view shows. */
export interface TableCell {
  /** Written to the CSV as is: a number wherever the chart draws a number. */
  value: number | string | null;
  /** As a reader sees it ("270,000 t", ">2,000,000 t"); the value itself when absent. */
  display?: string;
  /** A link for the table view, e.g. a source's entry on /sources. */
  href?: string;
  /** A line under the value in the table view (the CSV has its own note column where one is needed). */
  note?: string;
  /** A small status word after the value for a figure that is not plainly published ("estimate"). */
  mark?: Status;
  /** Hover text: the value's provenance. */
  title?: string;
}

/** What a column holds, and so how the table view shows it ("code": an identifier such as a URL parameter). */
export type ColumnKind = "label" | "number" | "text" | "status" | "source" | "code";

export interface TableColumn {
  key: string;
  label: string;
  /** Written in the header after the label: "Value (t)". */
  unit?: string;
  /** "label" is the row header (first column); numbers align right; statuses show a badge; sources a link. */
  kind: ColumnKind;
  /** A heading over several adjacent columns (an edition, a group of cost parts). */
  group?: string;
}

export interface TableRow {
  key: string;
  /** One cell per column, in column order. */
  cells: readonly TableCell[];
  /** Emphasised (Pakistan, China, a total). */
  focus?: boolean;
  /** A heading over a run of adjacent rows (a data table's sections); the CSV leaves it out. */
  group?: string;
}

/** The rows behind a chart (the table view shows them and the CSV writes exactly them), or any data table. */
export interface ChartTable {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}

/** A short mark drawn across a bar: the preset's value (dashed outline) or the pinned scenario A's. */
export interface BarMarker {
  key: string;
  label: string;
  value: number;
  style: "baseline" | "a";
}

export interface BarDatum {
  key: string;
  label: string;
  /** Where the bar ends, in the axis unit. */
  value: number;
  /** Where it starts (a floating bar, e.g. a tornado's low-to-high range); 0 by default. */
  start?: number;
  /** The value as printed after the bar. */
  display: string;
  /** A second, quieter line: "69.2 % of world". */
  detail?: string;
  colour: string;
  /** Bold label (Pakistan, China). */
  highlight?: boolean;
  /** Drawn lighter with a dashed outline: an estimate or an assumption. */
  estimate?: boolean;
  /** A confidence or reported range, drawn as a whisker. */
  low?: number;
  high?: number;
  /** Hover and keyboard-focus text: value, range and provenance. */
  tooltip: string;
  markers?: readonly BarMarker[];
}

export interface StackSegment {
  key: string;
  label: string;
  value: number;
  display: string;
  colour: string;
  estimate?: boolean;
  tooltip: string;
}

export interface StackRow {
  key: string;
  label: string;
  segments: readonly StackSegment[];
  total: number;
  totalDisplay: string;
  highlight?: boolean;
  markers?: readonly BarMarker[];
}

export interface LinePoint {
  x: number;
  y: number;
  low?: number;
  high?: number;
  display: string;
  tooltip: string;
  /** Drawn hollow: an estimate or an assumption. */
  estimate?: boolean;
}

export interface LineSeries {
  key: string;
  label: string;
  colour: string;
  /** Baselines and unmet volumes are dashed. */
  dashed?: boolean;
  points: readonly LinePoint[];
}

export interface Axis {
  format: TickFormat;
  /** Fixed domain (e.g. 0–100 for percentile ranks); otherwise from the data, rounded out to round ticks. */
  domain?: readonly [number, number];
  /** Log scale (values spanning orders of magnitude); bars must then be positive. */
  log?: boolean;
}

/** Everything every chart carries besides what it draws. */
export interface ChartBase {
  /** Stable id: heading anchor, permalink and export file names. */
  id: string;
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  table: ChartTable;
  /** Generated alt text: what the chart shows, with its values. */
  alt: string;
  /** The publications behind every plotted value. */
  sources: readonly ExportSource[];
  /** Short lines under the chart (caveats). */
  notes: readonly string[];
  /** What was asked for but is not drawn, and why (gaps are named, never drawn as zero). */
  missing: readonly { label: string; reason: string }[];
  /** The scenario in words ("Evidence baseline with 1 change: …"); charts of published data leave it out. */
  scenario?: string;
  /** Every assumption that differs from the evidence baseline, one sentence each (exports print them). */
  changes?: readonly string[];
  /** For export file names. */
  mineral?: string;
  /** The /api/dataset query of the data slice behind the chart ("Download full data CSV"). */
  fullDataQuery?: string;
  /** For figures the model computes: the method note that says how. */
  method?: { href: string; label: string };
}

export interface BarsChart extends ChartBase {
  kind: "bars";
  bars: readonly BarDatum[];
  axis: Axis;
  /** A threshold drawn as a dashed line with its label (a claim test's bar). */
  reference?: { value: number; label: string };
}

export interface StackedChart extends ChartBase {
  kind: "stacked";
  rows: readonly StackRow[];
  axis: Axis;
}

export interface LinesChart extends ChartBase {
  kind: "lines";
  series: readonly LineSeries[];
  axis: Axis;
  /** Label every series at its last point (reading pages); the lab names them in the legend only. */
  endLabels?: boolean;
}

/** One series of a grouped chart (a stage of supply): its legend entry and colour. */
export interface GroupSeries {
  key: string;
  label: string;
  /** Written beside each of its bars: "mining". */
  short: string;
  colour: string;
}

/** A series' bar in one group, or the reason it is not drawn (never a zero). */
export type GroupedBar =
  | {
      series: string;
      value: number;
      display: string;
      /** Drawn as a dashed outline: a bound rather than one country's value ("Rest of world"). */
      bound?: boolean;
      tooltip: string;
    }
  | { series: string; missing: string };

/** A group of bars side by side, one per series: a country's share at each stage. */
export interface BarGroup {
  key: string;
  label: string;
  /** Bold, on a shaded band (China). */
  highlight?: boolean;
  /** One per series, in series order. */
  bars: readonly GroupedBar[];
}

export interface GroupedChart extends ChartBase {
  kind: "grouped";
  series: readonly GroupSeries[];
  groups: readonly BarGroup[];
  axis: Axis;
}

/** One cell of a heat map: its category (which sets the fill and the symbol) and its tooltip. */
export interface HeatCell {
  category: string;
  tooltip: string;
}

/** A category of a heat map's cells: its fill, and a symbol drawn in the cell so colour is not the only cue. */
export interface HeatCategory {
  key: string;
  label: string;
  colour: string;
  symbol: string;
}

/** A heat map's axis: its title, and the label of each column (x) or row (y) value. */
export interface HeatAxis {
  title: string;
  labels: readonly string[];
}

/**
 * A grid of categories over two assumptions (the robustness map): `cells[i][j]` is the i-th x value with the j-th
 * y value, drawn with x left to right and y bottom to top, and a marker where the scenario sits.
 */
export interface HeatmapChart extends ChartBase {
  kind: "heatmap";
  x: HeatAxis;
  y: HeatAxis;
  categories: readonly HeatCategory[];
  cells: readonly (readonly HeatCell[])[];
  /** Where the scenario sits, in cell units (0 = the first value's centre), and what the marker says. */
  marker: { x: number; y: number; label: string } | null;
}

export type ChartModel = BarsChart | StackedChart | LinesChart | GroupedChart | HeatmapChart;

/** What a published-data chart says instead of a scenario. */
export const PUBLISHED_DATA = "Published data (no model assumptions)";

/** A cell from a plain value; numbers are written as they are and shown by the table view's number format. */
export function cell(
  value: number | string | null,
  display?: string,
  extra: Omit<TableCell, "value" | "display"> = {},
): TableCell {
  return { value, ...(display !== undefined ? { display } : {}), ...extra };
}

/** A column's CSV header: its label with its unit, "Value (t)". */
export function columnHeader(c: TableColumn): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}

/** The chart's CSV: its table's header and rows, values as numbers where the chart drew numbers. */
export function tableCsv(table: ChartTable): { columns: { label: string }[]; rows: CsvCell[][] } {
  return {
    columns: table.columns.map((c) => ({ label: columnHeader(c) })),
    rows: table.rows.map((r) => r.cells.map((c) => c.value)),
  };
}

/** Everything an export needs besides the drawing: serialisable, built from the model alone. */
export function toExportSpec(model: ChartModel): ExportSpec {
  return {
    id: model.id,
    title: model.title,
    subtitle: model.subtitle,
    mineral: model.mineral,
    scenarioName: model.scenario ?? PUBLISHED_DATA,
    changes: model.changes ?? [],
    sources: model.sources,
    legend: model.legend,
    csv: tableCsv(model.table),
    fullDataQuery: model.fullDataQuery,
  };
}

/** A status cell: the status id in the CSV, its label in the table view. */
export function statusCell(status: Status, label: string): TableCell {
  return { value: status, display: label };
}

/** A source cell: the source id in the CSV, a short citation linking to its entry in the table view. */
export function sourceCell(sourceId: string, citation: string): TableCell {
  return { value: sourceId, display: citation, href: `/sources#${sourceId}` };
}

/** The status and source columns a data table ends with (their cells from statusCell and sourceCell). */
export const PROVENANCE_COLUMNS: readonly TableColumn[] = [
  { key: "status", label: "Status", kind: "status" },
  { key: "source", label: "Source", kind: "source" },
];
