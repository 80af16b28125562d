import { type CsvCell } from "../export/csv";
import { type CsvColumn, type LegendItem } from "../export/figure";
import { type RangedBar } from "./bar-series";
import { BASELINE_COLOUR } from "./palette";
import { type StackedSeries } from "./stacked";

/**
 * What a chart frame needs to export a chart besides what it already shows (title, subtitle, sources, scenario):
 * the plotted rows as numbers, the legend, the mineral for the file name, the assumptions changed from the
 * baseline and the dataset query behind it.
 */
export interface ExportData {
  csv: { columns: readonly CsvColumn[]; rows: readonly (readonly CsvCell[])[] };
  legend: readonly LegendItem[];
  mineral?: string;
  /** Every assumption that differs from the evidence baseline, one sentence each (none for published data). */
  changes?: readonly string[];
  fullDataQuery?: string;
}

const ESTIMATE_LEGEND: LegendItem = {
  label: "Lighter, dashed: estimate or assumption",
  colour: BASELINE_COLOUR,
  dashed: true,
};

/** Legend of a bar chart: one entry per colour (named by its bar, or "Others" when several bars share it). */
function barLegend(bars: readonly RangedBar[]): LegendItem[] {
  const byColour = new Map<string, string[]>();
  for (const b of bars) byColour.set(b.colour, [...(byColour.get(b.colour) ?? []), b.label]);
  const items = [...byColour.entries()].map(([colour, labels]) => ({
    colour,
    label: labels.length === 1 ? labels[0]! : "Others",
  }));
  return bars.some((b) => b.estimate) ? [...items, ESTIMATE_LEGEND] : items;
}

/** Export data of a bar chart: label, value (with unit), range if any, detail and provenance, as plotted. */
export function barExport(
  bars: readonly RangedBar[],
  valueHeader: string,
  extra: Omit<ExportData, "csv" | "legend"> = {},
): ExportData {
  const ranged = bars.some((b) => b.low !== undefined || b.high !== undefined);
  return {
    ...extra,
    legend: barLegend(bars),
    csv: {
      columns: [
        { label: "Label" },
        { label: valueHeader },
        ...(ranged ? [{ label: "Low" }, { label: "High" }] : []),
        { label: "Detail" },
        { label: "Source · year · status" },
      ],
      rows: bars.map((b) => [
        b.label,
        b.value,
        ...(ranged ? [b.low ?? null, b.high ?? null] : []),
        b.detail ?? "",
        b.provenance,
      ]),
    },
  };
}

/** Export data of a stacked bar chart: one row per bar, one column per segment, and the total. */
export function stackedExport(
  series: StackedSeries,
  extra: Omit<ExportData, "csv" | "legend"> = {},
): ExportData {
  return {
    ...extra,
    legend: series.legend.map((l) => ({ label: l.label, colour: l.colour })),
    csv: {
      columns: [
        { label: "Row" },
        ...series.legend.map((l) => ({ label: `${l.label} (${series.unit})` })),
        { label: `Total (${series.unit})` },
      ],
      rows: series.rows.map((r) => [
        r.label,
        ...series.legend.map((l) => r.segments.find((s) => s.key === l.key)?.value ?? 0),
        r.total,
      ]),
    },
  };
}
