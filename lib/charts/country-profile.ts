import { type MineralId, type Observation } from "../data/common";
import { PRIMARY_EDITION, REFERENCE_YEAR, STATUS_LABELS } from "../data/constants";
import { countryName } from "../data/country-names";
import { measureLabel } from "../data/measures";
import { type BarSeries, buildBarsChart, describeBars, ESTIMATE_LEGEND, type SeriesBar } from "./bars";
import {
  type BarsChart,
  cell,
  type ChartTable,
  PROVENANCE_COLUMNS,
  sourceCell,
  statusCell,
} from "./chart-model";
import { type ChartContext } from "./context";
import { formatQuantity, formatShare } from "./format";
import { countryColour } from "./palette";
import { buildWorldTable, type WorldTableRow } from "./world-table";

/** A mineral as the country profile needs it: which world table counts as its production. */
export interface ShareMineral {
  id: MineralId;
  name: string;
  productionMeasure: string;
}

/** One mineral's line of a country's production: its row of the world table, if the table lists the country. */
interface MineralShare {
  mineral: ShareMineral;
  row: WorldTableRow | undefined;
}

function sharesOf(
  observations: readonly Observation[],
  country: string,
  minerals: readonly ShareMineral[],
): MineralShare[] {
  return minerals.map((m) => ({
    mineral: m,
    row: buildWorldTable(observations, countryName, {
      mineral: m.id,
      measure: m.productionMeasure,
      year: REFERENCE_YEAR,
      edition: PRIMARY_EDITION,
    })?.rows.find((r) => r.country === country),
  }));
}

/**
 * A country's share of world production per mineral (USGS, primary edition, reference year; each mineral's own
 * production measure), one bar per mineral where the country is listed with a value. Minerals where USGS does not
 * list it, or withholds the figure, are named in `missing` with USGS's reason.
 */
export function buildCountryShareSeries(
  observations: readonly Observation[],
  country: string,
  minerals: readonly ShareMineral[],
  provenanceOf: (o: Observation) => string,
): BarSeries {
  const bars: SeriesBar[] = [];
  const missing: BarSeries["missing"] = [];
  for (const { mineral, row } of sharesOf(observations, country, minerals)) {
    if (!row) {
      missing.push({ label: mineral.name, reason: "not in the USGS table" });
      continue;
    }
    const o = row.observation;
    if (row.value === null || row.share === null) {
      missing.push({
        label: mineral.name,
        reason: row.value === null ? (o.note ?? `USGS prints ${o.printed ?? "no value"}`) : "no world total",
      });
      continue;
    }
    bars.push({
      key: mineral.id,
      label: mineral.name,
      value: row.share * 100,
      display: formatShare(row.share, 1, row.shareBound),
      detail: formatQuantity(row.value, row.unit, o),
      colour: countryColour(country),
      highlight: false,
      provenance: provenanceOf(o),
      estimate: o.status !== "published",
    });
  }
  return { unit: "% of world mine production", bars, missing };
}

/** The chart's table: every mineral, listed or not, with the quantity, share, status, source and USGS's note. */
function shareTable(caption: string, shares: readonly MineralShare[], ctx: ChartContext): ChartTable {
  return {
    caption,
    columns: [
      { key: "mineral", label: "Mineral", kind: "label" },
      { key: "production", label: "Production", kind: "number" },
      { key: "unit", label: "Unit", kind: "text" },
      { key: "share", label: "Share of world", unit: "%", kind: "number" },
      ...PROVENANCE_COLUMNS,
      { key: "note", label: "Note", kind: "text" },
    ],
    rows: shares.map(({ mineral, row }) => {
      const o = row?.observation;
      return {
        key: mineral.id,
        cells: [
          cell(mineral.name, undefined, { href: `/minerals/${mineral.id}` }),
          row && row.value !== null
            ? cell(row.value, formatQuantity(row.value, row.unit, o))
            : cell(null, o?.printed ?? "no value"),
          cell(row?.unit ?? ""),
          row?.share != null
            ? cell(Number((row.share * 100).toFixed(4)), formatShare(row.share, 1, row.shareBound))
            : cell(null, ""),
          o ? statusCell(o.status, STATUS_LABELS[o.status]) : cell(""),
          o ? sourceCell(o.sourceId, ctx.cite(o.sourceId)) : cell(""),
          cell(o ? (o.note ?? "") : "No USGS table for this mineral"),
        ],
      };
    }),
  };
}

/**
 * A country's share of world production per mineral as bars (percent of the world total), with the minerals USGS
 * does not list it for named below; its table lists every mineral.
 */
export function buildCountryShareChart(
  observations: readonly Observation[],
  country: string,
  minerals: readonly ShareMineral[],
  ctx: ChartContext,
): BarsChart {
  const name = countryName(country);
  const shares = sharesOf(observations, country, minerals);
  const series = buildCountryShareSeries(observations, country, minerals, ctx.provenance);
  const title = `${name}'s share of world mine production, ${REFERENCE_YEAR}`;
  const other = minerals
    .filter((m) => m.productionMeasure !== "mine-production")
    .map((m) => `for ${m.name.toLowerCase()}, ${measureLabel(m.productionMeasure).label.toLowerCase()}`);
  const model = buildBarsChart(
    {
      id: `${country.toLowerCase()}-production-share`,
      title,
      subtitle: `Percent of the world total in ${REFERENCE_YEAR} (USGS estimates)${other.length ? `; ${other.join("; ")}` : ""}. Minerals USGS does not list the country for are named below the chart.`,
      sources: ctx.sources(shares.map((s) => s.row?.observation.sourceId)),
      changes: [],
      fullDataQuery: new URLSearchParams({
        country,
        measure: [...new Set(minerals.map((m) => m.productionMeasure))].join(","),
        edition: PRIMARY_EDITION,
      }).toString(),
    },
    series,
    {
      axis: { format: "pct" },
      value: { label: "Share of world mine production", unit: "%" },
      legend: [
        { label: name, colour: countryColour(country) },
        ...(series.bars.some((b) => b.estimate)
          ? [{ ...ESTIMATE_LEGEND, label: "Lighter, dashed: the source's estimate" }]
          : []),
      ],
      alt: describeBars(title, series.bars, series.missing, series.bars.length),
    },
  );
  return { ...model, table: shareTable(`Production by mineral, ${name}, ${REFERENCE_YEAR}`, shares, ctx) };
}
