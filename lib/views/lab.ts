import { type ChartMeta } from "../charts/bars";
import {
  type BarDatum,
  type BarsChart,
  cell,
  type ChartTable,
  type LineSeries,
  type LinesChart,
  type StackedChart,
  type TableColumn,
} from "../charts/chart-model";
import { formatNumber, formatPct, formatSignedUsd, formatUsd } from "../charts/format";
import { buildLandedCostChart } from "../charts/landed-cost";
import {
  BASELINE_COLOUR,
  countryColour,
  DEARER_COLOUR,
  SCENARIO_A_COLOUR,
  STAGE_MINING_COLOUR,
  SUPPLY_COLOURS,
  supplyColours,
} from "../charts/palette";
import { countryName } from "../data/country-names";
import { type ExportSource } from "../export/figure";
import { type DependencyYear, type MineralDependency } from "../model/dependency";
import { type LandedCost } from "../model/landed-cost";
import { type MineralModelData } from "../model/model-data";
import { type ScenarioResult } from "../model/scenario";
import { type Sensitivity } from "../model/sensitivity";
import { SUPPLIERS, type Supplier } from "../model/types";
import { type UncertaintyResult } from "../model/uncertainty";

/**
 * The scenario lab's charts as chart models, from the model's results for the scenario, its preset and the pinned
 * scenario A. Browser-safe (no dataset loading, no zod): the lab runs these on every change, with the sources it
 * was given by the page.
 */

/** The model results every lab chart compares. */
export interface LabResults {
  mineral: Pick<MineralModelData, "id" | "name" | "tradedProduct" | "costBasis" | "importForm">;
  result: ScenarioResult;
  baseline: ScenarioResult;
  a: ScenarioResult | null;
}

/** What every lab chart carries besides its drawing: its sources and the scenario in words. */
export interface LabFrame {
  sources: readonly ExportSource[];
  /** The scenario's description without the "Scenario: " prefix (the frame writes it). */
  scenario: string;
  /** Every assumption that differs from the evidence baseline, for exports. */
  changes: readonly string[];
}

const MODEL_RESULT = "Model result from this scenario's assumptions";
const USD_T = "USD per tonne";
const SHARE = "% of US supply";
const signedPerTonne = (x: number) => `${formatSignedUsd(x)}/t`;

function meta(id: string, title: string, subtitle: string, mineralName: string, f: LabFrame): ChartMeta {
  return {
    id,
    title,
    subtitle,
    sources: f.sources,
    scenario: f.scenario,
    changes: f.changes,
    mineral: mineralName,
  };
}

function totals(costs: readonly LandedCost[], mineral: string): Record<string, number> {
  return Object.fromEntries(
    costs.filter((c) => c.mineral === mineral).map((c) => [c.country, c.landedCostUsdPerTonne]),
  );
}

/**
 * Landed cost at a US port per supplier, by part, with the preset's total (and A's) under each bar. Its
 * description names each supplier's total beside the preset's, the comparison the lab is for.
 */
export function buildLabCostChart(r: LabResults, f: LabFrame): StackedChart {
  const name = r.mineral.name.toLowerCase();
  const assumed = r.mineral.costBasis === "assumption";
  const preset = totals(r.baseline.costs, r.mineral.id);
  const chart = buildLandedCostChart(
    {
      ...meta(
        "landed-cost",
        `Landed cost at a US port, ${name}`,
        `US dollars per tonne of ${r.mineral.tradedProduct}, by part; the dashed bar is the preset's total.${assumed ? " Costs for this mineral are labelled assumptions (no sourced cost data)." : ""}`,
        r.mineral.name,
        f,
      ),
      caption: `Landed cost of ${name} by part (USD per tonne)`,
    },
    {
      costs: r.result.costs,
      mineral: r.mineral.id,
      countries: SUPPLIERS,
      baselineTotals: preset,
      ...(r.a ? { aTotals: totals(r.a.costs, r.mineral.id) } : {}),
    },
    // "Scenario A total", as its legend says.
    { row: "Supplier", a: "Scenario A total" },
  );
  const perTonne = (x: number) => `${formatUsd(x)}/t`;
  return {
    ...chart,
    alt: `Stacked bar chart of the landed cost of ${name}: ${chart.rows.map((row) => `${row.label} ${perTonne(row.total)} (preset ${perTonne(preset[row.key]!)})`).join("; ")}.`,
  };
}

