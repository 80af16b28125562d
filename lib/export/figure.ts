import {
  AXIS_COLOUR,
  BACKGROUND_COLOUR,
  type ColourScheme,
  GRID_COLOUR,
  INK_COLOUR,
  inScheme,
} from "../charts/palette";
import { toCsv, type CsvCell } from "./csv";

/**
 * Export of a chart as a finished figure (PRODUCT.md §8): what a report writer pastes in must say what it shows,
 * under which assumptions, from which sources, and how to get back to it. Pure string functions, so the same
 * composition serves the PNG, the SVG, the PDF and the tests.
 */

export interface ExportSource {
  id: string;
  title: string;
  producer: string;
  edition: string;
  licence: string;
  url: string;
  /** Date published (YYYY, YYYY-MM or YYYY-MM-DD), for the publisher's citation; stored report charts may lack it. */
  date?: string;
}

export interface LegendItem {
  label: string;
  colour: string;
  /** Drawn as a dashed outline (baselines). */
  dashed?: boolean;
}

export interface CsvColumn {
  /** Header text with its unit, e.g. "Landed cost (USD per tonne)". */
  label: string;
}

/** Everything an export needs besides the drawing itself: serialisable, passed from the chart frame. */
export interface ExportSpec {
  /** Chart id, e.g. "landed-cost". */
  id: string;
  title: string;
  subtitle: string;
  /** For file names: the mineral shown, if any. */
  mineral?: string;
  /** e.g. "Evidence baseline" or "Published data (no model assumptions)". */
  scenarioName: string;
  /** Every assumption that differs from the baseline, one sentence each. */
  changes: readonly string[];
  sources: readonly ExportSource[];
  legend: readonly LegendItem[];
  /** Exactly the plotted rows, as numbers where the chart drew numbers. */
  csv: { columns: readonly CsvColumn[]; rows: readonly (readonly CsvCell[])[] };
  /** The dataset API query for the "full data" CSV of the underlying slice. */
  fullDataQuery?: string;
}

/** Sizes a figure can be exported at, in CSS pixels; PNGs are drawn at `scale` × these. */
export const SIZE_PRESETS = {
  default: { label: "As shown", width: 800, height: null },
  report: { label: "Report page", width: 1000, height: 1294 },
  slide: { label: "16:9 slide", width: 960, height: 540 },
  square: { label: "Square", width: 720, height: 720 },
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS;
export const DEFAULT_SCALE = 2;

/** A name that says chart, mineral and scenario: "landed-cost_copper_evidence-baseline_2026-11-27". */
export function exportFileName(
  spec: Pick<ExportSpec, "id" | "mineral" | "scenarioName" | "changes">,
  date: string,
  extension: string,
): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40);
  // The scenario's name only (up to its details), and whether it was changed from the baseline.
  const scenario =
    slug(spec.scenarioName.split(/ with \d+ (?:change|assumption)| \(|,/)[0] ?? spec.scenarioName) +
    (spec.changes.length ? "-modified" : "");
  return (
    [slug(spec.id), spec.mineral ? slug(spec.mineral) : null, scenario, date].filter(Boolean).join("_") +
    `.${extension}`
  );
}

/** Source lines as printed under a figure: "Title — Producer, Edition (Licence)". */
export function sourceLines(spec: Pick<ExportSpec, "sources">): string[] {
  return spec.sources.map((s) => `${s.title} — ${s.producer}, ${s.edition} (${s.licence})`);
}

/** The CSV of exactly the plotted rows, with a "#" preamble: title, scenario and changes, sources and licences, permalink, date. */
export function chartCsv(spec: ExportSpec, permalink: string, date: string): string {
  return toCsv(
    spec.csv.columns.map((c) => c.label),
    spec.csv.rows,
    [
      spec.title,
      spec.subtitle,
      `Scenario: ${spec.scenarioName}`,
      ...(spec.changes.length
        ? spec.changes.map((c) => `Changed assumption: ${c}`)
        : ["Changed assumptions: none (baseline)"]),
      ...sourceLines(spec).map((l) => `Source: ${l}`),
      `Permalink: ${permalink}`,
      `Exported: ${date} from the Critical Minerals Opportunity Dashboard`,
    ],
  );
}

const FONT = "Helvetica, Arial, 'Liberation Sans', sans-serif";

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Greedy word wrap by an average glyph width (the fonts are a known sans-serif fallback, so this holds). */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const perChar = fontSize * 0.53;
  const max = Math.max(10, Math.floor(maxWidth / perChar));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if ((line + " " + word).length <= max) line += " " + word;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface ComposeOptions {
  /** The chart's own SVG, serialised with inline styles, and its natural size. */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  permalink: string;
  date: string;
  preset?: SizePreset;
  transparent?: boolean;
  /** The colours the figure is drawn in: light (the default, whatever the page's theme) or dark. */
  scheme?: ColourScheme;
}

/**
 * One SVG holding the whole figure: title, subtitle, the chart, the legend, source lines with licences, the
 * scenario and every changed assumption, the date and the permalink. Text stays text; fonts fall back to
 * Helvetica/Arial, which every viewer has.
 */
