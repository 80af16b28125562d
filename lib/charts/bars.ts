import { type LegendItem } from "../export/figure";
import {
  type Axis,
  type BarDatum,
  type BarsChart,
  cell,
  type ChartBase,
  type TableColumn,
} from "./chart-model";
import { BASELINE_COLOUR } from "./palette";

/** A bar as series builders make it: what the chart draws plus the provenance its tooltip and table cite. */
export interface SeriesBar extends Omit<BarDatum, "tooltip"> {
  /** "Source · year · status". */
  provenance: string;
}

/** A series of bars with the items asked for but not drawn, and why. */
export interface BarSeries<B extends SeriesBar = SeriesBar> {
  unit: string;
  bars: B[];
  missing: { label: string; reason: string }[];
}

/** What every chart model carries besides its drawing and table: title, sources, scenario, notes. */
export type ChartMeta = Omit<ChartBase, "legend" | "table" | "alt" | "notes" | "missing"> &
  Partial<Pick<ChartBase, "notes" | "missing">>;

/** The tooltip of a bar: its value, detail, range and provenance. */
export function barTooltip(b: SeriesBar): string {
  const range =
    b.low !== undefined && b.high !== undefined ? ` (range ${trim(b.low)} to ${trim(b.high)})` : "";
  return `${b.label}: ${b.display}${b.detail ? ` (${b.detail})` : ""}${range}\n${b.provenance}`;
}

export const ESTIMATE_LEGEND: LegendItem = {
  label: "Lighter, dashed: an estimate, a secondary report or an assumption",
  colour: BASELINE_COLOUR,
  dashed: true,
};

/** Legend of a bar chart: one entry per colour (named by its bar, or "Others" where bars share it). */
export function barLegend(bars: readonly SeriesBar[]): LegendItem[] {
  const byColour = new Map<string, string[]>();
  for (const b of bars) byColour.set(b.colour, [...(byColour.get(b.colour) ?? []), b.label]);
  const items = [...byColour.entries()].map(([colour, labels]) => ({
    colour,
    label: labels.length === 1 ? labels[0]! : "Others",
  }));
  return bars.some((b) => b.estimate) ? [...items, ESTIMATE_LEGEND] : items;
}

/** Generated alt text for bars: what the chart shows, its values (with ranges), and what is not shown. */
export function describeBars(
  title: string,
  bars: readonly SeriesBar[],
  missing: readonly { label: string; reason: string }[] = [],
  maxItems = 8,
): string {
  if (!bars.length) return `${title}: no data.`;
  const items = bars
    .slice(0, maxItems)
    .map(
      (b) =>
        `${b.label} ${b.display}${b.detail ? ` (${b.detail})` : ""}${b.low !== undefined && b.high !== undefined ? ` (range ${trim(b.low)} to ${trim(b.high)})` : ""}`,
    )
    .join("; ");
  const more = bars.length > maxItems ? `; and ${bars.length - maxItems} more` : "";
  const gaps = missing.length
    ? ` Not shown: ${missing.map((m) => `${m.label} (${m.reason})`).join("; ")}.`
    : "";
  return `Bar chart, ${title}. ${items}${more}.${gaps}`;
}

function trim(x: number): string {
  return String(Number(x.toFixed(1)));
}

/**
 * A bar chart whose table is its bars: label, value with its unit, the range where bars have one, the detail and
 * the provenance, one row per bar drawn.
 */
export function buildBarsChart(
  meta: ChartMeta,
  series: BarSeries,
  options: {
    axis: Axis;
    /** Value column: label and unit, e.g. "Share of world reserves", "%". */
    value: { label: string; unit: string };
    reference?: BarsChart["reference"];
    legend?: readonly LegendItem[];
    /** Alt text; generated from the bars when absent. */
    alt?: string;
  },
): BarsChart {
  const ranged = series.bars.some((b) => b.low !== undefined || b.high !== undefined);
  const columns: TableColumn[] = [
    { key: "label", label: "Label", kind: "label" },
    { key: "value", label: options.value.label, unit: options.value.unit, kind: "number" },
    ...(ranged
      ? ([
          { key: "low", label: "Low", unit: options.value.unit, kind: "number" },
          { key: "high", label: "High", unit: options.value.unit, kind: "number" },
        ] as const)
      : []),
    { key: "detail", label: "Detail", kind: "text" },
    { key: "provenance", label: "Source · year · status", kind: "text" },
  ];
  return {
    kind: "bars",
    ...meta,
    notes: meta.notes ?? [],
    missing: [...(meta.missing ?? []), ...series.missing],
    axis: options.axis,
    ...(options.reference ? { reference: options.reference } : {}),
    bars: series.bars.map(({ provenance: _p, ...b }) => ({
      ...b,
      tooltip: barTooltip({ ...b, provenance: _p }),
    })),
    legend: options.legend ?? barLegend(series.bars),
    alt: options.alt ?? describeBars(meta.title, series.bars, series.missing),
    table: {
      caption: meta.title,
      columns,
      rows: series.bars.map((b) => ({
        key: b.key,
        focus: b.highlight,
        cells: [
          cell(b.label),
          cell(b.value, b.display),
          ...(ranged ? [cell(b.low ?? null), cell(b.high ?? null)] : []),
          cell(b.detail ?? ""),
          cell(b.provenance),
        ],
      })),
    },
  };
}