/** Pakistan − competitor, per competitor, in the scenario, the preset and A. */
interface Gap {
  competitor: Exclude<Supplier, "PK">;
  gap: number;
  gapPct: number;
  baselineGap: number;
  aGap: number | null;
}

function gaps(r: LabResults): Gap[] {
  const scenario = totals(r.result.costs, r.mineral.id);
  const preset = totals(r.baseline.costs, r.mineral.id);
  const a = r.a ? totals(r.a.costs, r.mineral.id) : null;
  return SUPPLIERS.filter((c) => c !== "PK").map((c) => ({
    competitor: c,
    gap: scenario.PK! - scenario[c]!,
    gapPct: ((scenario.PK! - scenario[c]!) / scenario[c]!) * 100,
    baselineGap: preset.PK! - preset[c]!,
    aGap: a ? a.PK! - a[c]! : null,
  }));
}

/** Pakistan's cost gap to each competitor, as bars around zero with the preset's gap (and A's) under each. */
export function buildLabGapChart(r: LabResults, f: LabFrame): BarsChart {
  const name = r.mineral.name.toLowerCase();
  const rows = gaps(r);
  const title = `Pakistan's cost gap to each competitor, ${name}`;
  const bars = rows.map<BarDatum>((g) => {
    const rival = countryName(g.competitor);
    const detail = `Pakistan ${formatPct(Math.abs(g.gapPct))} ${g.gap < 0 ? "cheaper" : "dearer"}`;
    const others = `preset ${signedPerTonne(g.baselineGap)}${g.aGap !== null ? `, A ${signedPerTonne(g.aGap)}` : ""}`;
    return {
      key: g.competitor,
      label: rival,
      value: g.gap,
      display: signedPerTonne(g.gap),
      detail,
      colour: g.gap < 0 ? countryColour("PK") : DEARER_COLOUR,
      tooltip: `Pakistan − ${rival}: ${signedPerTonne(g.gap)} (${detail}); ${others}\n${MODEL_RESULT}`,
      markers: [
        {
          key: "preset",
          label: `preset ${signedPerTonne(g.baselineGap)}`,
          value: g.baselineGap,
          style: "baseline",
        },
        ...(g.aGap !== null
          ? [{ key: "a", label: `scenario A ${signedPerTonne(g.aGap)}`, value: g.aGap, style: "a" as const }]
          : []),
      ],
    };
  });
  const columns: TableColumn[] = [
    { key: "label", label: "Competitor", kind: "label" },
    { key: "gap", label: "Pakistan − competitor", unit: USD_T, kind: "number" },
    { key: "gapPct", label: "Pakistan − competitor", unit: "% of competitor's cost", kind: "number" },
    { key: "preset", label: "Preset gap", unit: USD_T, kind: "number" },
    ...(r.a ? [{ key: "a", label: "Scenario A gap", unit: USD_T, kind: "number" as const }] : []),
  ];
  return {
    kind: "bars",
    ...meta(
      "cost-gap",
      title,
      "Pakistan minus competitor, US dollars per tonne: below zero, Pakistan is cheaper.",
      r.mineral.name,
      f,
    ),
    notes: [],
    missing: [],
    axis: { format: "usd-compact" },
    bars,
    legend: [
      { label: "Scenario, Pakistan cheaper", colour: countryColour("PK") },
      { label: "Scenario, Pakistan dearer", colour: DEARER_COLOUR },
      { label: "Preset", colour: BASELINE_COLOUR, dashed: true },
      ...(r.a ? [{ label: "Scenario A", colour: SCENARIO_A_COLOUR }] : []),
    ],
    alt: `Bar chart, ${title}: ${rows.map((g) => `${countryName(g.competitor)} ${signedPerTonne(g.gap)} (preset ${signedPerTonne(g.baselineGap)})`).join("; ")}.`,
    table: {
      caption: `Pakistan − competitor, ${name} (USD per tonne)`,
      columns,
      rows: rows.map((g) => ({
        key: g.competitor,
        cells: [
          cell(countryName(g.competitor)),
          cell(g.gap),
          cell(g.gapPct, formatNumber(g.gapPct, 1)),
          cell(g.baselineGap),
          ...(r.a ? [cell(g.aGap)] : []),
        ],
      })),
    },
  };
}

