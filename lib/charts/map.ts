import { range } from "d3-array";
import { scaleQuantile, scaleQuantize, scaleThreshold } from "d3-scale";
import { type Status, STATUS_LABELS } from "../data/constants";
import { type ChartMeta } from "./bars";
import {
  type ChartBase,
  cell,
  type ChartTable,
  PROVENANCE_COLUMNS,
  sourceCell,
  statusCell,
  type TickFormat,
} from "./chart-model";
import { formatTick } from "./format";
import { MAP_NO_DATA_COLOUR, MAP_RAMP } from "./palette";

/**
 * The map view of a chart of values by country (OWID grapher's map tab): a world choropleth whose countries are
 * coloured by bins of their values. A chart model carries its map as `map` (ChartBase.map): a sibling model with
 * its own table (every country the map colours, so the CSV of the map is exactly what it shows), legend, notes and
 * "not shown" list (the hatched countries). Pure: the shapes come in as ids and names; app/ui/charts/map-plot.tsx
 * draws them.
 */

/** One country's value as the map shows it. */
export interface MapValue {
  /** The dataset's code ("CL"). */
  code: string;
  name: string;
  value: number;
  /** As printed: "5,300,000 t". */
  display: string;
  year: number;
  status: Status;
  sourceId: string;
  /** "USGS, MCS 2025 · 2024 · Source's estimate": the chart context's provenance line. */
  provenance: string;
}

/** A bin of the legend: values from `lower` up to (not including) `upper`; the last bin includes its upper end. */
export interface MapBin {
  lower: number;
  upper: number;
  colour: string;
  /** With its unit: "1.8M–5.3M t". */
  label: string;
}

/** A coloured country on the map. */
export interface MapCountry {
  code: string;
  /** The shape's id in the world geometry (ISO 3166-1 numeric). */
  shapeId: string;
  name: string;
  value: number;
  display: string;
  /** Index into `bins`. */
  bin: number;
  colour: string;
  /** Its accessible name and tooltip: country, value with unit, status and source. */
  label: string;
}

export interface MapChart extends ChartBase {
  kind: "map";
  bins: readonly MapBin[];
  countries: readonly MapCountry[];
  /** Ids of the shapes drawn hatched: no value in this chart. */
  noData: readonly string[];
}

/** How values fall into bins: by quantiles of the values (skewed output tables), or evenly over a fixed domain. */
export type MapBinning = { kind: "quantile" } | { kind: "quantize"; domain: readonly [number, number] };

/** A shape on the map, as the builder needs it. */
export interface MapShapeRef {
  id: string;
  code?: string;
  name: string;
}

export interface MapInput {
  values: readonly MapValue[];
  /** The unit written in the legend after each bin's range: "t". */
  unit: string;
  /** The value column of the table: label and unit ("Value", "t, metric tons"). */
  valueColumn: { label: string; unit: string };
  format: TickFormat;
  binning: MapBinning;
  shapes: readonly MapShapeRef[];
  /** Why a country the source lists has no value (USGS's "W", "NA"), by code. */
  reasons?: ReadonlyMap<string, string>;
  /** Why every other country is hatched: "not in USGS's table". */
  noDataReason: string;
  /** Short lines under the map: what aggregates (World, Other countries) hold, which are not countries. */
  notes?: readonly string[];
  /** How to cite a source in the table: "USGS, MCS 2025, pp. 34–35". */
  cite: (sourceId: string) => string;
}

/** Thresholds between bins; the values themselves (quantiles rounded to two significant digits) or the domain's. */
function thresholdsOf(values: readonly number[], binning: MapBinning): number[] {
  const count = Math.min(MAP_RAMP.length, new Set(values).size);
  if (binning.kind === "quantize")
    return scaleQuantize().domain(binning.domain).range(range(MAP_RAMP.length)).thresholds();
  if (count < 2) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  // Quantiles fall on arbitrary numbers; two significant digits keep the legend readable and move few countries.
  const rounded = scaleQuantile<number>()
    .domain(values)
    .range(range(count))
    .quantiles()
    .map((q) => Number(q.toPrecision(2)));
  return [...new Set(rounded)].filter((t) => t > min && t <= max);
}

