import { type Edition, type MineralId, type Observation, type Status } from "../data/common";
import { FOCUS_COUNTRIES, OTHER, WORLD } from "../data/constants";
import { type ImportSources } from "../data/import-sources";
import { formatPct, formatQuantity } from "./format";
import { countryColour } from "./palette";
import { type Bar, type BarSeries, type WorldTable } from "./world-table";

/**
 * Pure builders for the mineral profile (/minerals/[id]): concentration summaries of the USGS world tables, US net
 * import reliance by year, US import sources, and the MCS 2025 / MCS 2026 side-by-side table.
 */

/** Concentration of one world table in words a reader can check: HHI, the top three and China's share. */
export interface ConcentrationSummary {
  measure: string;
  year: number;
  edition: string;
  /** HHI on the 0–10,000 points scale (Σ of squared percentage shares). */
  hhiPoints: number;
  top3: { country: string; name: string; share: number }[];
  top3Share: number;
  /** China's share of the world total; null when China is not listed (then `chinaNote` says why). */
  chinaShare: number | null;
  chinaNote: string | null;
  /** Listed countries the HHI sums over. */
  listedCount: number;
  /** Share of the world total in the USGS "Other countries" row, left out of the HHI. */
  otherShare: number | null;
}

/**
 * Summarises a world table's concentration. The HHI and top-3 run over the listed countries only (USGS's "Other
 * countries" row is a residual of many producers), so they are lower bounds; the residual's share is reported
 * beside them.
 */
export function buildConcentrationSummary(table: WorldTable): ConcentrationSummary | null {
  const c = table.concentration;
  if (!c) return null;
  const name = (code: string) => table.rows.find((r) => r.country === code)?.name ?? code;
  const china = table.rows.find((r) => r.country === "CN");
  return {
    measure: table.measure,
    year: table.year,
    edition: table.edition,
    hhiPoints: Math.round(c.hhi * 10_000),
    top3: c.shares.slice(0, 3).map((s) => ({ country: s.country, name: name(s.country), share: s.share })),
    top3Share: c.top3Share,
    chinaShare: china?.share ?? null,
    chinaNote: china
      ? china.share === null
        ? (china.observation.note ?? "no value")
        : null
      : "China is not listed in this table",
    listedCount: c.shares.length,
    otherShare: table.other?.share ?? null,
  };
}

/** One cell of the import-reliance table: the value as USGS printed it, with its status. */
export interface RelianceCell {
  display: string;
  status: Status;
  sourceId: string;
  note?: string;
}

/** Net import reliance for one product basis across years, in one edition. */
export interface RelianceRow {
  basis: string;
  cells: Record<number, RelianceCell>;
}

export interface RelianceTable {
  edition: Edition;
  years: number[];
  rows: RelianceRow[];
}

/**
 * US net import reliance per basis and year for one mineral and edition. ">50" is kept as USGS prints it, and
 * "E" (net exporter) is written out; the rest is a percentage of apparent consumption.
 */
export function buildRelianceTable(
  observations: readonly Observation[],
  mineral: MineralId,
  edition: Edition,
): RelianceTable | null {
  const rows = observations.filter(
    (o) =>
      o.country === "US" &&
      o.mineral === mineral &&
      o.measure === "net-import-reliance" &&
      o.edition === edition,
  );
  if (!rows.length) return null;
  const years = [...new Set(rows.map((o) => o.year))].sort((a, b) => a - b);
  const bases = [...new Set(rows.map((o) => o.basis ?? "net import reliance"))];
  return {
    edition,
    years,
    rows: bases.map((basis) => ({
      basis,
      cells: Object.fromEntries(
        rows
          .filter((o) => (o.basis ?? "net import reliance") === basis)
          .map((o) => [
            o.year,
            {
              display:
                o.value === null
                  ? o.printed === "E"
                    ? "net exporter"
                    : (o.printed ?? "no value")
                  : formatQuantity(o.value, "%", o.qualifier),
              status: o.status,
              sourceId: o.sourceId,
              ...(o.note ? { note: o.note } : {}),
            } satisfies RelianceCell,
          ]),
      ),
    })),
  };
}

/**
 * US import sources of one product form as bars (percent of US imports over the period), largest first with the
 * "Other" residual last. Shares that USGS prints with a qualifier (">99") keep it.
 */
