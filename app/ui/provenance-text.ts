import { type Status } from "@/lib/data/common";
import { loadDatasetIndex } from "@/lib/data/load";
import { shortCitation, statusLabel } from "@/lib/data/provenance";
import { type LandedCost } from "@/lib/model/landed-cost";

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

/** Tooltip line of a landed cost: the model, and whether the mineral's cost inputs are sourced or assumed. */
export function landedCostProvenance(cost: LandedCost): string {
  return cost.costBasis === "sourced"
    ? `Our landed-cost model, inputs from cited operations (2024) · ${statusLabel("derived")}`
    : `Our landed-cost model, cost inputs assumed from the 2024 price · ${statusLabel("assumption")}`;
}
