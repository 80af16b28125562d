import { accessDate } from "@/lib/export/cite";
import { type ExportSpec, type SizePreset } from "@/lib/export/figure";
import { pageUrlFor } from "@/lib/url/embed";

/** What an Export menu item does. */
export type Action =
  "png" | "svg" | "csv" | "full-csv" | "copy-image" | "copy-link" | "report" | "cite" | "embed";

/** Today as the access date a citation and a figure carry. */
export function today(): string {
  return accessDate(new Date());
}

/** The exact state to come back to: this page's URL (with its scenario) and the chart's anchor, also from an embed. */
export function permalinkFor(id: string): string {
  return pageUrlFor(window.location.href, id);
}

/**
 * Carries out one export action on the chart drawn in `chart`; returns a message for the reader, if any. Records
 * its duration as the performance entry "export:<action>" (read by npm run bench:export).
 */
export async function runExport(
  action: Action,
  chart: Element,
  spec: ExportSpec,
  preset: SizePreset,
  transparent: boolean,
  dark: boolean,
): Promise<string | null> {
  const started = performance.now();
  const [dom, fig] = await Promise.all([import("@/lib/export/dom"), import("@/lib/export/figure")]);
  const date = today();
  // Figures are light whatever the page's theme, unless the reader asks for a dark background.
  const scheme = dark ? "dark" : "light";
  const permalink = permalinkFor(spec.id);
  const name = (ext: string) => fig.exportFileName(spec, date, ext);
  let message: string | null = null;
  // Everything but the CSVs and the link is made from the drawn chart, which may still be a few frames away.
  const drawn =
    action === "csv" || action === "full-csv" || action === "copy-link" ? null : await dom.chartDrawn(chart);
  if (action === "png" || action === "copy-image") {
    const f = dom.figureSvg(drawn!, spec, { preset, transparent, scheme, permalink, date });
    const png = await dom.svgToPng(f.svg, f.width, f.height);
    if (action === "png") dom.downloadBlob(png, name("png"));
    else {
      await dom.copyPng(png);
      message = "Image copied.";
    }
  } else if (action === "svg") {
    const f = dom.figureSvg(drawn!, spec, { preset, transparent, scheme, permalink, date });
    dom.downloadBlob(new Blob([f.svg], { type: "image/svg+xml" }), name("svg"));
  } else if (action === "csv") {
    dom.downloadBlob(
      new Blob([fig.chartCsv(spec, permalink, date)], { type: "text/csv;charset=utf-8" }),
      name("csv"),
    );
  } else if (action === "full-csv") {
    const { fetchDatasetCsv } = await import("./dataset-query");
    dom.downloadBlob(
      await fetchDatasetCsv(spec.fullDataQuery ?? ""),
      name("csv").replace(/\.csv$/, "_full-data.csv"),
    );
  } else if (action === "copy-link") {
    await dom.copyText(permalink);
    message = "Link copied.";
  } else {
    const { addToReport } = await import("@/lib/export/report-client");
    const chartSvg = dom.serializeSvg(drawn!);
    addToReport({
      spec,
      pageUrl: permalink,
      chartSvg: chartSvg.svg,
      chartWidth: chartSvg.width,
      chartHeight: chartSvg.height,
    });
    message = "Added to the report builder.";
  }
  performance.measure(`export:${action}`, { start: started, end: performance.now() });
  return message;
}