function dependencyOf(list: readonly MineralDependency[], mineral: string): MineralDependency {
  return list.find((d) => d.mineral === mineral)!;
}

/** China's share of US supply, 2025–2035, in the scenario, the preset and A; Pakistan's and the unmet share. */
export function buildLabDependencyChart(r: LabResults, f: LabFrame): LinesChart {
  const name = r.mineral.name.toLowerCase();
  const cur = dependencyOf(r.result.dependency, r.mineral.id);
  const base = dependencyOf(r.baseline.dependency, r.mineral.id);
  const pinned = r.a ? dependencyOf(r.a.dependency, r.mineral.id) : null;
  const pct = (fraction: number) => fraction * 100;
  const line = (
    key: string,
    label: string,
    colour: string,
    years: MineralDependency["years"],
    pick: (y: MineralDependency["years"][number]) => number,
    dashed = false,
  ): LineSeries => ({
    key,
    label,
    colour,
    ...(dashed ? { dashed } : {}),
    points: years.map((y) => ({
      x: y.year,
      y: pct(pick(y)),
      display: formatPct(pct(pick(y)), 1),
      tooltip: `${label}, ${y.year}: ${formatPct(pct(pick(y)), 2)} of US supply`,
    })),
  });
  // China's share at each stage: refining counts direct imports plus supply made from Chinese intermediates or
  // refined in China (the route of new supply); mining counts direct imports mined in China.
  const refining = (y: DependencyYear) => y.exposure.refining.direct + y.exposure.refining.indirect;
  const mining = (y: DependencyYear) => y.exposure.mining.direct + y.exposure.mining.indirect;
  const series = [
    line("china", "China, refining stage, scenario", countryColour("CN"), cur.years, refining),
    line("china-preset", "China, refining stage, preset", BASELINE_COLOUR, base.years, refining, true),
    ...(pinned
      ? [line("china-a", "China, refining stage, scenario A", SCENARIO_A_COLOUR, pinned.years, refining)]
      : []),
    line("china-mining", "China, mining stage, scenario", STAGE_MINING_COLOUR, cur.years, mining),
    line("pakistan", "Pakistan, scenario", countryColour("PK"), cur.years, (y) => y.pakistanShare),
    line("unmet", "Unmet, scenario", SUPPLY_COLOURS.unmet!, cur.years, (y) => y.unmetShare, true),
  ];
  const first = cur.years[0]!;
  const last = cur.years[cur.years.length - 1]!;
  const lastBase = base.years[base.years.length - 1]!;
  const indirectLabel = "China, refining stage, scenario: of which indirect";
  return {
    kind: "lines",
    ...meta(
      "china-dependency",
      `China's share of US ${name} supply by stage, 2025–2035`,
      `Shares of US apparent consumption. Refining stage: imports from China (${r.mineral.importForm}), supply from third countries made from Chinese intermediates, and new supply refined in China. Mining stage: imports from China made from ore mined in China. Pakistan's share and the unmet share in this scenario.`,
      r.mineral.name,
      f,
    ),
    notes:
      cur.baselineExposure.refining === 0
        ? [
            `No US ${name} supply is mined or refined in China today: USGS lists no direct imports from China, and the third countries the US buys from do not refine Chinese feed. Only new supply routed through China can add a China share.`,
          ]
        : [],
    missing: [],
    axis: { format: "pct" },
    series,
    legend: series.map((s) => ({ label: s.label, colour: s.colour, ...(s.dashed ? { dashed: true } : {}) })),
    alt: `Line chart: China's share of US ${name} supply at the refining stage goes from ${formatNumber(pct(refining(first)), 1)} % in ${first.year} to ${formatNumber(pct(refining(last)), 1)} % in ${last.year} (preset ${formatNumber(pct(refining(lastBase)), 1)} %), and at the mining stage from ${formatNumber(pct(mining(first)), 1)} % to ${formatNumber(pct(mining(last)), 1)} %; Pakistan supplies ${formatNumber(pct(last.pakistanShare), 2)} % in ${last.year}.`,
    table: {
      caption: `Shares of US ${name} supply by year and stage (%)`,
      columns: [
        { key: "year", label: "Year", kind: "label" },
        ...series.map((s) => ({ key: s.key, label: s.label, unit: SHARE, kind: "number" as const })),
        { key: "china-indirect", label: indirectLabel, unit: SHARE, kind: "number" as const },
      ],
      rows: cur.years.map((y, i) => ({
        key: String(y.year),
        cells: [
          cell(y.year, String(y.year)),
          ...series.map((s) => {
            const v = s.points[i]!.y;
            return cell(v, formatNumber(v, 2));
          }),
          cell(pct(y.exposure.refining.indirect), formatNumber(pct(y.exposure.refining.indirect), 2)),
        ],
      })),
    },
  };
}