export function buildImportSourcesSeries(
  entry: ImportSources,
  countryName: (code: string) => string,
  provenance: string,
): BarSeries {
  const named = entry.shares.filter((s) => s.country !== OTHER).sort((a, b) => b.sharePct - a.sharePct);
  const other = entry.shares.filter((s) => s.country === OTHER);
  const bars = [...named, ...other].map<Bar>((s) => ({
    key: s.country,
    label: s.country === OTHER ? "Other countries" : countryName(s.country),
    value: s.sharePct,
    display: formatQuantity(s.sharePct, "%", s.qualifier),
    ...(s.note ? { detail: s.note } : {}),
    colour: countryColour(s.country),
    highlight: s.country === "PK" || s.country === "CN",
    provenance,
    estimate: entry.status !== "published",
  }));
  const listed = entry.shares.reduce((sum, s) => sum + s.sharePct, 0);
  const missing =
    listed < 99.5 && !other.length
      ? [
          {
            label: "Other countries",
            reason: `not printed; the listed sources add up to ${formatPct(listed, 0)}`,
          },
        ]
      : [];
  return { unit: "% of US imports", bars, missing };
}

/** One column of the edition table: a measure and year as one edition prints it. */
export interface EditionColumn {
  key: string;
  edition: Edition;
  measure: string;
  year: number;
  label: string;
  unit: string;
}

export interface EditionCell {
  display: string;
  status: Status;
  sourceId: string;
  /** Share of that column's world total. */
  share: number | null;
  note?: string;
}

export interface EditionTable {
  columns: EditionColumn[];
  rows: { country: string; name: string; cells: Record<string, EditionCell | undefined> }[];
}

const MEASURE_WORDS: Record<string, string> = {
  "mine-production": "mine production",
  "refinery-production": "refinery production",
  reserves: "reserves",
};

/**
 * Mine (and refinery) production and reserves as MCS 2025 printed them beside the values MCS 2026 gives for the
 * same countries. The columns stay apart by edition (never one series), so revisions show as two numbers.
 * Returns null when MCS 2026 has nothing for this mineral.
 */
export function buildEditionTable(
  observations: readonly Observation[],
  mineral: MineralId,
  countryName: (code: string) => string,
): EditionTable | null {
  const rows26 = observations.filter(
    (o) => o.mineral === mineral && o.edition === "MCS 2026" && o.measure in MEASURE_WORDS,
  );
  if (!rows26.length) return null;
  // Focus countries in their usual order, then any other listed country, the World row last.
  const rank = (c: string) =>
    c === WORLD
      ? 99
      : (FOCUS_COUNTRIES as readonly string[]).includes(c)
        ? (FOCUS_COUNTRIES as readonly string[]).indexOf(c)
        : 50;
  const countries = [...new Set(rows26.map((o) => o.country))]
    .filter((c) => c !== OTHER)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const rows25 = observations.filter(
    (o) =>
      o.mineral === mineral &&
      o.edition === "MCS 2025" &&
      o.measure in MEASURE_WORDS &&
      countries.includes(o.country),
  );
  const all = [...rows25, ...rows26];
  const columnKey = (o: Pick<Observation, "edition" | "measure" | "year">) =>
    `${o.edition}|${o.measure}|${o.year}`;
  const columns: EditionColumn[] = [];
  for (const o of all) {
    const key = columnKey(o);
    if (columns.some((c) => c.key === key)) continue;
    const estimate = o.edition === "MCS 2025" ? o.year === 2024 : o.year === 2025;
    columns.push({
      key,
      edition: o.edition as Edition,
      measure: o.measure,
      year: o.year,
      unit: o.unit,
      label:
        o.measure === "reserves"
          ? `Reserves (assessed ${o.year})`
          : `${capitalise(MEASURE_WORDS[o.measure]!)} ${o.year}${estimate ? " (estimate)" : ""}`,
    });
  }
  const order = ["mine-production", "refinery-production", "reserves"];
  columns.sort(
    (a, b) =>
      a.edition.localeCompare(b.edition) ||
      order.indexOf(a.measure) - order.indexOf(b.measure) ||
      a.year - b.year,
  );
  const worldOf = new Map(
    all.filter((o) => o.country === WORLD && o.value !== null).map((o) => [columnKey(o), o.value as number]),
  );
  return {
    columns,
    rows: countries.map((country) => ({
      country,
      name: countryName(country),
      cells: Object.fromEntries(
        columns.map((col) => {
          const o = all.find((x) => x.country === country && columnKey(x) === col.key);
          if (!o) return [col.key, undefined];
          const world = worldOf.get(col.key);
          return [
            col.key,
            {
              display:
                o.value === null ? (o.printed ?? "no value") : formatQuantity(o.value, o.unit, o.qualifier),
              status: o.status,
              sourceId: o.sourceId,
              share: o.value !== null && world && country !== WORLD ? o.value / world : null,
              ...(o.note ? { note: o.note } : {}),
            },
          ];
        }),
      ),
    })),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
