import { STATUS_LABELS } from "../data/constants";
import { countryName } from "../data/country-names";
import { type LegendItem } from "../export/figure";
import { type LandedCost } from "../model/landed-cost";
import { COMPONENT_LABELS, COST_COMPONENTS } from "../model/types";
import { type ChartMeta } from "./bars";
import { type BarMarker, cell, type StackedChart, type StackRow, type TableColumn } from "./chart-model";
import { formatUsd } from "./format";
import { BASELINE_COLOUR, COMPONENT_COLOURS, SCENARIO_A_COLOUR } from "./palette";

/**
 * The landed cost at a US port as stacked bars, one row per country and one segment per part (labour … tariff),
 * in US dollars per tonne of the traded product: the supplier comparison's chart and the lab's, where each row
 * also carries the preset's total and a pinned scenario A's as markers.
 */

/** Where a landed cost comes from, for tooltips: the model, and whether its cost inputs are sourced or assumed. */
export function landedCostProvenance(cost: LandedCost): string {
  return cost.costBasis === "sourced"
    ? `Our landed-cost model, inputs from cited operations (2024) · ${STATUS_LABELS.derived}`
    : `Our landed-cost model, cost inputs assumed from the 2024 price · ${STATUS_LABELS.assumption}`;
}

export interface LandedCostInputs {
  /** Landed costs (a scenario's, any countries and minerals): the chart takes the mineral's, country by country. */
  costs: readonly LandedCost[];
  mineral: string;
  /** The rows, in order; a country with no landed cost for the mineral is named as missing. */
  countries: readonly string[];
  /** The preset's total per country code, drawn as a dashed outline under the row. */
  baselineTotals?: Readonly<Record<string, number>>;
  /** A pinned scenario A's total per country code, drawn as a thin bar under the row. */
  aTotals?: Readonly<Record<string, number>>;
}

/** Column labels of the chart's table (and CSV), where a page words them its own way. */
export interface LandedCostLabels {
  /** The row header column: "Country" (default), "Supplier". */
  row: string;
  /** The total: "Landed cost" (default). */
  total: string;
  /** The preset's total: "Preset landed cost" (default). */
  baseline: string;
  /** Scenario A's total: "Scenario A landed cost" (default). */
  a: string;
}

const DEFAULT_LABELS: LandedCostLabels = {
  row: "Country",
  total: "Landed cost",
  baseline: "Preset landed cost",
  a: "Scenario A landed cost",
};

const UNIT = "USD per tonne";
const perTonne = (x: number) => `${formatUsd(x)}/t`;

/** Generated alt text: each row's total, its parts and its markers. */
export function describeLandedCost(
  title: string,
  rows: readonly StackRow[],
  missing: readonly { label: string; reason: string }[],
): string {
  if (!rows.length) return `${title}: no data.`;
  const described = rows.map((r) => {
    const parts = r.segments
      .filter((s) => s.value > 0)
      .map((s) => `${s.label} ${s.display}`)
      .join(", ");
    const markers = (r.markers ?? []).map((m) => `; ${m.label} ${perTonne(m.value)}`).join("");
    return `${r.label}: ${r.totalDisplay} (${parts}${markers})`;
  });
  const gaps = missing.length
    ? ` Not shown: ${missing.map((m) => `${m.label} (${m.reason})`).join("; ")}.`
    : "";
  return `Stacked bar chart, ${title}. ${described.join("; ")}.${gaps}`;
}

/**
 * The landed-cost chart: its rows, a legend of the eight parts (and of the markers drawn), and a table (the CSV)
 * of each country's parts, total and marker totals. Parts that rest on labelled assumptions are drawn lighter
 * and dashed.
 */
