import { type Observation } from "../data/common";
import { countryName } from "../data/country-names";
import { measureLabel } from "../data/measures";
import { type BarsChart } from "./chart-model";
import { type ChartContext } from "./context";
import { formatNumber, formatQuantity } from "./format";
import { buildMapChart, type MapChart, type MapShapeRef } from "./map";
import { unitWords, type WorldTable } from "./world-table";

/**
 * The maps of the site's charts of values by country: a USGS world table (production, refinery output, reserves)
 * and a WGI rank per country. Each takes the shapes on the map as an argument (lib/charts/world-geometry.ts on the
 * server), so the builders stay pure and testable with a few shapes.
 */

/** The map of a USGS world table; `chart` is the bar chart it sits beside (its id, title, subtitle and sources). */
export function buildWorldTableMap(
  table: WorldTable,
  chart: BarsChart,
  shapes: readonly MapShapeRef[],
  ctx: ChartContext,
): MapChart {
  const listed = table.rows.filter((r) => r.value !== null);
  const what = table.measure === "reserves" ? "reserves" : measureLabel(table.measure).inline;
  const aggregates = [table.world, table.other]
    .filter((r) => r?.value != null)
    .map((r) => `${r!.name} (${formatQuantity(r!.value!, r!.unit, r!.observation)})`);
  return buildMapChart(
    {
      id: chart.id,
      title: chart.title,
      subtitle: chart.subtitle,
      sources: chart.sources,
      mineral: chart.mineral,
      changes: [],
      fullDataQuery: chart.fullDataQuery,
    },
    {
      values: listed.map((r) => ({
        code: r.country,
        name: r.name,
        value: r.value!,
        display: formatQuantity(r.value!, r.unit, r.observation),
        year: table.year,
        status: r.observation.status,
        sourceId: r.observation.sourceId,
        provenance: ctx.provenance(r.observation),
      })),
      unit: table.unit,
      valueColumn: {
        label: "Value",
        unit: `${table.unit}, ${unitWords(table.unit)}${table.basis ? `, ${table.basis}` : ""}`,
      },
      // Compact ticks ("1.2M t") suit tons; thousands of tons read better in full ("1,100 kt", not "1.1K kt").
      format: table.unit === "t" ? "compact" : "number",
      binning: { kind: "quantile" },
      shapes,
      reasons: new Map(
        table.rows
          .filter((r) => r.value === null)
          .map((r) => [r.country, r.observation.note ?? "listed by USGS without a value"]),
      ),
      noDataReason: `not listed by USGS (any ${what} there is counted in "Other countries")`,
      notes: [
        `Bins are quartiles of the ${listed.length} listed countries' values (thresholds rounded to two significant digits).`,
        ...(aggregates.length
          ? [
              `${aggregates.join(" and ")} are aggregates, not countries: they are in the chart, not on the map.`,
            ]
          : []),
      ],
      cite: ctx.cite,
    },
  );
}

/** The map of one WGI percentile rank per country (the latest year of each), binned evenly over 0–100. */
export function buildRankMap(
  chart: BarsChart,
  observations: readonly Observation[],
  measure: string,
  countries: readonly string[],
  shapes: readonly MapShapeRef[],
  ctx: ChartContext,
  noDataReason: string,
): MapChart {
  const latest = countries.flatMap((c) => {
    const rows = observations.filter((o) => o.country === c && o.measure === measure && o.value !== null);
    const o = rows.reduce<Observation | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);
    return o ? [o] : [];
  });
  return buildMapChart(
    {
      id: chart.id,
      title: chart.title,
      subtitle: chart.subtitle,
      sources: chart.sources,
      changes: [],
      fullDataQuery: chart.fullDataQuery,
    },
    {
      values: latest.map((o) => ({
        code: o.country,
        name: countryName(o.country),
        value: o.value!,
        display: `${formatNumber(o.value!, 1)} (percentile rank, ${o.year})`,
        year: o.year,
        status: o.status,
        sourceId: o.sourceId,
        provenance: ctx.provenance(o),
      })),
      unit: "(percentile rank)",
      valueColumn: { label: "Percentile rank", unit: "0–100" },
      format: "number",
      binning: { kind: "quantize", domain: [0, 100] },
      shapes,
      noDataReason,
      notes: ["Bins are quarters of the 0–100 rank scale, the same on every map of a rank."],
      cite: ctx.cite,
    },
  );
}
