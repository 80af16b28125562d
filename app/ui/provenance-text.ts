import { type Status } from "@/lib/data/common";
import { loadDatasetIndex } from "@/lib/data/load";
import { shortCitation, statusLabel } from "@/lib/data/provenance";

/** Stated once with the landed-cost chart; re-exported for the pages not yet on chart models. */
export { landedCostProvenance } from "@/lib/charts/landed-cost";

/**
 * One-line provenance for chart tooltips ("USGS, MCS 2025 · 2024 · Source's estimate"), for values that are not
 * observations: model results, scenario values, cells of the comparison table. Server only (reads the registry).
 */
export function provenanceText(p: {
  sourceId: string | null;
  year?: number | null;
  status: Status | null;
  method?: string | null;
}): string {
  const source = p.sourceId ? loadDatasetIndex().source(p.sourceId) : undefined;
  const cite = source
    ? shortCitation(source)
    : p.sourceId
      ? p.sourceId
      : p.method
        ? "Our model (see Sources and method)"
        : "no source";
  return [cite, p.year ? String(p.year) : null, p.status ? statusLabel(p.status) : null]
    .filter(Boolean)
    .join(" · ");
}
