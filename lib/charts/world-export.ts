import { type ExportData } from "./export-data";
import { BASELINE_COLOUR, CONTEXT_COLOUR, countryColour } from "./palette";
import { type BarSeries, type WorldTable } from "./world-table";

/** Export data of a world production or reserves chart: exactly its bars, with share, status, edition and source. */
export function worldChartExportData(table: WorldTable, series: BarSeries, mineralName: string): ExportData {
  const unitLabel = table.unit === "kt" ? "thousand metric tons" : "metric tons";
  const rowOf = (key: string) =>
    [...table.rows, ...(table.other ? [table.other] : [])].find((r) => r.country === key);
  return {
    mineral: mineralName,
    changes: [],
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
        return [
          b.label,
          b.key,
          b.value,
          r?.share != null ? Number((r.share * 100).toFixed(4)) : null,
          table.year,
          r?.observation.status ?? null,
          table.edition,
          r?.observation.sourceId ?? null,
        ];
      }),
    },
    fullDataQuery: new URLSearchParams({
      mineral: table.mineral,
      measure: table.measure,
      edition: table.edition,
    }).toString(),
  };
}
