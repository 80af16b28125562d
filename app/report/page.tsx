import type { Metadata } from "next";
import { worldChartExportData } from "@/lib/charts/world-export";
import { buildWorldBarSeries, buildWorldTable, describeBarSeries } from "@/lib/charts/world-table";
import { type Observation } from "@/lib/data/common";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { provenanceLine } from "@/lib/data/provenance";
import { type Source } from "@/lib/data/sources";
import { HBarChart } from "@/app/ui/charts/hbar-chart";
import { ReportBuilder, type StandardChart } from "./_components/report-builder";

export const metadata: Metadata = { title: "Report builder" };

/** The standard charts the report offers: world mine production and reserves of each mineral (MCS 2025). */
function standardCharts() {
  const ds = loadDataset();
  const index = loadDatasetIndex();
  const name = (c: string) => index.country(c)?.name ?? c;
  const provenance = (o: Observation) => provenanceLine(o, index.source(o.sourceId));
  const out: { chart: StandardChart; drawing: React.ReactNode }[] = [];
  for (const m of ds.minerals) {
    const measures =
      m.id === "titanium"
        ? [["sponge-production", "World titanium sponge production"]]
        : [
            ["mine-production", `World mine production of ${m.name.toLowerCase()}`],
            ["reserves", `Reserves of ${m.name.toLowerCase()}`],
          ];
    for (const [measure, label] of measures) {
      const table = buildWorldTable(ds.observations, name, {
        mineral: m.id,
        measure: measure!,
        year: 2024,
        edition: "MCS 2025",
      });
      if (!table) continue;
      const series = buildWorldBarSeries(table, provenance);
      const title = `${label}, ${table.year}`;
      const id = `${m.id}-${measure}-${table.year}`;
      const sources = [index.source(table.world?.observation.sourceId ?? m.usgsSourceId)].filter(
        (s): s is Source => !!s,
      );
      const subtitle = `${table.unit === "kt" ? "Thousand metric tons" : "Metric tons"}${table.basis ? `, ${table.basis}` : ""}. ${table.edition}.`;
      out.push({
        chart: {
          key: `standard:${id}`,
          pageUrl: `/minerals/${m.id}#${id}`,
          spec: {
            id,
            title,
            subtitle,
            scenarioName: `Published data, ${table.edition} (no model assumptions)`,
            sources: sources.map((s) => ({
              id: s.id,
              title: s.title,
              producer: s.producer,
              edition: s.edition,
              licence: s.licence,
              url: s.url,
            })),
            changes: [],
            ...worldChartExportData(table, series, m.name),
          },
        },
        drawing: <HBarChart bars={series.bars} label={describeBarSeries(title, series)} />,
      });
    }
  }
  return out;
}

export default function ReportPage() {
  const charts = standardCharts();
  return (
    <>
      <h1>Report builder</h1>
      <p className="lede">
        Pick charts — the standard ones below or any chart you added from another page with its scenario — put
        them in order, add a title and a note, and download one PDF (title page, assumptions, the charts as
        vector graphics, sources, method) or a ZIP with every chart as PNG, SVG and CSV.
      </p>
      <ReportBuilder standard={charts.map((c) => c.chart)} />
      <div id="report-drawings" hidden>
        {charts.map((c) => (
          <div key={c.chart.key} data-chart-key={c.chart.key}>
            {c.drawing}
          </div>
        ))}
      </div>
    </>
  );
}