export function buildLandedCostChart(
  meta: ChartMeta & { caption?: string },
  inputs: LandedCostInputs,
  labels: Partial<LandedCostLabels> = {},
): StackedChart {
  const words = { ...DEFAULT_LABELS, ...labels };
  const { caption, ...chartMeta } = meta;
  const byCountry = new Map(
    inputs.costs.filter((c) => c.mineral === inputs.mineral).map((c) => [c.country as string, c]),
  );
  const drawn = inputs.countries
    .map((code) => byCountry.get(code))
    .filter((c): c is LandedCost => c !== undefined);
  const missing = inputs.countries
    .filter((code) => !byCountry.has(code))
    .map((code) => ({ label: countryName(code), reason: "no cost model for this country" }));
  const hasBaseline = drawn.some((c) => inputs.baselineTotals?.[c.country] !== undefined);
  const hasA = drawn.some((c) => inputs.aTotals?.[c.country] !== undefined);

  const rows = drawn.map<StackRow>((c) => {
    const label = countryName(c.country);
    const provenance = landedCostProvenance(c);
    const markers: BarMarker[] = [];
    const baseline = inputs.baselineTotals?.[c.country];
    const a = inputs.aTotals?.[c.country];
    if (baseline !== undefined)
      markers.push({ key: "baseline", label: "preset total", value: baseline, style: "baseline" });
    if (a !== undefined) markers.push({ key: "a", label: "scenario A total", value: a, style: "a" });
    return {
      key: c.country,
      label,
      highlight: c.country === "PK",
      total: c.landedCostUsdPerTonne,
      totalDisplay: perTonne(c.landedCostUsdPerTonne),
      segments: COST_COMPONENTS.map((part) => ({
        key: part,
        label: COMPONENT_LABELS[part],
        value: c.breakdown[part],
        display: perTonne(c.breakdown[part]),
        colour: COMPONENT_COLOURS[part]!,
        estimate: c.costBasis === "assumption",
        tooltip: `${label}, ${COMPONENT_LABELS[part].toLowerCase()}: ${perTonne(c.breakdown[part])}\n${provenance}`,
      })),
      ...(markers.length ? { markers } : {}),
    };
  });

  const legend: LegendItem[] = [
    ...COST_COMPONENTS.map((part) => ({ label: COMPONENT_LABELS[part], colour: COMPONENT_COLOURS[part]! })),
    ...(drawn.some((c) => c.costBasis === "assumption")
      ? [{ label: "Lighter with a dashed outline: an assumption", colour: BASELINE_COLOUR, dashed: true }]
      : []),
    ...(hasBaseline ? [{ label: "Preset total", colour: BASELINE_COLOUR, dashed: true }] : []),
    ...(hasA ? [{ label: "Scenario A total", colour: SCENARIO_A_COLOUR }] : []),
  ];
  const columns: TableColumn[] = [
    { key: "country", label: words.row, kind: "label" },
    ...COST_COMPONENTS.map<TableColumn>((part) => ({
      key: part,
      label: COMPONENT_LABELS[part],
      unit: UNIT,
      kind: "number",
    })),
    { key: "total", label: words.total, unit: UNIT, kind: "number" },
    ...(hasBaseline ? [{ key: "baseline", label: words.baseline, unit: UNIT, kind: "number" } as const] : []),
    ...(hasA ? [{ key: "a", label: words.a, unit: UNIT, kind: "number" } as const] : []),
  ];
  return {
    kind: "stacked",
    ...chartMeta,
    notes: chartMeta.notes ?? [],
    missing: [...(chartMeta.missing ?? []), ...missing],
    axis: { format: "usd-compact" },
    rows,
    legend,
    alt: describeLandedCost(chartMeta.title, rows, missing),
    table: {
      caption: caption ?? chartMeta.title,
      columns,
      rows: drawn.map((c) => ({
        key: c.country,
        focus: c.country === "PK",
        cells: [
          cell(countryName(c.country)),
          ...COST_COMPONENTS.map((part) => cell(c.breakdown[part])),
          cell(c.landedCostUsdPerTonne),
          ...(hasBaseline ? [cell(inputs.baselineTotals?.[c.country] ?? null)] : []),
          ...(hasA ? [cell(inputs.aTotals?.[c.country] ?? null)] : []),
        ],
      })),
    },
  };
}
