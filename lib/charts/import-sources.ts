import { OTHER, STATUS_LABELS } from "../data/constants";
import { countryName } from "../data/country-names";
import { type ImportSources } from "../data/import-sources";
import { type BarSeries, buildBarsChart, type SeriesBar } from "./bars";
import { type BarsChart } from "./chart-model";
import { type ChartContext } from "./context";
import { formatPct, formatQuantity } from "./format";
import { countryColour } from "./palette";

/**
 * US import sources of one product form as bars (percent of US imports over the period), largest first with the
 * "Other" residual last. Shares that USGS prints as a bound (">99") keep their sign.
 */
export function buildImportSourcesSeries(entry: ImportSources, provenance: string): BarSeries {
  const named = entry.shares.filter((s) => s.country !== OTHER).sort((a, b) => b.sharePct - a.sharePct);
  const other = entry.shares.filter((s) => s.country === OTHER);
  const bars = [...named, ...other].map<SeriesBar>((s) => ({
    key: s.country,
    label: countryName(s.country),
    value: s.sharePct,
    display: formatQuantity(s.sharePct, "%", s),
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
            label: countryName(OTHER),
            reason: `not printed; the listed sources add up to ${formatPct(listed, 0)}`,
          },
        ]
      : [];
  return { unit: "% of US imports", bars, missing };
}

/** The chart of where US imports of a mineral's representative form came from. */
export function buildImportSourcesChart(
  entry: ImportSources,
  mineralName: string,
  ctx: ChartContext,
): BarsChart {
  const title = `Where US imports of ${entry.productForm} came from, ${entry.period}`;
  return buildBarsChart(
    {
      id: `${entry.mineral}-import-sources`,
      title,
      subtitle: `Percent of US imports by value or quantity as USGS reports them (${entry.edition}). This is the product form the supply model uses; all forms are listed below.`,
      sources: ctx.sources([entry.sourceId]),
      mineral: mineralName.toLowerCase(),
      changes: [],
    },
    buildImportSourcesSeries(
      entry,
      `${ctx.cite(entry.sourceId)} · ${entry.period} · ${STATUS_LABELS[entry.status]}`,
    ),
    { axis: { format: "pct" }, value: { label: "Share of US imports", unit: "%" } },
  );
}
