import { type MineralId } from "../data/common";
import { type MineralDependency } from "../model/dependency";
import { type LandedCost } from "../model/landed-cost";
import { type Sensitivity } from "../model/sensitivity";
import {
  COMPONENT_LABELS,
  COST_COMPONENTS,
  type CostComponent,
  SUPPLIERS,
  type Supplier,
} from "../model/types";

/**
 * Pure series builders for the scenario lab's charts: each takes model results (scenario, baseline, optionally a
 * pinned scenario A) and returns exactly the rows a chart draws and its table view lists.
 */

export const COUNTRY_LABELS: Record<string, string> = {
  PK: "Pakistan",
  AU: "Australia",
  CA: "Canada",
  UA: "Ukraine",
  CN: "China",
  US: "United States",
  ZZ: "Other countries",
  unmet: "Unmet",
};

/** One supplier's landed cost: the eight parts in the scenario, the total, and the baseline total (and A's). */
export interface CostBreakdownRow extends Record<CostComponent, number> {
  country: Supplier;
  label: string;
  total: number;
  baselineTotal: number;
  aTotal: number | null;
}

export function buildCostBreakdownSeries(
  mineral: MineralId,
  costs: readonly LandedCost[],
  baseline: readonly LandedCost[],
  a: readonly LandedCost[] | null,
): CostBreakdownRow[] {
  const find = (list: readonly LandedCost[], c: Supplier) =>
    list.find((x) => x.country === c && x.mineral === mineral);
  return SUPPLIERS.map((c) => {
    const cur = find(costs, c)!;
    const row = {
      country: c,
      label: COUNTRY_LABELS[c]!,
      total: cur.landedCostUsdPerTonne,
      baselineTotal: find(baseline, c)!.landedCostUsdPerTonne,
      aTotal: a ? find(a, c)!.landedCostUsdPerTonne : null,
    } as CostBreakdownRow;
    for (const k of COST_COMPONENTS) row[k] = cur.breakdown[k];
    return row;
  });
}

/** Pakistan − competitor gap, USD per tonne and % of the competitor's cost, scenario vs baseline (and A). */
export interface GapRow {
  competitor: Exclude<Supplier, "PK">;
  label: string;
  gap: number;
  gapPct: number;
  baselineGap: number;
  aGap: number | null;
}

export function buildGapSeries(rows: readonly CostBreakdownRow[]): GapRow[] {
  const pk = rows.find((r) => r.country === "PK")!;
  return rows
    .filter((r) => r.country !== "PK")
    .map((r) => ({
      competitor: r.country as Exclude<Supplier, "PK">,
      label: r.label,
      gap: pk.total - r.total,
      gapPct: ((pk.total - r.total) / r.total) * 100,
      baselineGap: pk.baselineTotal - r.baselineTotal,
      aGap: pk.aTotal !== null && r.aTotal !== null ? pk.aTotal - r.aTotal : null,
    }));
}

/** China's and Pakistan's shares of US supply per year (%), scenario, baseline (and A). */
export interface DependencyRow {
  year: number;
  chinaShare: number;
  baselineChinaShare: number;
  aChinaShare: number | null;
  pakistanShare: number;
  baselinePakistanShare: number;
  unmetShare: number;
}

export function buildDependencySeries(
  mineral: MineralId,
  dependency: readonly MineralDependency[],
  baseline: readonly MineralDependency[],
  a: readonly MineralDependency[] | null,
): DependencyRow[] {
  const cur = dependency.find((d) => d.mineral === mineral)!;
  const base = baseline.find((d) => d.mineral === mineral)!;
  const pinned = a?.find((d) => d.mineral === mineral) ?? null;
  return cur.years.map((y, i) => ({
    year: y.year,
    chinaShare: y.chinaShare * 100,
    baselineChinaShare: base.years[i]!.chinaShare * 100,
    aChinaShare: pinned ? pinned.years[i]!.chinaShare * 100 : null,
    pakistanShare: y.pakistanShare * 100,
    baselinePakistanShare: base.years[i]!.pakistanShare * 100,
    unmetShare: y.unmetShare * 100,
  }));
}

/** A stacked bar of US supply in one year: one row per scenario (baseline, A, current), one segment per source. */
export interface SupplyMixSeries {
  year: number;
  /** Sources in stacking order (largest in the scenario first), ending with other countries and unmet. */
  sources: { key: string; label: string }[];
  rows: ({ scenario: string } & Record<string, number | string>)[];
}

export function buildSupplyMixSeries(
  mineral: MineralId,
  year: number,
  runs: readonly { label: string; dependency: readonly MineralDependency[] }[],
  countryName: (code: string) => string,
  maxSources = 6,
): SupplyMixSeries {
  const slices = runs.map((r) => {
    const d = r.dependency.find((x) => x.mineral === mineral)!;
    const y = d.years.find((x) => x.year === year) ?? d.years[d.years.length - 1]!;
    return { label: r.label, year: y };
  });
  const totals = new Map<string, number>();
  for (const s of slices)
    for (const m of s.year.mix) totals.set(m.source, Math.max(totals.get(m.source) ?? 0, m.share));
  const ranked = [...totals.entries()]
    .filter(([k]) => k !== "ZZ")
    .sort((p, q) => q[1] - p[1])
    .map(([k]) => k);
  const shown = ranked.slice(0, maxSources);
  const sources = [
    ...shown.map((k) => ({ key: k, label: COUNTRY_LABELS[k] ?? countryName(k) })),
    { key: "ZZ", label: "Other countries" },
    { key: "unmet", label: "Unmet" },
  ];
  const rows = slices.map((s) => {
    const row: { scenario: string } & Record<string, number | string> = { scenario: s.label };
    for (const src of sources) row[src.key] = 0;
    for (const m of s.year.mix) {
      const key = shown.includes(m.source) ? m.source : "ZZ";
      row[key] = (row[key] as number) + m.share * 100;
    }
    row.unmet = s.year.unmetShare * 100;
    return row;
  });
  return { year: slices[0]?.year.year ?? year, sources, rows };
}

/** One tornado bar: the gap at the assumption's low and high, as a range around the scenario's gap. */
export interface TornadoRow {
  key: string;
  label: string;
  low: number;
  high: number;
  gapAtLow: number;
  gapAtHigh: number;
  /** [min, max] of the two gaps, for a floating bar. */
  range: [number, number];
}

export function buildTornadoSeries(s: Sensitivity, labelOf: (key: string) => string, top = 10): TornadoRow[] {
  return s.bars.slice(0, top).map((b) => ({
    key: b.key,
    label: labelOf(b.key),
    low: b.low,
    high: b.high,
    gapAtLow: b.gapAtLow,
    gapAtHigh: b.gapAtHigh,
    range: [Math.min(b.gapAtLow, b.gapAtHigh), Math.max(b.gapAtLow, b.gapAtHigh)],
  }));
}

export { COMPONENT_LABELS, COST_COMPONENTS };
