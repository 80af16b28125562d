import { type Observation } from "../data/common";
import { type ExportSource } from "../export/figure";

/**
 * What a chart builder needs from outside its inputs: the publications behind values and how to cite them. The
 * server builds it from the dataset (lib/views/context.ts); the lab from the sources passed to it. Keeping it an
 * argument keeps the builders pure and free of the data layer's zod.
 */
export interface ChartContext {
  /** The sources with these ids, in order, without repeats; unknown ids and nulls are skipped. */
  sources(ids: readonly (string | null | undefined)[]): ExportSource[];
  /** Short citation of a source: "USGS, MCS 2025, pp. 34–35" (the id itself when unknown). */
  cite(id: string): string;
  /** One-line provenance of an observation: "USGS, MCS 2025 · 2024 · Source's estimate". */
  provenance(o: Observation): string;
}

/** Builds a chart context from a list of sources (the lab's, or the registry's). */
export function contextFromSources(
  list: readonly ExportSource[],
  cite: (s: ExportSource) => string,
  provenance: (o: Observation, s: ExportSource | undefined) => string,
): ChartContext {
  const byId = new Map(list.map((s) => [s.id, s]));
  return {
    sources: (ids) => {
      const seen = new Set<string>();
      const out: ExportSource[] = [];
      for (const id of ids) {
        if (!id || seen.has(id)) continue;
        seen.add(id);
        const s = byId.get(id);
        if (s) out.push(s);
      }
      return out;
    },
    cite: (id) => {
      const s = byId.get(id);
      return s ? cite(s) : id;
    },
    provenance: (o) => provenance(o, byId.get(o.sourceId)),
  };
}
