/**
 * Browser-only: builds the report builder's PDF (jsPDF with svg2pdf.js, charts as vector) and ZIP (JSZip: every
 * chart as PNG, SVG and CSV, plus a README with sources and licences) from the charts a reader chose.
 */
import { jsPDF } from "jspdf";
import JSZip from "jszip/dist/jszip.min.js";
import "svg2pdf.js";
import { svgToPng } from "./dom";
import { chartCsv, composeFigureSvg, type ExportSource, exportFileName, sourceLines } from "./figure";
import { type ReportChart } from "./report-store";

export interface ReportInput {
  title: string;
  note: string;
  charts: readonly ReportChart[];
  /** YYYY-MM-DD. */
  date: string;
  /** The app's address, for the method notes. */
  appUrl: string;
}

export type Progress = (done: number, label: string) => void;

/** Lets the page repaint (progress bar, clicks) between charts. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * jsPDF's built-in Helvetica covers the Windows-1252 characters; the few others in our texts are spelled out so
 * that nothing prints as garbage.
 */
export function pdfSafe(s: string): string {
  return s
    .replace(/\u2212/g, "-")
    .replace(/λ/g, "lambda")
    .replace(/Σ/g, "sum of")
    .replace(/≥/g, ">=")
    .replace(/≤/g, "<=")
    .replace(/≈/g, "~")
    .replace(/→/g, "->")
    .replace(/[ⁿ]/g, "^n")
    .replace(/²/g, "^2")
    .replace(/\u202f|\u00a0/g, " ");
}

