import { type Status } from "@/lib/data/common";
import { loadDatasetIndex } from "@/lib/data/load";
import { shortCitation, statusLabel } from "@/lib/data/provenance";

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

// The overview's chart builders need it in lib/; pages not yet converted still import it from here.
export { landedCostProvenance } from "@/lib/data/provenance";
