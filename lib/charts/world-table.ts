import { type Observation } from "../data/common";
import { FOCUS_COUNTRIES, OTHER, WORLD } from "../data/constants";
import { type Concentration, computeConcentration } from "../model/concentration";
import { countryColour } from "./palette";
import { formatQuantity, formatShare } from "./format";

/** One country's row of a USGS world table, with its share of the world total. */
export interface WorldTableRow {
  country: string;
  name: string;
  value: number | null;
  unit: string;
  /** Share of the world total (0–1), null when either number is missing. */
  share: number | null;
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
  const toRow = (o: Observation): WorldTableRow => ({
    country: o.country,
    name: countryName(o.country),
    value: o.value,
    unit: o.unit,
    share: o.value !== null && worldValue ? o.value / worldValue : null,
    focus: (FOCUS_COUNTRIES as readonly string[]).includes(o.country),
    observation: o,
  });
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

/** One bar of a horizontal bar chart, with everything the tooltip and table show. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as the reader sees it, e.g. "270,000 t" or ">2,000,000 t". */
  display: string;
  /** e.g. "69.2 % of world". */
  detail?: string;
  colour: string;
  /** Emphasised (Pakistan, China). */
  highlight: boolean;
  /** "Source · year · status" line for the tooltip. */
  provenance: string;
  /** Marked visually as an estimate or assumption. */
  estimate: boolean;
}

export interface BarSeries {
  unit: string;
  bars: Bar[];
  /** Countries asked for but with no bar, with the reason (e.g. "Pakistan: not listed by USGS"). */
  missing: { label: string; reason: string }[];
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
  const bars = chosen.map<Bar>((r) => ({
    key: r.country,
    label: r.name,
    value: r.value as number,
    display: formatQuantity(r.value as number, r.unit, r.observation.qualifier),
    detail: r.share !== null ? `${formatShare(r.share)} of world` : undefined,
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

/** Generated alt text for a bar series: what it shows, the top values, and what is missing. */
export function describeBarSeries(title: string, series: BarSeries, maxItems = 6): string {
  if (!series.bars.length) return `${title}: no data.`;
  const items = series.bars
    .slice(0, maxItems)
    .map((b) => `${b.label} ${b.display}${b.detail ? ` (${b.detail})` : ""}`)
    .join("; ");
  const more = series.bars.length > maxItems ? `; and ${series.bars.length - maxItems} more` : "";
  const missing = series.missing.length
    ? ` Not shown: ${series.missing.map((m) => `${m.label} (${m.reason})`).join("; ")}.`
    : "";
  return `Bar chart, ${title}. ${items}${more}.${missing}`;
}
