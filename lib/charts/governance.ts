import { type Observation } from "../data/common";
import { countryName } from "../data/country-names";
import {
  type BarSeries,
  buildBarsChart,
  type ChartMeta,
  describeBars,
  ESTIMATE_LEGEND,
  type SeriesBar,
} from "./bars";
import { type BarsChart } from "./chart-model";
import { type ChartContext } from "./context";
import { formatNumber } from "./format";
import { countryColour } from "./palette";

/**
 * World Bank governance (WGI) percentile ranks as bars with their 90 % confidence bounds: the overview's political
 * stability chart and the supplier comparison's governance chart.
 */

/** WGI bars of one or more measures, with the latest year drawn and the publications behind them. */
export interface GovernanceSeries extends BarSeries {
  /** The measures drawn, in order. */
  measures: readonly string[];
  /** The latest year any bar shows; null when none has a value. */
  year: number | null;
  sourceIds: readonly string[];
}

/**
 * One WGI percentile per country in its latest year, with the 90 % confidence bounds as a range. Countries with no
 * value are listed as missing.
 */
export function buildGovernanceBars(
  observations: readonly Observation[],
  measure: string,
  countries: readonly string[],
  nameOf: (code: string) => string,
  provenanceOf: (o: Observation) => string,
  labelOf: (code: string) => string = nameOf,
): GovernanceSeries {
  const bars: SeriesBar[] = [];
  const missing: BarSeries["missing"] = [];
  const sourceIds = new Set<string>();
  let year: number | null = null;
  for (const c of countries) {
    const rows = observations.filter((o) => o.country === c && o.measure === measure && o.value !== null);
    const latest = rows.reduce<Observation | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);
    if (!latest || latest.value === null) {
      missing.push({ label: labelOf(c), reason: "no WGI value" });
      continue;
    }
    year = Math.max(year ?? 0, latest.year);
    sourceIds.add(latest.sourceId);
    bars.push({
      key: `${c}-${measure}`,
      label: labelOf(c),
      value: latest.value,
      display: formatNumber(latest.value, 1),
      detail:
        latest.low !== undefined && latest.high !== undefined
          ? `90 % bounds ${formatNumber(latest.low, 1)}–${formatNumber(latest.high, 1)}, ${latest.year}`
          : String(latest.year),
      colour: countryColour(c),
      highlight: c === "PK",
      provenance: provenanceOf(latest),
      estimate: latest.status !== "published",
      ...(latest.low !== undefined ? { low: latest.low } : {}),
      ...(latest.high !== undefined ? { high: latest.high } : {}),
    });
  }
  return { unit: "percentile rank", bars, missing, measures: [measure], year, sourceIds: [...sourceIds] };
}

/** A WGI measure and, where several share a chart, the words that follow the country in its bars' labels. */
export interface GovernanceMeasure {
  measure: string;
  /** "political stability": bars read "Pakistan — political stability". */
  label: string;
}

/**
 * Several WGI measures side by side, country by country in the order given ("Pakistan — political stability",
 * "Pakistan — rule of law", "Australia — …"), so each country's ranks sit together and read without the colour.
 */
export function buildGovernanceSeries(
  observations: readonly Observation[],
  measures: readonly GovernanceMeasure[],
  countries: readonly string[],
  provenanceOf: (o: Observation) => string,
): GovernanceSeries {
  const each = measures.map((m) =>
    buildGovernanceBars(observations, m.measure, countries, countryName, provenanceOf, (c) =>
      measures.length > 1 ? `${countryName(c)} — ${m.label}` : countryName(c),
    ),
  );
  const years = each.map((s) => s.year).filter((y): y is number => y !== null);
  return {
    unit: "percentile rank",
    bars: countries.flatMap((c) =>
      each.flatMap((s) => s.bars.filter((b) => b.key === `${c}-${s.measures[0]}`)),
    ),
    missing: each.flatMap((s) => s.missing),
    measures: measures.map((m) => m.measure),
    year: years.length ? Math.max(...years) : null,
    sourceIds: [...new Set(each.flatMap((s) => s.sourceIds))],
  };
}

/**
 * The chart of WGI bars on a 0–100 axis, whiskers for the 90 % bounds, and optionally a threshold line. Its table
 * is one row per bar: rank, bounds, year and provenance. The legend names each country's colour.
 */
export function buildGovernanceChart(
  meta: Omit<ChartMeta, "sources" | "fullDataQuery">,
  series: GovernanceSeries,
  ctx: ChartContext,
  options: { reference?: BarsChart["reference"] } = {},
): BarsChart {
  const countries = [...new Set(series.bars.map((b) => b.key.slice(0, b.key.indexOf("-"))))];
  return buildBarsChart(
    {
      ...meta,
      sources: ctx.sources(series.sourceIds),
      fullDataQuery: new URLSearchParams({ measure: series.measures.join(",") }).toString(),
    },
    series,
    {
      axis: { format: "number", domain: [0, 100] },
      value: { label: "Percentile rank", unit: "0–100" },
      ...(options.reference ? { reference: options.reference } : {}),
      legend: [
        ...countries.map((c) => ({ label: countryName(c), colour: countryColour(c) })),
        ...(series.bars.some((b) => b.estimate) ? [ESTIMATE_LEGEND] : []),
      ],
      // Each bar's detail already states its bounds, so the alt text does not repeat them as a range.
      alt: describeBars(
        meta.title,
        series.bars.map(({ low: _low, high: _high, ...b }) => b),
        series.missing,
        series.bars.length,
      ),
    },
  );
}