/** How many named sources the supply mix shows before the rest join "Other countries". */
const MIX_SOURCES = 6;

/** US supply in the target year, one stacked bar per scenario (preset, A, scenario), one segment per source. */
export function buildLabMixChart(r: LabResults, f: LabFrame, year: number): StackedChart {
  const name = r.mineral.name.toLowerCase();
  const runs = [
    { key: "preset", label: "Preset", result: r.baseline },
    ...(r.a ? [{ key: "a", label: "Scenario A", result: r.a }] : []),
    { key: "scenario", label: "Scenario", result: r.result },
  ];
  const slices = runs.map((run) => {
    const d = dependencyOf(run.result.dependency, r.mineral.id);
    return { ...run, year: d.years.find((y) => y.year === year) ?? d.years[d.years.length - 1]! };
  });
  // Sources ranked by their largest share in any of the scenarios; the rest join "Other countries".
  const largest = new Map<string, number>();
  for (const s of slices)
    for (const m of s.year.mix) largest.set(m.source, Math.max(largest.get(m.source) ?? 0, m.share));
  const shown = [...largest.entries()]
    .filter(([k]) => k !== "ZZ")
    .sort((p, q) => q[1] - p[1])
    .slice(0, MIX_SOURCES)
    .map(([k]) => k);
  const sources = [
    ...shown.map((k) => ({ key: k, label: countryName(k) })),
    { key: "ZZ", label: countryName("ZZ") },
    { key: "unmet", label: "Unmet" },
  ];
  const colours = supplyColours(sources.map((s) => s.key));
  const shares = slices.map((s) => {
    const row: Record<string, number> = Object.fromEntries(sources.map((src) => [src.key, 0]));
    for (const m of s.year.mix) {
      const key = shown.includes(m.source) ? m.source : "ZZ";
      row[key] = row[key]! + m.share * 100;
    }
    row.unmet = s.year.unmetShare * 100;
    return row;
  });
  const shownYear = slices[0]?.year.year ?? year;
  const title = `US ${name} supply mix in ${shownYear}`;
  return {
    kind: "stacked",
    ...meta(
      "supply-mix",
      title,
      "Shares of US demand by source: domestic production, import sources, re-sourced volume; unmet demand outlined.",
      r.mineral.name,
      f,
    ),
    notes: [],
    missing: [],
    axis: { format: "pct", domain: [0, 100] },
    rows: slices.map((s, i) => ({
      key: s.key,
      label: s.label,
      highlight: s.key === "scenario",
      total: 100,
      totalDisplay: `${formatPct(100 - shares[i]!.unmet!)} supplied`,
      segments: sources.map((src) => ({
        key: src.key,
        label: src.label,
        value: shares[i]![src.key]!,
        display: formatPct(shares[i]![src.key]!),
        colour: colours[src.key]!,
        ...(src.key === "unmet" ? { estimate: true } : {}),
        tooltip: `${s.label}, ${src.label}: ${formatPct(shares[i]![src.key]!)} of US demand in ${shownYear}`,
      })),
    })),
    legend: sources.map((src) => ({
      label: src.label,
      colour: colours[src.key]!,
      ...(src.key === "unmet" ? { dashed: true } : {}),
    })),
    alt: `Stacked bars of US ${name} supply in ${shownYear}: ${slices
      .map(
        (s, i) =>
          `${s.label}: ${sources
            .filter((src) => shares[i]![src.key]! > 0.05)
            .map((src) => `${src.label} ${formatPct(shares[i]![src.key]!)}`)
            .join(", ")}`,
      )
      .join(". ")}.`,
    table: {
      caption: `US ${name} supply mix in ${shownYear} (%)`,
      columns: [
        { key: "label", label: "Scenario", kind: "label" },
        ...sources.map((src) => ({
          key: src.key,
          label: src.label,
          unit: "% of US demand",
          kind: "number" as const,
        })),
      ],
      rows: slices.map((s, i) => ({
        key: s.key,
        cells: [
          cell(s.label),
          ...sources.map((src) => cell(shares[i]![src.key]!, formatNumber(shares[i]![src.key]!, 1))),
        ],
      })),
    },
  };
}

