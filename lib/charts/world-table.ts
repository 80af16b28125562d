import { type Observation } from "../data/common";
import { FOCUS_COUNTRIES, OTHER, STATUS_LABELS, WORLD } from "../data/constants";
import { measureLabel } from "../data/measures";
import { type DerivedBound, shareBound } from "../model/bounds";
import { type Concentration, computeConcentration } from "../model/concentration";
import { type BarSeries, type ChartMeta, describeBars, ESTIMATE_LEGEND, type SeriesBar } from "./bars";
import { type BarsChart, cell, sourceCell, statusCell } from "./chart-model";
import { type ChartContext } from "./context";
import { countryColour, CONTEXT_COLOUR } from "./palette";
import { formatQuantity, formatShare } from "./format";

/** One country's row of a USGS world table, with its share of the world total. */
export interface WorldTableRow {
  country: string;
  name: string;
  value: number | null;
  unit: string;
  /** Share of the world total (0–1), null when either number is missing. */
  share: number | null;
  /** How the share is bounded when the value or the world total is a printed bound (undefined: exact). */
  shareBound?: DerivedBound;
  /** Is this a focus country (the five suppliers or the US)? */
  focus: boolean;
  observation: Observation;
}

/** A USGS world production or reserves table for one mineral, measure, year and edition. */
export interface WorldTable {
  mineral: string;
  measure: string;
  year: number;
  edition: string;
  unit: string;
  basis: string | undefined;
  /** Listed countries, largest first; countries with no value last. */
  rows: WorldTableRow[];
  other: WorldTableRow | null;
  world: WorldTableRow | null;
  concentration: Concentration | null;
}

/**
 * Collects the rows of one USGS table (mineral × measure × year × edition) and computes each country's share of
 * the world total and the concentration metrics. Returns null when the table has no rows.
 */
export function buildWorldTable(
  observations: readonly Observation[],
  countryName: (code: string) => string,
  filter: { mineral: string; measure: string; year: number; edition: string },
): WorldTable | null {
  const matching = observations.filter(
    (o) =>
      o.mineral === filter.mineral &&
      o.measure === filter.measure &&
      o.year === filter.year &&
      o.edition === filter.edition,
  );
  if (!matching.length) return null;
  const worldObs = matching.find((o) => o.country === WORLD) ?? null;
  const worldValue = worldObs?.value ?? null;
  const toRow = (o: Observation): WorldTableRow => {
    const share = o.value !== null && worldValue ? o.value / worldValue : null;
    const bound = share !== null && o !== worldObs ? shareBound(o.bound, worldObs?.bound) : undefined;
    return {
      country: o.country,
      name: countryName(o.country),
      value: o.value,
      unit: o.unit,
      share,
      ...(bound ? { shareBound: bound } : {}),
      focus: (FOCUS_COUNTRIES as readonly string[]).includes(o.country),
      observation: o,
    };
  };
  const rows = matching
    .filter((o) => o.country !== WORLD && o.country !== OTHER)
    .map(toRow)
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.name.localeCompare(b.name));
  const otherObs = matching.find((o) => o.country === OTHER);
  const concentration = computeConcentration(
    rows.filter((r) => r.value !== null).map((r) => ({ country: r.country, value: r.value as number })),
    worldValue,
  );
  return {
    ...filter,
    unit: (worldObs ?? matching[0]!).unit,
    basis: (worldObs ?? matching[0]!).basis,
    rows,
    other: otherObs ? toRow(otherObs) : null,
    world: worldObs ? toRow(worldObs) : null,
    concentration,
  };
}

const HIGHLIGHT = new Set(["PK", "CN"]);

/**
 * The bars of a world table: the largest `top` countries, every focus country with a value, and the "Other
 * countries" row, largest first. Focus countries without a value are reported in `missing` with the reason.
 */
export function buildWorldBarSeries(
  table: WorldTable,
  provenanceOf: (o: Observation) => string,
  top = 8,
): BarSeries {
  const withValue = table.rows.filter((r) => r.value !== null);
  const chosen = withValue.filter((r, i) => i < top || r.focus);
  if (table.other?.value) chosen.push(table.other);
  const bars = chosen.map<SeriesBar>((r) => ({
    key: r.country,
    label: r.name,
    value: r.value as number,
    display: formatQuantity(r.value as number, r.unit, r.observation),
    detail: r.share !== null ? `${formatShare(r.share, 1, r.shareBound)} of world` : undefined,
    colour: countryColour(r.country),
    highlight: HIGHLIGHT.has(r.country),
    provenance: provenanceOf(r.observation),
    estimate: r.observation.status !== "published",
  }));
  const missing = table.rows
    .filter((r) => r.focus && r.value === null)
    .map((r) => ({ label: r.name, reason: r.observation.note ?? "no value" }));
  return { unit: table.unit, bars, missing };
}

/** "Thousand metric tons", "Metric tons": the unit of a USGS table in words. */
export function unitWords(unit: string): string {
  return unit === "kt" ? "thousand metric tons" : unit === "Mt" ? "million metric tons" : "metric tons";
}

/**
 * The chart of one USGS world table: the largest producers, every focus country with a value and "Other
 * countries" as bars; its table (and CSV) is those rows plus the world total, each with value, share of world,
 * year, status, edition and source.
 */