/** The colour of bin `i` of `n`: spread over the ramp so the top bin is always the darkest. */
function binColour(i: number, n: number): string {
  const last = MAP_RAMP.length - 1;
  return MAP_RAMP[n < 2 ? last : Math.round((i * last) / (n - 1))]!;
}

/** Builds the map model of a chart of values by country. */
export function buildMapChart(meta: ChartMeta, input: MapInput): MapChart {
  const shapeOf = new Map(input.shapes.filter((s) => s.code).map((s) => [s.code!, s]));
  const drawn = input.values.filter((v) => shapeOf.has(v.code));
  const values = drawn.map((v) => v.value);
  const thresholds = thresholdsOf(values, input.binning);
  const [lo, hi] =
    input.binning.kind === "quantize" ? input.binning.domain : [Math.min(...values), Math.max(...values)];
  const edges = [lo, ...thresholds, hi];
  const bins = range(values.length ? thresholds.length + 1 : 0).map<MapBin>((i) => ({
    lower: edges[i]!,
    upper: edges[i + 1]!,
    colour: binColour(i, thresholds.length + 1),
    label: `${formatTick(input.format, edges[i]!)}–${formatTick(input.format, edges[i + 1]!)} ${input.unit}`,
  }));
  const binOf = scaleThreshold<number, number>().domain(thresholds).range(range(bins.length));
  const countries = drawn
    .map<MapCountry>((v) => {
      const bin = binOf(v.value);
      return {
        code: v.code,
        shapeId: shapeOf.get(v.code)!.id,
        name: v.name,
        value: v.value,
        display: v.display,
        bin,
        colour: bins[bin]!.colour,
        label: `${v.name}: ${v.display} — ${v.provenance}`,
      };
    })
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const coloured = new Set(countries.map((c) => c.shapeId));
  const hatched = input.shapes
    .filter((s) => !coloured.has(s.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const missing = [
    ...input.values
      .filter((v) => !shapeOf.has(v.code))
      .map((v) => ({ label: v.name, reason: "no shape on the map" })),
    ...hatched.map((s) => ({
      label: s.name,
      reason: (s.code && input.reasons?.get(s.code)) || input.noDataReason,
    })),
  ];
  const byCode = new Map(drawn.map((v) => [v.code, v]));
  const top = countries.filter((c) => c.bin === bins.length - 1);
  const table: ChartTable = {
    caption: `${meta.title} (map)`,
    columns: [
      { key: "country", label: "Country", kind: "label" },
      { key: "value", label: input.valueColumn.label, unit: input.valueColumn.unit, kind: "number" },
      { key: "bin", label: "Map bin", kind: "text" },
      { key: "year", label: "Year", kind: "text" },
      ...PROVENANCE_COLUMNS,
      { key: "code", label: "ISO code", kind: "code" },
    ],
    rows: countries.map((c) => {
      const v = byCode.get(c.code)!;
      return {
        key: c.code,
        cells: [
          cell(c.name),
          cell(c.value, c.display),
          cell(bins[c.bin]!.label),
          cell(String(v.year)),
          statusCell(v.status, STATUS_LABELS[v.status]),
          sourceCell(v.sourceId, input.cite(v.sourceId)),
          cell(c.code),
        ],
      };
    }),
  };
  return {
    ...meta,
    id: `${meta.id}-map`,
    kind: "map",
    bins,
    countries,
    noData: hatched.map((s) => s.id),
    legend: [
      ...bins.map((b) => ({ label: b.label, colour: b.colour })),
      { label: "Hatched: no data", colour: MAP_NO_DATA_COLOUR, dashed: true },
    ],
    notes: [
      ...(input.notes ?? []),
      ...(countries.length ? ["Hover over or focus (Tab) a country for its value, status and source."] : []),
    ],
    missing,
    table,
    alt: countries.length
      ? `World map, ${meta.title}, in ${bins.length} bin${bins.length === 1 ? "" : "s"}. Highest bin (${bins[bins.length - 1]!.label}): ${top.map((c) => `${c.name} ${c.display}`).join("; ")}. ${countries.length} countries coloured; ${hatched.length} without data hatched.`
      : `World map, ${meta.title}: no data.`,
  };
}
