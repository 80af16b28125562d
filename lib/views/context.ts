import { contextFromSources, type ChartContext } from "../charts/context";
import { loadDataset } from "../data/load";
import { provenanceLine, shortCitation } from "../data/provenance";
import { type Source } from "../data/sources";
import { type ExportSource } from "../export/figure";

/** A source as charts and exports carry it (no notes or kinds, which only /sources shows). */
export function toExportSource(s: Source): ExportSource {
  return {
    id: s.id,
    title: s.title,
    producer: s.producer,
    edition: s.edition,
    licence: s.licence,
    url: s.url,
    date: s.date,
  };
}

let cached: ChartContext | undefined;

/** The chart context of the bundled dataset (server only: it loads the registry). */
export function serverChartContext(): ChartContext {
  cached ??= contextFromSources(loadDataset().sources.map(toExportSource), shortCitation, provenanceLine);
  return cached;
}