export function buildWorldChart(
  table: WorldTable,
  ctx: ChartContext,
  meta: { title: string; mineralName: string },
): BarsChart {
  const series = buildWorldBarSeries(table, ctx.provenance);
  const rowOf = (key: string) => [...table.rows, table.other, table.world].find((r) => r?.country === key);
  const id = `${table.mineral}-${table.measure}-${table.year}`;
  const words = unitWords(table.unit);
  const chartMeta: ChartMeta = {
    id,
    title: meta.title,
    subtitle: `${words.charAt(0).toUpperCase()}${words.slice(1)}${table.basis ? `, ${table.basis}` : ""}. ${table.edition}; ${table.measure === "reserves" ? "reserves as assessed for this edition" : `${table.year} values are USGS estimates`}.`,
    sources: ctx.sources([table.world?.observation.sourceId ?? table.rows[0]?.observation.sourceId]),
    mineral: meta.mineralName,
    changes: [],
    fullDataQuery: new URLSearchParams({
      mineral: table.mineral,
      measure: table.measure,
      edition: table.edition,
    }).toString(),
  };
  const tableRows = [...series.bars.map((b) => rowOf(b.key)), table.world].filter(
    (r): r is WorldTableRow => !!r,
  );
  // The CSV writes numbers, so a bound (on the value or on its share) gets a column of its own where there is one.
  const bounded = tableRows.some((r) => r.observation.bound || r.shareBound);
  return {
    kind: "bars",
    ...chartMeta,
    axis: { format: "compact" },
    bars: series.bars.map(({ provenance, ...b }) => ({
      ...b,
      tooltip: `${b.label}: ${b.display}${b.detail ? ` (${b.detail})` : ""}\n${provenance}`,
    })),
    legend: [
      { label: "Pakistan", colour: countryColour("PK") },
      { label: "China", colour: countryColour("CN") },
      { label: "Other countries", colour: CONTEXT_COLOUR },
      { ...ESTIMATE_LEGEND, label: "Lighter, dashed: the source's estimate" },
    ],
    notes: boundNotes(table),
    missing: series.missing,
    alt: describeBars(meta.title, series.bars, series.missing, 6),
    table: {
      caption: meta.title,
      columns: [
        { key: "country", label: "Country", kind: "label" },
        {
          key: "value",
          label: "Value",
          unit: `${table.unit}, ${words}${table.basis ? `, ${table.basis}` : ""}`,
          kind: "number",
        },
        { key: "share", label: "Share of world", unit: "%", kind: "number" },
        ...(bounded ? [{ key: "bound", label: "Bound", kind: "text" } as const] : []),
        { key: "year", label: "Year", kind: "text" },
        { key: "status", label: "Status", kind: "status" },
        { key: "edition", label: "Edition", kind: "text" },
        { key: "code", label: "ISO code", kind: "text" },
        { key: "source", label: "Source", kind: "source" },
        { key: "note", label: "Note", kind: "text" },
      ],
      rows: tableRows.map((r) => {
        const o = r.observation;
        const isWorld = r.country === WORLD;
        return {
          key: r.country,
          focus: r.focus,
          cells: [
            cell(r.name),
            cell(r.value, r.value === null ? (o.printed ?? "—") : formatQuantity(r.value, r.unit, o)),
            isWorld || r.share === null
              ? cell(null, "")
              : cell(Number((r.share * 100).toFixed(4)), formatShare(r.share, 1, r.shareBound)),
            ...(bounded ? [cell(boundWords(r))] : []),
            cell(String(table.year)),
            statusCell(o.status, STATUS_LABELS[o.status]),
            cell(table.edition),
            cell(r.country),
            sourceCell(o.sourceId, ctx.cite(o.sourceId)),
            cell(o.note ?? ""),
          ],
        };
      }),
    },
  };
}

const SHARE_BOUND_WORDS: Record<DerivedBound, string> = {
  lower: "share is a lower bound (≥)",
  upper: "share is an upper bound (≤)",
  unknown: "share is bounded neither way (~)",
};

/** A row's bounds in words, for the table and the CSV: "value is a lower bound; share is bounded neither way". */
function boundWords(r: WorldTableRow): string {
  const value = r.observation.bound
    ? `value is ${r.observation.bound === "lower" ? "a lower" : "an upper"} bound`
    : "";
  return [value, r.shareBound ? SHARE_BOUND_WORDS[r.shareBound] : ""].filter(Boolean).join("; ");
}

/** Under a chart whose world total is a printed bound: what that makes of every share, and of a bounded residual. */
function boundNotes(table: WorldTable): string[] {
  const world = table.world?.observation;
  if (!world?.bound) return [];
  const direction = world.bound === "lower" ? "at most (≤)" : "at least (≥)";
  return [
    `USGS prints the world total as "${world.printed}", a ${world.bound} bound: each country's share of it is ${direction} the share shown.`,
    ...[...table.rows, table.other]
      .filter((r): r is WorldTableRow => r?.shareBound === "unknown")
      .map(
        (r) =>
          `${r.name} ("${r.observation.printed}") is a bound in the same direction, so its share (~) may be higher or lower.`,
      ),
  ];
}

/** Words for a world table in a title: "World mine production", "Reserves", "World titanium sponge production". */
export function worldTableTitle(measure: string, mineralName: string, year: number): string {
  if (measure === "reserves") return `Reserves of ${mineralName.toLowerCase()}, ${year}`;
  if (measure === "sponge-production") return `World titanium sponge production, ${year}`;
  return `World ${measureLabel(measure).inline} of ${mineralName.toLowerCase()}, ${year}`;
}

// TODO: transitional names for the pages not yet on chart models; removed once every page builds its charts here.
export type Bar = SeriesBar;
export type { BarSeries };
export function describeBarSeries(title: string, series: BarSeries, maxItems = 6): string {
  return describeBars(title, series.bars, series.missing, maxItems);
}
