import { type Source } from "../data/sources";
import { type ExportSpec } from "../export/figure";
import { BASELINE_COLOUR, CONTEXT_COLOUR, countryColour } from "./palette";
import { type BarSeries, type WorldTable } from "./world-table";

/** The export description of a world production or reserves chart: exactly its bars, with status and source. */
export function buildWorldChartExport(o: {
  id: string;
  title: string;
  subtitle: string;
  table: WorldTable;
  series: BarSeries;
  sources: readonly Source[];
  mineralName: string;
}): ExportSpec {
  const { table, series } = o;
  const unitLabel = table.unit === "kt" ? "thousand metric tons" : "metric tons";
  const rowOf = (key: string) => [...table.rows, ...(table.other ? [table.other] : [])].find((r) => r.country === key);
  return {
    id: o.id,
    title: o.title,
    subtitle: o.subtitle,
    mineral: o.mineralName,
    scenarioName: `Published data, ${table.edition} (no model assumptions)`,
    changes: [],
    sources: o.sources.map((s) => ({ id: s.id, title: s.title, producer: s.producer, edition: s.edition, licence: s.licence, url: s.url })),
    legend: [
      { label: "Pakistan", colour: countryColour("PK") },
      { label: "China", colour: countryColour("CN") },
      { label: "Other countries", colour: CONTEXT_COLOUR },
      { label: "Lighter, dashed: the source's estimate", colour: BASELINE_COLOUR, dashed: true },
    ],
    csv: {
      columns: [
        { label: "Country" },
        { label: "ISO code" },
        { label: `Value (${table.unit}, ${unitLabel}${table.basis ? `, ${table.basis}` : ""})` },
        { label: "Share of world (%)" },
        { label: "Year" },
        { label: "Status" },
        { label: "Edition" },
        { label: "Source id" },
      ],
      rows: series.bars.map((b) => {
        const r = rowOf(b.key);
        return [b.label, b.key, b.value, r?.share != null ? Number((r.share * 100).toFixed(4)) : null, table.year, r?.observation.status ?? null, table.edition, r?.observation.sourceId ?? null];
      }),
    },
    fullDataQuery: new URLSearchParams({ mineral: table.mineral, measure: table.measure, edition: table.edition }).toString(),
  };
}
