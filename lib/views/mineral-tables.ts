import { type Edition, type MineralId, type Observation } from "../data/common";
import {
  FOCUS_COUNTRIES,
  OTHER,
  PRIMARY_EDITION,
  REFERENCE_YEAR,
  STATUS_LABELS,
  UPDATE_EDITION,
  WORLD,
} from "../data/constants";
import { countryName } from "../data/country-names";
import { type ImportSources } from "../data/import-sources";
import { measureLabel } from "../data/measures";
import { cell, type ChartTable, sourceCell, type TableCell, type TableColumn } from "../charts/chart-model";
import { type ChartContext } from "../charts/context";
import { boundPrefix, formatNumber, formatQuantity, formatShare } from "../charts/format";
import { type WorldTable } from "../charts/world-table";
import { type DerivedBound, shareBound, sumBound } from "../model/bounds";

/**
 * The mineral profile's data tables (/minerals/[id]), as table models: concentration of each USGS world table, US
 * net import reliance by year, US import sources by product form, and MCS 2025 beside its MCS 2026 update.
 */

/** Concentration of one world table in words a reader can check: HHI, the top three and China's share. */
export interface ConcentrationSummary {
  measure: string;
  year: number;
  edition: string;
  /** HHI on the 0–10,000 points scale (Σ of squared percentage shares). */
  hhiPoints: number;
  top3: { country: string; name: string; share: number; bound?: DerivedBound }[];
  top3Share: number;
  /**
   * How the shares, the top-3 share and the HHI are bounded when the world total (or a value) is a printed bound:
   * against a world total of ">2,000,000 t" every share is at most what is shown.
   */
  bounds: { hhi?: DerivedBound; top3Share?: DerivedBound; china?: DerivedBound; other?: DerivedBound };
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
  const china = table.rows.find((r) => r.country === "CN");
  const boundOf = (country: string) => table.rows.find((r) => r.country === country)?.shareBound;
  const top3 = c.shares.slice(0, 3).map((s) => ({
    country: s.country,
    name: countryName(s.country),
    share: s.share,
    ...(boundOf(s.country) ? { bound: boundOf(s.country) } : {}),
  }));
  // The HHI sums squared shares: each share's bound carries over to its square, and so to the sum.
  const hhiBound = sumBound(c.shares.map((s) => boundOf(s.country)));
  const top3Bound = sumBound(top3.map((t) => t.bound));
  const chinaBound = china?.shareBound;
  const otherBound = table.other?.shareBound;
  return {
    measure: table.measure,
    year: table.year,
    edition: table.edition,
    hhiPoints: Math.round(c.hhi * 10_000),
    top3,
    top3Share: c.top3Share,
    bounds: {
      ...(hhiBound ? { hhi: hhiBound } : {}),
      ...(top3Bound ? { top3Share: top3Bound } : {}),
      ...(chinaBound ? { china: chinaBound } : {}),
      ...(otherBound ? { other: otherBound } : {}),
    },
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

/** The concentration table: one row per world table with its HHI, top three, China's share and the residual. */
export function buildConcentrationTable(
  tables: readonly WorldTable[],
  mineralName: string,
  ctx: ChartContext,
): ChartTable | null {
  const rows = tables
    .map((t) => ({ t, s: buildConcentrationSummary(t) }))
    .filter((r): r is { t: WorldTable; s: ConcentrationSummary } => r.s !== null);
  if (!rows.length) return null;
  return {
    caption: `Concentration of world ${mineralName.toLowerCase()} supply (USGS ${PRIMARY_EDITION})`,
    columns: [
      { key: "table", label: "Table", kind: "label" },
      { key: "hhi", label: "HHI", kind: "number" },
      { key: "top3", label: "Top 3 (share of world)", kind: "text" },
      { key: "top3-share", label: "Top-3 share", kind: "number" },
      { key: "china", label: "China's share", kind: "number" },
      { key: "other", label: "“Other countries” (left out)", kind: "number" },
      { key: "source", label: "Derived from", kind: "source" },
    ],
    rows: rows.map(({ t, s }) => ({
      key: t.measure,
      cells: [
        cell(
          `${measureLabel(t.measure).label}, ${t.measure === "reserves" ? `as assessed for ${t.edition}` : t.year}`,
        ),
        cell(s.hhiPoints, `${boundPrefix(s.bounds.hhi)}${formatNumber(s.hhiPoints)}`),
        cell(s.top3.map((x) => `${x.name} ${formatShare(x.share, 1, x.bound)}`).join(", ")),
        cell(s.top3Share, formatShare(s.top3Share, 1, s.bounds.top3Share)),
        s.chinaShare === null
          ? cell(null, s.chinaNote ?? "not listed")
          : cell(s.chinaShare, formatShare(s.chinaShare, 1, s.bounds.china)),
        s.otherShare === null
          ? cell(null, "no row")
          : cell(s.otherShare, formatShare(s.otherShare, 1, s.bounds.other)),
        t.world
          ? {
              ...sourceCell(t.world.observation.sourceId, ctx.cite(t.world.observation.sourceId)),
              note: `${STATUS_LABELS[t.world.observation.status].toLowerCase()} values`,
            }
          : cell(null, ""),
      ],
    })),
  };
}

/** A value as USGS printed it: ">50 %" stays a bound, "E" (net exporter) is written out. */
function printedPct(o: Observation): string {
  if (o.value !== null) return formatQuantity(o.value, "%", o);
  return o.printed === "E" ? "net exporter" : (o.printed ?? "no value");
}

/**
 * US net import reliance per product basis and year for one mineral and edition, as a table model (cells keep
 * USGS's printed bounds and mark estimates). Returns null when the edition prints none.
 */
export function buildRelianceTable(
  observations: readonly Observation[],
  mineral: MineralId,
  edition: Edition,
  caption: string,
  ctx: ChartContext,
): ChartTable | null {
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
  const columns: TableColumn[] = [
    { key: "basis", label: "What is measured", kind: "label" },
    ...years.map<TableColumn>((y) => ({ key: String(y), label: String(y), unit: "%", kind: "number" })),
    { key: "source", label: "Source", kind: "source" },
  ];
  return {
    caption,
    columns,
    rows: bases.map((basis) => {
      const of = rows.filter((o) => (o.basis ?? "net import reliance") === basis);
      const first = of[0]!;
      return {
        key: basis,
        cells: [
          cell(basis),
          ...years.map<TableCell>((y) => {
            const o = of.find((x) => x.year === y);
            if (!o) return cell(null, "—");
            return {
              value: o.value,
              display: printedPct(o),
              title: `${STATUS_LABELS[o.status]}${o.note ? ` — ${o.note}` : ""}`,
              ...(o.status !== "published" ? { mark: o.status } : {}),
            };
          }),
          sourceCell(first.sourceId, ctx.cite(first.sourceId)),
        ],
      };
    }),
  };
}

/** The latest US net import reliance on the first basis USGS prints, with its year and status. */
export function latestReliance(
  observations: readonly Observation[],
  mineral: MineralId,
): { year: number; display: string; basis: string; observation: Observation } | null {
  const rows = observations.filter(
    (o) =>
      o.country === "US" &&
      o.mineral === mineral &&
      o.measure === "net-import-reliance" &&
      o.edition === PRIMARY_EDITION,
  );
  if (!rows.length) return null;
  const basis = rows[0]!.basis ?? "net import reliance";
  const year = Math.max(...rows.map((o) => o.year));
  const o = rows.find((x) => x.year === year && (x.basis ?? "net import reliance") === basis) ?? rows[0]!;
  return { year, display: printedPct(o), basis, observation: o };
}

/** US import sources by product form, one row per form and period, as USGS prints them. */
export function buildImportFormsTable(
  entries: readonly ImportSources[],
  caption: string,
  ctx: ChartContext,
): ChartTable {
  return {
    caption,
    columns: [
      { key: "form", label: "Product form", kind: "label" },
      { key: "period", label: "Period", kind: "text" },
      { key: "shares", label: "Sources (share of US imports)", kind: "text" },
      { key: "status", label: "Status", kind: "status" },
      { key: "source", label: "Source", kind: "source" },
    ],
    rows: entries.map((e) => ({
      key: `${e.productForm}-${e.period}`,
      cells: [
        cell(e.productForm, undefined, e.primary ? { note: "The form the model uses" } : {}),
        cell(e.period),
        cell(
          e.shares
            .map(
              (x) =>
                `${x.country === OTHER ? "Other" : countryName(x.country)} ${formatQuantity(x.sharePct, "%", x)}`,
            )
            .join(", "),
          undefined,
          e.note ? { note: e.note } : {},
        ),
        { value: e.status, display: STATUS_LABELS[e.status] },
        { ...sourceCell(e.sourceId, ctx.cite(e.sourceId)), ...(e.locator ? { note: e.locator } : {}) },
      ],
    })),
  };
}

const EDITION_MEASURES = ["mine-production", "refinery-production", "reserves"];

/**
 * Mine (and refinery) production and reserves as the primary edition printed them beside the values the update
 * gives for the same countries. The columns stay apart by edition (never one series), so revisions show as two
 * numbers. Returns null when the update has nothing for this mineral.
 */
export function buildEditionTable(
  observations: readonly Observation[],
  mineral: MineralId,
  mineralName: string,
): ChartTable | null {
  const rows26 = observations.filter(
    (o) => o.mineral === mineral && o.edition === UPDATE_EDITION && EDITION_MEASURES.includes(o.measure),
  );
  if (!rows26.length) return null;
  // Focus countries in their usual order, then any other listed country, the World row last.
  const focus = FOCUS_COUNTRIES as readonly string[];
  const rank = (c: string) => (c === WORLD ? 99 : focus.includes(c) ? focus.indexOf(c) : 50);
  const countries = [...new Set(rows26.map((o) => o.country))]
    .filter((c) => c !== OTHER)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const rows25 = observations.filter(
    (o) =>
      o.mineral === mineral &&
      o.edition === PRIMARY_EDITION &&
      EDITION_MEASURES.includes(o.measure) &&
      countries.includes(o.country),
  );
  const all = [...rows25, ...rows26];
  const columnKey = (o: Pick<Observation, "edition" | "measure" | "year">) =>
    `${o.edition}|${o.measure}|${o.year}`;
  const columns: (TableColumn & { edition: string; measure: string; year: number })[] = [];
  for (const o of all) {
    const key = columnKey(o);
    if (columns.some((c) => c.key === key)) continue;
    const estimate =
      o.edition === PRIMARY_EDITION ? o.year === REFERENCE_YEAR : o.year === REFERENCE_YEAR + 1;
    columns.push({
      key,
      edition: o.edition!,
      measure: o.measure,
      year: o.year,
      kind: "number",
      group: `${o.edition} edition`,
      label:
        o.measure === "reserves"
          ? `Reserves (assessed ${o.year})`
          : `${measureLabel(o.measure).label} ${o.year}${estimate ? " (estimate)" : ""}`,
    });
  }
  columns.sort(
    (a, b) =>
      a.edition.localeCompare(b.edition) ||
      EDITION_MEASURES.indexOf(a.measure) - EDITION_MEASURES.indexOf(b.measure) ||
      a.year - b.year,
  );
  const worldOf = new Map(
    all.filter((o) => o.country === WORLD && o.value !== null).map((o) => [columnKey(o), o]),
  );
  return {
    caption: `${mineralName}: values as each edition prints them`,
    columns: [{ key: "country", label: "Country", kind: "label" }, ...columns],
    rows: countries.map((country) => ({
      key: country,
      focus: country === "PK" || country === "CN",
      cells: [
        cell(countryName(country)),
        ...columns.map<TableCell>((col) => {
          const o = all.find((x) => x.country === country && columnKey(x) === col.key);
          if (!o) return cell(null, "—");
          const world = worldOf.get(col.key);
          const share = o.value !== null && world?.value && country !== WORLD ? o.value / world.value : null;
          return {
            value: o.value,
            display: o.value === null ? (o.printed ?? "no value") : formatQuantity(o.value, o.unit, o),
            title: `${STATUS_LABELS[o.status]}${o.note ? ` — ${o.note}` : ""}`,
            ...(share !== null
              ? { note: `${formatShare(share, 1, shareBound(o.bound, world?.bound))} of world` }
              : {}),
          };
        }),
      ],
    })),
  };
}

/** Every USGS production and reserves row of one edition for a mineral, as printed: the values page. */
export function buildValuesTable(
  observations: readonly Observation[],
  mineral: MineralId,
  ctx: ChartContext,
): ChartTable {
  const rows = observations.filter(
    (o) =>
      o.mineral === mineral &&
      o.edition === PRIMARY_EDITION &&
      [
        ...EDITION_MEASURES,
        "reserves-jorc-compliant",
        "sponge-production",
        "sponge-capacity",
        "pigment-capacity",
      ].includes(o.measure),
  );
  return {
    caption: "USGS rows with provenance",
    columns: [
      { key: "country", label: "Country", kind: "label" },
      { key: "measure", label: "Measure", kind: "text" },
      { key: "year", label: "Year", kind: "number" },
      { key: "value", label: "Value", kind: "number" },
      { key: "printed", label: "As printed", kind: "text" },
      { key: "status", label: "Status", kind: "status" },
      { key: "source", label: "Source", kind: "source" },
      { key: "note", label: "Note", kind: "text" },
    ],
    rows: rows.map((o) => ({
      key: `${o.country}-${o.measure}-${o.year}`,
      cells: [
        cell(countryName(o.country)),
        cell(measureLabel(o.measure).label),
        cell(o.year, String(o.year)),
        cell(o.value, o.value === null ? "no value" : formatQuantity(o.value, o.unit, o)),
        cell(o.printed ?? ""),
        { value: o.status, display: STATUS_LABELS[o.status] },
        sourceCell(o.sourceId, ctx.cite(o.sourceId)),
        cell(o.note ?? ""),
      ],
    })),
  };
}
