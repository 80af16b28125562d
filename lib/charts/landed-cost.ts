import { STATUS_LABELS } from "../data/constants";
import { countryName } from "../data/country-names";
import { type LegendItem } from "../export/figure";
import { ROUTE_LABELS } from "../model/keys";
import { type LandedCost } from "../model/landed-cost";
import { COMPONENT_LABELS, COST_COMPONENTS } from "../model/types";
import { type ChartMeta } from "./bars";
import {
  type BarMarker,
  cell,
  sourceCell,
  type StackedChart,
  type StackRow,
  type TableColumn,
} from "./chart-model";
import { type ChartContext } from "./context";
import { formatTick, formatUsd, roundPartsToTotal } from "./format";
import { BASELINE_COLOUR, COMPONENT_COLOURS, SCENARIO_A_COLOUR } from "./palette";

/**
 * The landed cost at a US port as stacked bars, one row per country and one segment per part (labour … by-product
 * credit, drawn left of zero), in US dollars per tonne of the product the US imports: the supplier comparison's
 * chart, where each row can also carry the preset's total and a pinned scenario A's as markers. Each row names the
 * operation its cost is built from and where the product is processed.
 */

/** Where a landed cost comes from, for tooltips: the model, and whether its cost inputs are sourced or assumed. */
export function landedCostProvenance(cost: LandedCost): string {
  return cost.costBasis === "sourced"
    ? `Our landed-cost model, inputs from cited operations (2024) · ${STATUS_LABELS.derived}`
    : `Our landed-cost model, cost inputs assumed from the 2024 price · ${STATUS_LABELS.assumption}`;
}

/** A country in running text: "Pakistan", "the United States". */
export function countryInText(code: string): string {
  return code === "US" ? "the United States" : countryName(code);
}