/** How many assumptions the tornado shows: the largest swings. */
const TORNADO_BARS = 10;

/**
 * The tornado: Pakistan's gap to the competitor with each assumption at its low and its high value, all else as in
 * the scenario, as floating bars from the lower gap to the higher; a line marks the scenario's own gap.
 */
export function buildLabTornadoChart(
  s: Sensitivity,
  nameOf: (key: string) => string,
  mineralName: string,
  f: LabFrame,
): BarsChart {
  const rival = countryName(s.competitor);
  const name = mineralName.toLowerCase();
  const rows = s.bars.slice(0, TORNADO_BARS);
  const bars = rows.map<BarDatum>((b) => {
    const label = nameOf(b.key);
    return {
      key: b.key,
      label,
      start: Math.min(b.gapAtLow, b.gapAtHigh),
      value: Math.max(b.gapAtLow, b.gapAtHigh),
      display: `${signedPerTonne(b.gapAtLow)} to ${signedPerTonne(b.gapAtHigh)}`,
      colour: countryColour("PK"),
      tooltip: `${label}: at ${formatNumber(b.low)} the gap is ${signedPerTonne(b.gapAtLow)}; at ${formatNumber(b.high)}, ${signedPerTonne(b.gapAtHigh)}\n${MODEL_RESULT}`,
    };
  });
  return {
    kind: "bars",
    ...meta(
      "tornado",
      `What moves Pakistan's gap to ${rival}, ${name}`,
      `Pakistan − ${rival} (US$ per tonne) with each assumption at its low and high value, all else as in the scenario; the ten largest swings. The dashed line marks the scenario's gap (${formatSignedUsd(s.baseGap)}).`,
      mineralName,
      f,
    ),
    notes: [],
    missing: [],
    axis: { format: "usd-compact" },
    bars,
    reference: { value: s.baseGap, label: `scenario ${signedPerTonne(s.baseGap)}` },
    legend: [{ label: `Pakistan − ${rival} gap, low to high`, colour: countryColour("PK") }],
    alt: `Tornado chart: ${rows
      .slice(0, 3)
      .map((b) => `${nameOf(b.key)} moves the gap from ${formatUsd(b.gapAtLow)} to ${formatUsd(b.gapAtHigh)}`)
      .join("; ")}.`,
    table: {
      caption: `Sensitivity of Pakistan − ${rival}, ${name} (USD per tonne)`,
      columns: [
        { key: "label", label: "Assumption", kind: "label" },
        { key: "low", label: "Low value", kind: "number" },
        { key: "gapAtLow", label: "Gap at low", unit: USD_T, kind: "number" },
        { key: "high", label: "High value", kind: "number" },
        { key: "gapAtHigh", label: "Gap at high", unit: USD_T, kind: "number" },
      ],
      rows: rows.map((b) => ({
        key: b.key,
        cells: [cell(nameOf(b.key)), cell(b.low), cell(b.gapAtLow), cell(b.high), cell(b.gapAtHigh)],
      })),
    },
  };
}

