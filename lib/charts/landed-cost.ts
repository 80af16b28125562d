import { countryName } from "../data/country-names";
import { type LegendItem } from "../export/figure";
import { type LandedCost } from "../model/landed-cost";
import { COMPONENT_LABELS, COST_COMPONENTS } from "../model/types";
import { type ChartMeta, ESTIMATE_LEGEND } from "./bars";
import { type BarMarker, cell, type StackedChart, type StackRow, type TableColumn } from "./chart-model";
import { formatUsd } from "./format";
import { BASELINE_COLOUR, COMPONENT_COLOURS, CONTEXT_COLOUR, SCENARIO_A_COLOUR } from "./palette";

const UNIT = "USD per tonne";
const perTonne = (x: number) => `${formatUsd(x)}/t`;

/** The totals a landed-cost chart can mark under each row, with their legend and column names. */
const MARKS = {
  baseline: { label: "Preset total", style: "baseline" },
  a: { label: "Scenario A total", style: "a" },
} as const;

export interface LandedCostInputs {
  /** Landed costs of one mineral; a country without one is named as missing. */
  costs: readonly LandedCost[];
  /** The rows, in order. */
  countries: readonly string[];
  /** The preset's total per country, marked as a dashed outline under its row. */
  baseline?: Readonly<Record<string, number>>;
  /** The pinned scenario A's total per country, marked as a thin bar under its row. */
  a?: Readonly<Record<string, number>>;
  /** Where a country's cost comes from, for the tooltips: "Model result from this scenario's assumptions". */
  provenance: (cost: LandedCost) => string;
  /** The table's caption (the title by default) and its first column's header ("Supplier" by default). */
  caption?: string;
  rowHeader?: string;
}

/**
 * Landed cost at a US port per country as stacked bars of its eight parts (labour … tariff), in US dollars per
 * tonne of the traded product, with optional totals (the preset's, scenario A's) marked under each row. Costs that
 * rest on labelled assumptions are drawn lighter and dashed. The table has one row per country: the parts, the
 * total and each marked total, so the CSV holds every number drawn.
 */
export function buildLandedCostChart(meta: ChartMeta, input: LandedCostInputs): StackedChart {
  const byCountry = new Map(input.costs.map((c) => [c.country as string, c]));
  const drawn = input.countries.flatMap((code) => {
    const cost = byCountry.get(code);
    return cost ? [cost] : [];
  });
  const marks = (["baseline", "a"] as const).flatMap((key) => {
    const totals = input[key];
    return totals ? [{ key, totals, ...MARKS[key] }] : [];
  });
  const rows = drawn.map<StackRow>((c) => {
    const label = countryName(c.country);
    const provenance = input.provenance(c);
    const markers = marks.flatMap<BarMarker>((m) => {
      const value = m.totals[c.country];
      return value === undefined
        ? []
        : [{ key: m.key, label: `${m.label} ${perTonne(value)}`, value, style: m.style }];
    });
    return {
      key: c.country,
      label,
      highlight: c.country === "PK",
      total: c.landedCostUsdPerTonne,
      totalDisplay: perTonne(c.landedCostUsdPerTonne),
      ...(markers.length ? { markers } : {}),
      segments: COST_COMPONENTS.map((part) => ({
        key: part,
        label: COMPONENT_LABELS[part],
        value: c.breakdown[part],
        display: perTonne(c.breakdown[part]),
        colour: COMPONENT_COLOURS[part] ?? CONTEXT_COLOUR,
        estimate: c.costBasis === "assumption",
        tooltip: `${label}, ${COMPONENT_LABELS[part].toLowerCase()}: ${perTonne(c.breakdown[part])} of ${perTonne(c.landedCostUsdPerTonne)}\n${provenance}`,
      })),
    };
  });
  const columns: TableColumn[] = [
    { key: "label", label: input.rowHeader ?? "Supplier", kind: "label" },
    ...COST_COMPONENTS.map((part) => ({
      key: part,
      label: COMPONENT_LABELS[part],
      unit: UNIT,
      kind: "number" as const,
    })),
    { key: "total", label: "Landed cost", unit: UNIT, kind: "number" },
    ...marks.map((m) => ({ key: m.key, label: m.label, unit: UNIT, kind: "number" as const })),
  ];
  const legend: LegendItem[] = [
    ...COST_COMPONENTS.map((part) => ({
      label: COMPONENT_LABELS[part],
      colour: COMPONENT_COLOURS[part] ?? CONTEXT_COLOUR,
    })),
    ...marks.map((m) =>
      m.style === "baseline"
        ? { label: m.label, colour: BASELINE_COLOUR, dashed: true }
        : { label: m.label, colour: SCENARIO_A_COLOUR },
    ),
    ...(drawn.some((c) => c.costBasis === "assumption") ? [ESTIMATE_LEGEND] : []),
  ];
  const describe = (c: LandedCost) => {
    const others = marks.flatMap((m) => {
      const v = m.totals[c.country];
      return v === undefined ? [] : [`${m.label} ${perTonne(v)}`];
    });
    return `${countryName(c.country)} ${perTonne(c.landedCostUsdPerTonne)}${others.length ? ` (${others.join(", ")})` : ""}`;
  };
  const missing = input.countries
    .filter((code) => !byCountry.has(code))
    .map((code) => ({ label: countryName(code), reason: "no landed-cost estimate" }));
  return {
    kind: "stacked",
    ...meta,
    notes: meta.notes ?? [],
    missing: [...(meta.missing ?? []), ...missing],
    axis: { format: "usd-compact" },
    rows,
    legend,
    alt: drawn.length
      ? `Stacked bar chart, ${meta.title}: ${drawn.map(describe).join("; ")}.`
      : `${meta.title}: no data.`,
    table: {
      caption: input.caption ?? meta.title,
      columns,
      rows: drawn.map((c) => ({
        key: c.country,
        focus: c.country === "PK",
        cells: [
          cell(countryName(c.country)),
          ...COST_COMPONENTS.map((part) => cell(c.breakdown[part])),
          cell(c.landedCostUsdPerTonne),
          ...marks.map((m) => cell(m.totals[c.country] ?? null)),
        ],
      })),
    },
  };
}