/** "Pakistan's", "the United States'". */
export function countryPossessive(code: string): string {
  const name = countryInText(code);
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

/**
 * How a cost row is built, in words: "Pakistan's own operation", "scaled from an operation in Canada to …", or,
 * for minerals without a sourced operation, "assumed from the 2024 price".
 */
export function referenceBasis(cost: LandedCost): string {
  const r = cost.reference;
  if (r.reportedCostUsdPerTonne === null) return "assumed from the 2024 price (no sourced operation)";
  return r.scaled
    ? `scaled from an operation in ${countryInText(r.country)} to ${countryPossessive(cost.country)} wages, productivity and energy prices`
    : `${countryPossessive(cost.country)} own operation`;
}

/** The short form of referenceBasis for a table column: "own operation", "scaled from Canada", "assumed". */
export function referenceBasisShort(cost: LandedCost): string {
  const r = cost.reference;
  if (r.reportedCostUsdPerTonne === null) return "assumed";
  return r.scaled ? `scaled from ${countryName(r.country)}` : "own operation";
}

/**
 * Where the mine's product is turned into the product the US imports: "In Pakistan" (at home), "In China", "In
 * the United States", "In a third country"; "no processing step" where the mine sells that product.
 */
export function processedIn(cost: LandedCost, hasProcessingStep: boolean): string {
  if (!hasProcessingStep) return "no processing step";
  const { location } = cost.processing;
  return location === "domestic" ? `In ${countryInText(cost.country)}` : ROUTE_LABELS[location];
}

/** A reference operation's reported cost in its own unit: "US$4,440 per t payable copper". */
export function reportedCostText(value: number, unit: string): string {
  return `${formatUsd(value)} ${unit.replace(/^USD /, "")}`;
}

export interface LandedCostInputs {
  /** Landed costs (a scenario's, any countries and minerals): the chart takes the mineral's, country by country. */
  costs: readonly LandedCost[];
  mineral: string;
  /**
   * Name what each cost is built on (the supplier comparison): the reference operation, the source of its cost,
   * own or scaled and where the product is processed, as table columns, and the product's unit in the headers.
   * Left out, the table holds the parts and totals in USD per tonne.
   */
  basis?: {
    /** Does the mineral have a processing step between mine and product (smelting, conversion, separation)? */
    hasProcessingStep: boolean;
    cite: ChartContext["cite"];
  };
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

const perTonne = (x: number) => `${formatUsd(x)}/t`;

/** The columns that say what each cost is built on, when the chart is asked to name it. */
const BASIS_COLUMNS: readonly TableColumn[] = [
  { key: "reference", label: "Reference operation", kind: "text" },
  { key: "reference-source", label: "Source of its cost", kind: "source" },
  { key: "built-from", label: "Own or scaled", kind: "text" },
  { key: "processed-in", label: "Where it is processed", kind: "text" },
];

/** Generated alt text: each row's total, its parts and its markers. */
export function describeLandedCost(
  title: string,
  rows: readonly StackRow[],
  missing: readonly { label: string; reason: string }[],
): string {
  if (!rows.length) return `${title}: no data.`;
  const described = rows.map((r) => {
    // Every part that is not zero, the by-product credit (negative) included.
    const parts = r.segments
      .filter((s) => s.value !== 0)
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
 * The landed-cost chart: its rows, a legend of the ten parts (and of the markers drawn), and a table (the CSV) of
 * each country's ten parts, total and marker totals, with (when `basis` is given) its reference operation, the
 * source of its cost, whether it is the country's own or scaled and where the product is processed, in USD per
 * tonne of the product (its unit in the headers). The table shows the parts rounded so that they add up to the total shown; the CSV keeps them exact.
 * Parts that rest on labelled assumptions are drawn lighter and dashed.
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
  const { basis } = inputs;
  const unit = basis && drawn[0] ? `USD per ${drawn[0].product.unit}` : "USD per tonne";
  const shown = new Map(
    drawn.map((c) => [
      c.country,
      roundPartsToTotal(
        COST_COMPONENTS.map((part) => c.breakdown[part]),
        c.landedCostUsdPerTonne,
      ),
    ]),
  );

  const rows = drawn.map<StackRow>((c) => {
    const label = countryName(c.country);
    const provenance = `Built from ${c.reference.name}: ${referenceBasis(c)}\n${landedCostProvenance(c)}`;
    const parts = shown.get(c.country)!;
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
      segments: COST_COMPONENTS.map((part, i) => ({
        key: part,
        label: COMPONENT_LABELS[part],
        value: c.breakdown[part],
        display: perTonne(parts[i]!),
        colour: COMPONENT_COLOURS[part]!,
        estimate: c.costBasis === "assumption",
        tooltip: `${label}, ${COMPONENT_LABELS[part].toLowerCase()}: ${perTonne(parts[i]!)}\n${provenance}`,
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
    ...(basis ? BASIS_COLUMNS : []),
    ...COST_COMPONENTS.map<TableColumn>((part) => ({
      key: part,
      label: COMPONENT_LABELS[part],
      unit,
      kind: "number",
    })),
    { key: "total", label: words.total, unit, kind: "number" },
    ...(hasBaseline ? [{ key: "baseline", label: words.baseline, unit, kind: "number" } as const] : []),
    ...(hasA ? [{ key: "a", label: words.a, unit, kind: "number" } as const] : []),
  ];
  const optional = (x: number | undefined) =>
    x === undefined ? cell(null) : cell(x, formatTick("number", x));
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
          ...(basis
            ? [
                cell(c.reference.name),
                sourceCell(c.reference.sourceId, basis.cite(c.reference.sourceId)),
                cell(referenceBasisShort(c)),
                cell(processedIn(c, basis.hasProcessingStep)),
              ]
            : []),
          ...COST_COMPONENTS.map((part, i) =>
            cell(c.breakdown[part], formatTick("number", shown.get(c.country)![i]!)),
          ),
          cell(c.landedCostUsdPerTonne, formatTick("number", Math.round(c.landedCostUsdPerTonne))),
          ...(hasBaseline ? [optional(inputs.baselineTotals?.[c.country])] : []),
          ...(hasA ? [optional(inputs.aTotals?.[c.country])] : []),
        ],
      })),
    },
  };
}
