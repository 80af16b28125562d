import { type ExportSpec } from "./figure";

/**
 * The charts a reader has added to the report builder, kept in this browser (localStorage). Pure: validation and
 * (de)serialisation; the page reads and writes. A damaged store is named, never silently emptied.
 */
export const REPORT_STORE_KEY = "critical-minerals:report-charts";
export const MAX_REPORT_CHARTS = 24;

export interface ReportChart {
  /** Unique entry id. */
  key: string;
  addedAt: string;
  /** The page (with its scenario) the chart came from. */
  pageUrl: string;
  spec: ExportSpec;
  /** The chart's own drawing, serialised with inline styles, and its natural size. */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Checks one stored entry; returns the reason it cannot be used, or null. */
export function reportChartProblem(x: unknown): string | null {
  if (!isObject(x)) return "not an object";
  for (const k of ["key", "addedAt", "pageUrl", "chartSvg"] as const)
    if (typeof x[k] !== "string") return `"${k}" is missing`;
  if (
    typeof x.chartWidth !== "number" ||
    typeof x.chartHeight !== "number" ||
    !(x.chartWidth > 0) ||
    !(x.chartHeight > 0)
  )
    return "the chart size is missing";
  if (!String(x.chartSvg).startsWith("<svg")) return "the drawing is not an SVG";
  const s = x.spec;
  if (
    !isObject(s) ||
    typeof s.id !== "string" ||
    typeof s.title !== "string" ||
    typeof s.scenarioName !== "string"
  )
    return "the chart description is incomplete";
  if (!Array.isArray(s.sources) || !Array.isArray(s.changes) || !Array.isArray(s.legend) || !isObject(s.csv))
    return "the chart description is incomplete";
  return null;
}

export interface ReportStore {
  charts: ReportChart[];
  damaged: { index: number; title: string | null; reason: string; raw: unknown }[];
  unreadable: string | null;
}

export function parseReportStore(raw: string | null): ReportStore {
  if (!raw) return { charts: [], damaged: [], unreadable: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return {
      charts: [],
      damaged: [],
      unreadable: `the saved report is not valid JSON (${(error as Error).message})`,
    };
  }
  if (!Array.isArray(json))
    return { charts: [], damaged: [], unreadable: "the saved report should be a list of charts" };
  const charts: ReportChart[] = [];
  const damaged: ReportStore["damaged"] = [];
  json.forEach((x, index) => {
    const problem = reportChartProblem(x);
    if (problem)
      damaged.push({
        index,
        title: isObject(x) && isObject(x.spec) && typeof x.spec.title === "string" ? x.spec.title : null,
        reason: problem,
        raw: x,
      });
    else charts.push(x as unknown as ReportChart);
  });
  return { charts, damaged, unreadable: null };
}

export function serializeReportStore(
  charts: readonly ReportChart[],
  damaged: ReportStore["damaged"],
): string {
  return JSON.stringify([...charts, ...damaged.map((d) => d.raw)]);
}
