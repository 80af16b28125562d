import { type Dataset } from "./dataset";

/** What a source is used for: one line per kind of figure, with counts, e.g. "mine-production: antimony (2023–2024), 37 values". */
export interface SourceUse {
  what: string;
  count: number;
}

function yearSpan(years: Set<number>): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * For every source id, the figures that cite it: observations grouped by measure (with minerals and years),
 * import-source tables, cost parameters, tariff rates, projects and events.
 */
export function summariseSourceUse(ds: Dataset): Map<string, SourceUse[]> {
  const groups = new Map<string, Map<string, { count: number; minerals: Set<string>; years: Set<number> }>>();
  const add = (sourceId: string, what: string, mineral: string | null, year: number | null) => {
    let bySource = groups.get(sourceId);
    if (!bySource) groups.set(sourceId, (bySource = new Map()));
    let g = bySource.get(what);
    if (!g) bySource.set(what, (g = { count: 0, minerals: new Set(), years: new Set() }));
    g.count += 1;
    if (mineral) g.minerals.add(mineral);
    if (year !== null) g.years.add(year);
  };
  for (const o of ds.observations) add(o.sourceId, o.measure.replaceAll("-", " "), o.mineral, o.year);
  for (const r of ds.importSources) add(r.sourceId, "US import sources", r.mineral, r.year);
  for (const p of ds.costParameters) {
    add(p.sourceId, `model parameter: ${p.label.toLowerCase()}`, p.mineral, p.year);
    for (const id of p.alsoSourceIds ?? [])
      add(id, `model parameter range: ${p.label.toLowerCase()}`, p.mineral, p.year);
  }
  for (const r of ds.tariffs.rates) {
    add(r.sourceId, "US tariff rate", r.mineral, r.year);
    for (const l of r.layers) add(l.sourceId, `tariff layer: ${l.name}`, r.mineral, r.year);
  }
  for (const g of ds.tariffs.regimes) add(g.sourceId, "tariff regime", null, null);
  for (const p of ds.projects) {
    add(p.sourceId, `project: ${p.name}`, null, null);
    for (const ph of p.phases) {
      for (const q of [ph.capacity, ph.capex, ph.startYear, ph.throughput]) {
        if (q) add(q.sourceId, `project: ${p.name}`, ph.mineral, q.year);
      }
    }
    for (const f of p.facts) add(f.quantity.sourceId, `project: ${p.name}`, null, f.quantity.year);
  }
  for (const e of ds.events) {
    add(e.sourceId, `event: ${e.title}`, null, Number(e.date.slice(0, 4)));
    for (const f of e.figures) add(f.quantity.sourceId, `event: ${e.title}`, null, f.quantity.year);
  }
  for (const m of ds.minerals) add(m.usgsSourceId, "mineral chapter", m.id, null);

  const result = new Map<string, SourceUse[]>();
  for (const [sourceId, bySource] of groups) {
    result.set(
      sourceId,
      [...bySource.entries()].map(([what, g]) => {
        const minerals = g.minerals.size ? ` (${[...g.minerals].join(", ")})` : "";
        const years = g.years.size ? `, ${yearSpan(g.years)}` : "";
        return { what: `${what}${minerals}${years}`, count: g.count };
      }),
    );
  }
  return result;
}
