import { type Observation } from "../data/common";
import { formatNumber } from "./format";

/** One point of a time series, with its confidence bounds where the source gives them. */
export interface TimePoint {
  year: number;
  value: number;
  low?: number;
  high?: number;
  /** The value as the reader sees it. */
  display: string;
  /** "Source · year · status" for the tooltip. */
  provenance: string;
  /** Drawn hollow: an estimate or an assumption. */
  estimate: boolean;
}

export interface TimeSeries {
  key: string;
  label: string;
  colour: string;
  points: TimePoint[];
  /** Years with no value, with the reason. */
  missing: { year: number; reason: string }[];
}

/**
 * One country's yearly series of one measure (e.g. WGI political stability percentile), oldest first, with the
 * 90 % bounds the World Bank publishes as low/high. Years whose value is null are listed as missing.
 */
export function buildObservationSeries(
  observations: readonly Observation[],
  filter: { country: string; measure: string },
  meta: { key: string; label: string; colour: string },
  provenanceOf: (o: Observation) => string,
  digits = 1,
): TimeSeries {
  const rows = observations
    .filter((o) => o.country === filter.country && o.measure === filter.measure && o.mineral === null)
    .sort((a, b) => a.year - b.year);
  const points: TimePoint[] = [];
  const missing: TimeSeries["missing"] = [];
  for (const o of rows) {
    if (o.value === null) {
      missing.push({ year: o.year, reason: o.note ?? "no value" });
      continue;
    }
    points.push({
      year: o.year,
      value: o.value,
      ...(o.low !== undefined ? { low: o.low } : {}),
      ...(o.high !== undefined ? { high: o.high } : {}),
      display: formatNumber(o.value, digits),
      provenance: provenanceOf(o),
      estimate: o.status !== "published",
    });
  }
  return { ...meta, points, missing };
}

/** Generated alt text for a line chart with bounds: first and last values and the range of each series. */
export function describeTimeSeries(
  title: string,
  series: readonly TimeSeries[],
  rangeName = "90 % bounds",
): string {
  const parts = series
    .filter((s) => s.points.length)
    .map((s) => {
      const first = s.points[0]!;
      const last = s.points[s.points.length - 1]!;
      const bounds =
        last.low !== undefined && last.high !== undefined
          ? ` (${rangeName} ${formatNumber(last.low, 1)} to ${formatNumber(last.high, 1)})`
          : "";
      const all = s.points.map((p) => `${p.year} ${p.display}`).join(", ");
      return `${s.label}: from ${first.display} in ${first.year} to ${last.display} in ${last.year}${bounds}; ${all}`;
    });
  if (!parts.length) return `${title}: no data.`;
  return `Line chart, ${title}. ${parts.join(". ")}.`;
}