export function composeFigureSvg(
  spec: ExportSpec,
  o: ComposeOptions,
): { svg: string; width: number; height: number } {
  const preset = SIZE_PRESETS[o.preset ?? "default"];
  const colour = (c: string) => inScheme(c, o.scheme ?? "light");
  const ink = colour(INK_COLOUR);
  const muted = colour(AXIS_COLOUR);
  const width = preset.width;
  const pad = 24;
  const inner = width - 2 * pad;
  const parts: string[] = [];
  let y = pad;
  const text = (
    lines: string[],
    size: number,
    opts: { weight?: number; colour?: string; gap?: number } = {},
  ) => {
    for (const l of lines) {
      y += size * 1.25;
      parts.push(
        `<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${opts.weight ?? 400}" fill="${opts.colour ?? ink}">${escapeXml(l)}</text>`,
      );
    }
    y += opts.gap ?? 0;
  };
  text(wrap(spec.title, inner, 20), 20, { weight: 700, gap: 2 });
  text(wrap(spec.subtitle, inner, 13), 13, { colour: muted, gap: 10 });

  // Footer first (to know its height), then fit the chart between header and legend + footer.
  const footer: { lines: string[]; size: number; colour: string; weight?: number }[] = [
    {
      lines: wrap(
        `Source${spec.sources.length === 1 ? "" : "s"}: ${sourceLines(spec).join("; ")}`,
        inner,
        11,
      ),
      size: 11,
      colour: muted,
    },
    { lines: wrap(`Scenario: ${spec.scenarioName}`, inner, 11), size: 11, colour: ink, weight: 700 },
    ...(spec.changes.length
      ? [
          {
            lines: wrap(`Assumptions changed from the baseline: ${spec.changes.join("; ")}`, inner, 11),
            size: 11,
            colour: ink,
          },
        ]
      : []),
    {
      lines: wrap(
        `Exported ${o.date} from the Critical Minerals Opportunity Dashboard · ${o.permalink}`,
        inner,
        10,
      ),
      size: 10,
      colour: muted,
    },
  ];
  const footerHeight = footer.reduce((h, f) => h + f.lines.length * f.size * 1.25 + 4, 0) + 8;
  const legendRows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let rowWidth = 0;
  for (const item of spec.legend) {
    const w = 18 + item.label.length * 12 * 0.53 + 16;
    if (rowWidth + w > inner && row.length) {
      legendRows.push(row);
      row = [];
      rowWidth = 0;
    }
    row.push(item);
    rowWidth += w;
  }
  if (row.length) legendRows.push(row);
  const legendHeight = legendRows.length * 20 + (legendRows.length ? 6 : 0);

  const naturalChartHeight = (o.chartHeight * inner) / o.chartWidth;
  const chartHeight =
    preset.height === null
      ? naturalChartHeight
      : Math.max(80, preset.height - y - legendHeight - footerHeight - pad);
  const chartWidth = Math.min(inner, (chartHeight * o.chartWidth) / o.chartHeight);
  const chartX = pad + (inner - chartWidth) / 2;
  // Place the chart's own <svg> as a nested viewport: its size attributes are replaced (a repeated attribute would
  // make the whole figure invalid XML).
  const chartTag = o.chartSvg.replace(/^<svg\b[^>]*>/, (open) =>
    open
      .replace(/\s(?:x|y|width|height)="[^"]*"/g, "")
      .replace(
        /^<svg\b/,
        `<svg x="${chartX.toFixed(1)}" y="${y.toFixed(1)}" width="${chartWidth.toFixed(1)}" height="${chartHeight.toFixed(1)}"`,
      ),
  );
  parts.push(chartTag);
  y += chartHeight + 8;

  for (const r of legendRows) {
    let x = pad;
    y += 14;
    for (const item of r) {
      parts.push(
        `<rect x="${x}" y="${(y - 10).toFixed(1)}" width="12" height="12" rx="2" fill="${escapeXml(colour(item.dashed ? BACKGROUND_COLOUR : item.colour))}" stroke="${escapeXml(colour(item.colour))}"${item.dashed ? ' stroke-dasharray="3 2"' : ""}/>`,
        `<text x="${x + 18}" y="${y.toFixed(1)}" font-size="12" fill="${ink}">${escapeXml(item.label)}</text>`,
      );
      x += 18 + item.label.length * 12 * 0.53 + 16;
    }
    y += 6;
  }
  y += 8;
  parts.push(
    `<line x1="${pad}" x2="${width - pad}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${colour(GRID_COLOUR)}"/>`,
  );
  y += 4;
  for (const f of footer) text(f.lines, f.size, { colour: f.colour, weight: f.weight, gap: 4 });
  const height = Math.ceil(preset.height ?? y + pad);
  const background = o.transparent
    ? ""
    : `<rect width="${width}" height="${height}" fill="${colour(BACKGROUND_COLOUR)}"/>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(`${spec.subtitle} Scenario: ${spec.scenarioName}. ${o.permalink}`)}</desc>` +
    background +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}
