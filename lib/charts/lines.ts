import { type Observation } from "../data/common";
import { type ChartMeta } from "./bars";
import { type Axis, cell, type LinePoint, type LinesChart, type TableColumn } from "./chart-model";
import { formatNumber } from "./format";

/** A point as series builders make it: what the chart draws plus the provenance its tooltip and table cite. */
export interface SeriesPoint extends Omit<LinePoint, "tooltip"> {
  /** "Source · year · status". */
  provenance: string;
}

/** A line over years, with the years asked for but not drawn, and why. */
export interface LineInput {
  key: string;
  label: string;
  colour: string;
  points: SeriesPoint[];
  missing: { label: string; reason: string }[];
}

/**
 * One country's yearly series of one measure (e.g. WGI political stability percentile), oldest first, with the
 * bounds the source publishes as low/high. Years whose value is null are listed as missing.
 */
export function buildObservationLine(
  observations: readonly Observation[],
  filter: { country: string; measure: string },
  meta: { key: string; label: string; colour: string },
  provenanceOf: (o: Observation) => string,
  digits = 1,
): LineInput {
  const rows = observations
    .filter((o) => o.country === filter.country && o.measure === filter.measure && o.mineral === null)
    .sort((a, b) => a.year - b.year);
  const points: SeriesPoint[] = [];
  const missing: LineInput["missing"] = [];
  for (const o of rows) {
    if (o.value === null) {
      missing.push({ label: String(o.year), reason: o.note ?? "no value" });
      continue;
    }
    points.push({
      x: o.year,
      y: o.value,
      ...(o.low !== undefined ? { low: o.low } : {}),
      ...(o.high !== undefined ? { high: o.high } : {}),
      display: formatNumber(o.value, digits),
      provenance: provenanceOf(o),
      estimate: o.status !== "published",
    });
  }
  return { ...meta, points, missing };
}

/** Generated alt text for lines with bounds: each line's first and last values, its last bounds and every point. */
export function describeLines(title: string, lines: readonly LineInput[], rangeName: string): string {
  const parts = lines
    .filter((s) => s.points.length)
    .map((s) => {
      const first = s.points[0]!;
      const last = s.points[s.points.length - 1]!;
      const bounds =
        last.low !== undefined && last.high !== undefined
          ? ` (${rangeName} ${formatNumber(last.low, 1)} to ${formatNumber(last.high, 1)})`
          : "";
      const all = s.points.map((p) => `${p.x} ${p.display}`).join(", ");
      return `${s.label}: from ${first.display} in ${first.x} to ${last.display} in ${last.x}${bounds}; ${all}`;
    });
  if (!parts.length) return `${title}: no data.`;
  return `Line chart, ${title}. ${parts.join(". ")}.`;
}

/**
 * A line chart over years whose table is its points: the series (where there are several), the year, the value
 * with its unit, the bounds where points have them, and the provenance.
 */
export function buildLinesChart(
  meta: ChartMeta,
  lines: readonly LineInput[],
  options: {
    axis: Axis;
    /** Value column: label and unit, e.g. "Percentile rank", "0–100". */
    value: { label: string; unit: string };
    /** What the bounds are, in the alt text: "90 % bounds". */
    rangeName: string;
    endLabels?: boolean;
  },
): LinesChart {
  const several = lines.length > 1;
  const ranged = lines.some((s) => s.points.some((p) => p.low !== undefined || p.high !== undefined));
  const bound = (key: string, label: string): TableColumn => ({
    key,
    label,
    unit: options.value.unit,
    kind: "number",
  });
  const columns: TableColumn[] = [
    ...(several ? [{ key: "series", label: "Series", kind: "label" } as const] : []),
    { key: "year", label: "Year", kind: several ? "text" : "label" },
    bound("value", options.value.label),
    ...(ranged ? [bound("low", "Lower bound"), bound("high", "Upper bound")] : []),
    { key: "provenance", label: "Source · year · status", kind: "text" },
  ];
  return {
    kind: "lines",
    ...meta,
    notes: meta.notes ?? [],
    missing: [...(meta.missing ?? []), ...lines.flatMap((s) => s.missing)],
    axis: options.axis,
    ...(options.endLabels ? { endLabels: true } : {}),
    series: lines.map((s) => ({
      key: s.key,
      label: s.label,
      colour: s.colour,
      points: s.points.map(({ provenance, ...p }) => ({
        ...p,
        tooltip: `${s.label}, ${p.x}: ${p.display}${p.low !== undefined && p.high !== undefined ? ` (${options.rangeName} ${formatNumber(p.low, 1)} to ${formatNumber(p.high, 1)})` : ""}\n${provenance}`,
      })),
    })),
    legend: lines.map((s) => ({ label: s.label, colour: s.colour })),
    alt: describeLines(meta.title, lines, options.rangeName),
    table: {
      caption: meta.title,
      columns,
      rows: lines.flatMap((s) =>
        s.points.map((p) => ({
          key: `${s.key}-${p.x}`,
          cells: [
            ...(several ? [cell(s.label)] : []),
            cell(p.x, String(p.x)),
            cell(p.y, p.display),
            ...(ranged
              ? [
                  cell(p.low ?? null, p.low !== undefined ? formatNumber(p.low, 1) : ""),
                  cell(p.high ?? null, p.high !== undefined ? formatNumber(p.high, 1) : ""),
                ]
              : []),
            cell(p.provenance),
          ],
        })),
      ),
    },
  };
}