/** A Monte Carlo run of the scenario and of its preset, with the same draws and seed. */
export interface UncertaintyRuns {
  scenario: UncertaintyResult;
  baseline: UncertaintyResult;
}

/** The probabilities a run reports, in percent: Pakistan cheapest of five, then cheaper than each competitor. */
function probabilities(
  runs: UncertaintyRuns,
): { key: string; label: string; scenario: number; preset: number }[] {
  const { scenario: r, baseline: b } = runs;
  return [
    {
      key: "cheapest",
      label: "Pakistan cheapest of five",
      scenario: r.pPakistanCheapest * 100,
      preset: b.pPakistanCheapest * 100,
    },
    ...SUPPLIERS.filter((c) => c !== "PK").map((c) => ({
      key: c,
      label: `cheaper than ${countryName(c)}`,
      scenario: r.pCheaperThan[c] * 100,
      preset: b.pCheaperThan[c] * 100,
    })),
  ];
}

/** The probability that Pakistan lands cheapest (and cheaper than each competitor), with the preset's as a mark. */
export function buildLabUncertaintyChart(runs: UncertaintyRuns, mineralName: string, f: LabFrame): BarsChart {
  const rows = probabilities(runs);
  const pct = (x: number) => formatPct(x, 1);
  return {
    kind: "bars",
    ...meta(
      "uncertainty",
      `Probability that Pakistan lands cheapest, ${mineralName.toLowerCase()}`,
      `Share of ${formatNumber(runs.scenario.draws)} Monte Carlo draws (seed ${runs.scenario.seed}); every cost assumption drawn from a split triangular distribution between its low and high values with its median at the scenario's value, correlated groups together, the preset's values held.`,
      mineralName,
      f,
    ),
    notes: [],
    missing: [],
    axis: { format: "pct", domain: [0, 100] },
    bars: rows.map((p) => ({
      key: p.key,
      label: p.label,
      value: p.scenario,
      display: pct(p.scenario),
      colour: countryColour("PK"),
      tooltip: `${p.label}: ${pct(p.scenario)} of draws (preset ${pct(p.preset)})\n${MODEL_RESULT}`,
      markers: [{ key: "preset", label: `preset ${pct(p.preset)}`, value: p.preset, style: "baseline" }],
    })),
    legend: [
      { label: "Scenario", colour: countryColour("PK") },
      { label: "Preset", colour: BASELINE_COLOUR, dashed: true },
    ],
    alt: `Bar chart of probabilities: ${rows.map((p) => `${p.label} ${pct(p.scenario)} (preset ${pct(p.preset)})`).join("; ")}.`,
    table: {
      caption: "Probabilities, scenario and preset",
      columns: [
        { key: "label", label: "Event", kind: "label" },
        { key: "scenario", label: "Probability, scenario", unit: "%", kind: "number" },
        { key: "preset", label: "Probability, preset", unit: "%", kind: "number" },
      ],
      rows: rows.map((p) => ({
        key: p.key,
        cells: [
          cell(p.label),
          cell(p.scenario, formatNumber(p.scenario, 1)),
          cell(p.preset, formatNumber(p.preset, 1)),
        ],
      })),
    },
  };
}

/** The scenario's landed-cost bands from a Monte Carlo run: 5th percentile, median and 95th, per supplier. */
export function buildUncertaintyBandsTable(run: UncertaintyResult): ChartTable {
  return {
    caption: "Landed cost bands, scenario (USD per tonne)",
    columns: [
      { key: "label", label: "Supplier", kind: "label" },
      { key: "p5", label: "5th percentile", unit: USD_T, kind: "number" },
      { key: "p50", label: "Median", unit: USD_T, kind: "number" },
      { key: "p95", label: "95th percentile", unit: USD_T, kind: "number" },
    ],
    rows: SUPPLIERS.map((c) => {
      const band = run.costBands[c];
      return {
        key: c,
        focus: c === "PK",
        cells: [cell(countryName(c)), cell(band.p5), cell(band.p50), cell(band.p95)],
      };
    }),
  };
}
