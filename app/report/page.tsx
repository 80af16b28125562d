import type { Metadata } from "next";
import { toExportSpec } from "@/lib/charts/chart-model";
import { buildReportCharts } from "@/lib/views/report";
import { Chart } from "@/app/ui/charts/chart";
import { StaticSubtree } from "@/app/ui/static-subtree";
import { ReportBuilder } from "./_components/report-builder";

export const metadata: Metadata = { title: "Report builder" };

export default function ReportPage() {
  const charts = buildReportCharts();
  return (
    <>
      <h1>Report builder</h1>
      <p className="lede">
        Pick charts — the standard ones below or any chart you added from another page with its scenario — put
        them in order, add a title and a note, and download one PDF (title page, assumptions, the charts as
        vector graphics, sources, method) or a ZIP with every chart as PNG, SVG and CSV.
      </p>
      <ReportBuilder
        standard={charts.map((c) => ({
          key: `standard:${c.model.id}`,
          pageUrl: c.pageUrl,
          spec: toExportSpec(c.model),
        }))}
      />
      {/* The drawings the PDF and ZIP are made from: read from the DOM, never rendered again, so not hydrated. */}
      <StaticSubtree id="report-drawings" hidden>
        {charts.map((c) => (
          <div key={c.model.id} data-chart-key={`standard:${c.model.id}`}>
            <Chart model={c.model} />
          </div>
        ))}
      </StaticSubtree>
    </>
  );
}