function uniqueSources(charts: readonly ReportChart[]): ExportSource[] {
  const seen = new Map<string, ExportSource>();
  for (const c of charts) for (const s of c.spec.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

const METHOD_NOTES = [
  "Every number in these charts carries its source, year and status: published (as printed by the original publisher), source's estimate, secondary (a third party reporting the source), derived (our calculation, inputs named) or assumption (our judgement, basis written). Missing values are shown as missing, never as zero.",
  "Production and reserves come from USGS Mineral Commodity Summaries 2025; values from the 2026 edition are labelled as an update and never mixed into the same chart.",
  "Landed cost per tonne at a US port = labour + energy + other operating costs + capital charge + security + freight + cargo insurance + US tariff. Labour and energy scale the reference (US) operation's cash cost by relative wages, productivity and electricity prices; the capital charge is capital intensity times the capital recovery factor at the base rate plus a share of the country risk premium.",
  "US dependency: demand is 2024 apparent consumption (USGS); imports are split by the USGS import sources; a chosen share of China-sourced supply moves to Pakistan, Australia, Canada and Ukraine within their capacity; volume no supplier can cover is reported as unmet.",
];

/** The PDF: title page, assumptions table, one chart per page (vector), sources with licences, method notes. */
export async function buildReportPdf(input: ReportInput, progress: Progress = () => {}): Promise<Blob> {
  const doc = new jsPDF({ unit: "pt", format: "a4", compress: true });
  const W = doc.internal.pageSize.getWidth();
  const H = doc.internal.pageSize.getHeight();
  const M = 48;
  let y = M;
  const line = (text: string, size: number, opts: { bold?: boolean; gap?: number; colour?: number } = {}) => {
    doc.setFont("helvetica", opts.bold ? "bold" : "normal");
    doc.setFontSize(size);
    doc.setTextColor(opts.colour ?? 27);
    for (const l of doc.splitTextToSize(pdfSafe(text), W - 2 * M) as string[]) {
      if (y + size > H - M) {
        doc.addPage();
        y = M;
      }
      doc.text(l, M, y + size);
      y += size * 1.3;
    }
    y += opts.gap ?? 0;
  };
  const total = input.charts.length + 2;

  line(input.title || "Critical minerals report", 24, { bold: true, gap: 8 });
  line(`Critical Minerals Opportunity Dashboard · ${input.date}`, 11, { colour: 90, gap: 12 });
  if (input.note) line(input.note, 11, { gap: 12 });
  line(`${input.charts.length} chart${input.charts.length === 1 ? "" : "s"}:`, 12, { bold: true, gap: 2 });
  input.charts.forEach((c, i) => line(`${i + 1}. ${c.spec.title}`, 11));

  doc.addPage();
  y = M;
  line("Assumptions behind each chart", 16, { bold: true, gap: 6 });
  input.charts.forEach((c, i) => {
    line(`${i + 1}. ${c.spec.title}`, 11, { bold: true });
    line(`Scenario: ${c.spec.scenarioName}`, 10);
    if (c.spec.changes.length) c.spec.changes.forEach((ch) => line(`- ${ch}`, 10));
    else line("No assumption differs from the baseline.", 10, { colour: 90 });
    line(`Permalink: ${c.pageUrl}`, 8, { colour: 90, gap: 8 });
  });
  progress(1 / total, "Title page and assumptions");
  await breathe();

  for (const [i, c] of input.charts.entries()) {
    doc.addPage();
    const fig = composeFigureSvg(
      {
        ...c.spec,
        title: pdfSafe(c.spec.title),
        subtitle: pdfSafe(c.spec.subtitle),
        scenarioName: pdfSafe(c.spec.scenarioName),
        changes: c.spec.changes.map(pdfSafe),
      },
      {
        chartSvg: c.chartSvg,
        chartWidth: c.chartWidth,
        chartHeight: c.chartHeight,
        permalink: c.pageUrl,
        date: input.date,
      },
    );
    const el = new DOMParser().parseFromString(fig.svg, "image/svg+xml").documentElement;
    const scale = Math.min((W - 2 * M) / fig.width, (H - 2 * M) / fig.height);
    // svg2pdf measures text in a live document, so the figure is attached (off screen) while it is converted.
    const holder = document.createElement("div");
    holder.style.cssText = "position:absolute;left:-10000px;top:0;";
    holder.append(el);
    document.body.append(holder);
    try {
      await doc.svg(el, { x: M, y: M, width: fig.width * scale, height: fig.height * scale });
    } finally {
      holder.remove();
    }
    progress((i + 2) / total, c.spec.title);
    await breathe();
  }

  doc.addPage();
  y = M;
  line("Sources", 16, { bold: true, gap: 6 });
  for (const s of uniqueSources(input.charts)) {
    line(`${s.title} — ${s.producer}, ${s.edition}. Licence: ${s.licence}.`, 10);
    line(s.url.startsWith("/") ? `${input.appUrl}${s.url}` : s.url, 8, { colour: 90, gap: 6 });
  }
  doc.addPage();
  y = M;
  line("Method notes", 16, { bold: true, gap: 6 });
  for (const p of METHOD_NOTES) line(p, 10, { gap: 8 });
  line(`The full method, every source and every assumption: ${input.appUrl}/sources#method`, 10);
  progress(1, "Done");
  return doc.output("blob");
}

/** The ZIP: each chart as PNG (2×), SVG and CSV, numbered in report order, and a README with sources and licences. */
export async function buildReportZip(input: ReportInput, progress: Progress = () => {}): Promise<Blob> {
  const zip = new JSZip();
  const readme: string[] = [
    `# ${input.title || "Critical minerals report"}`,
    "",
    `Exported ${input.date} from the Critical Minerals Opportunity Dashboard (${input.appUrl}).`,
    "",
  ];
  if (input.note) readme.push(input.note, "");
  readme.push("## Charts", "");
  for (const [i, c] of input.charts.entries()) {
    const n = String(i + 1).padStart(2, "0");
    const fig = composeFigureSvg(c.spec, {
      chartSvg: c.chartSvg,
      chartWidth: c.chartWidth,
      chartHeight: c.chartHeight,
      permalink: c.pageUrl,
      date: input.date,
    });
    const base = `${n}_${exportFileName(c.spec, input.date, "x").replace(/\.x$/, "")}`;
    zip.file(`${base}.svg`, fig.svg);
    zip.file(`${base}.csv`, chartCsv(c.spec, c.pageUrl, input.date));
    zip.file(`${base}.png`, await svgToPng(fig.svg, fig.width, fig.height));
    readme.push(
      `${i + 1}. ${c.spec.title} — ${base}.png, .svg, .csv`,
      `   Scenario: ${c.spec.scenarioName}`,
      ...c.spec.changes.map((ch) => `   Changed: ${ch}`),
      `   Permalink: ${c.pageUrl}`,
      "",
    );
    progress((i + 1) / (input.charts.length + 1), c.spec.title);
    await breathe();
  }
  readme.push("## Sources and licences", "");
  for (const s of uniqueSources(input.charts))
    readme.push(`- ${sourceLines({ sources: [s] })[0]} — ${s.url}`);
  readme.push("", "## Method", "", ...METHOD_NOTES.flatMap((p) => [p, ""]));
  zip.file("README.md", readme.join("\n"));
  const blob = await zip.generateAsync({ type: "blob", compression: "DEFLATE" });
  progress(1, "Done");
  return blob;
}
