import { type ExportSource, type ExportSpec } from "@/lib/export/figure";

/**
 * The charts on screen, so "Cite this page" can cite the publications behind them: each Export menu registers its
 * chart's spec while mounted. Browser-only state, never rendered, so server and client HTML stay the same.
 */
const charts = new Map<string, ExportSpec>();

/** Registers a chart while it is on the page; returns the function that removes it. */
export function registerChart(spec: ExportSpec): () => void {
  charts.set(spec.id, spec);
  return () => {
    if (charts.get(spec.id) === spec) charts.delete(spec.id);
  };
}

/** The sources of every chart on the page, in page order, each once. */
export function pageSources(): ExportSource[] {
  const seen = new Map<string, ExportSource>();
  for (const spec of charts.values()) for (const s of spec.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}
