import { cell, type ChartTable, type HeatCategory, type HeatmapChart } from "../charts/chart-model";
import { formatNumber, formatSignedUsd } from "../charts/format";
import { VERDICT_FILLS } from "../charts/palette";
import { countryName } from "../data/country-names";
import { CLAIM_DRAWS } from "../model/claim-draws";
import { PRECISION } from "../model/claim-tests";
import { type Verdict, VERDICTS } from "../model/claims";
import { type RobustnessGrid } from "../model/robustness";
import { type Assumption } from "../model/types";
import { CLAIM_TITLES, VERDICT_LABELS } from "./claims-text";
import { type LabFrame } from "./lab";
import { assumptionName, assumptionShortName, formatAssumptionValue } from "./scenario-text";

/**
 * The lab's robustness map as a chart model: one claim's point verdict for one mineral over a grid of two
 * assumptions (GET /api/robustness), with where the scenario sits. Browser-safe, like lab.ts.
 */

/** A symbol per verdict, drawn in each cell so that the map does not rest on colour alone. */
const SYMBOLS: Record<Verdict, string> = {
  holds: "✓",
  mixed: "±",
  "does-not-hold": "✗",
  "not-enough-data": "?",
};

export const VERDICT_CATEGORIES: readonly HeatCategory[] = VERDICTS.map((v) => ({
  key: v,
  label: VERDICT_LABELS[v],
  colour: VERDICT_FILLS[v],
  symbol: SYMBOLS[v],
}));

/** A grid as the API answers it, with where the scenario sits on each axis. */
export interface RobustnessAnswer extends RobustnessGrid {
  scenario: { x: number; y: number };
}

/**
 * Where `value` falls among sorted axis values, in cell units (0: the first value's centre), interpolated between
 * neighbours; the nearest value for a choice or a value off the axis.
 */
export function axisPosition(values: readonly number[], value: number): number {
  if (values.length < 2 || value <= values[0]!) return 0;
  for (let i = 1; i < values.length; i++)
    if (value <= values[i]!) return i - 1 + (value - values[i - 1]!) / (values[i]! - values[i - 1]!);
  return values.length - 1;
}

const gapText = (gap: number | null, competitor: string) =>
  gap === null ? "no cost gap" : `Pakistan ${formatSignedUsd(gap)}/t against ${competitor}`;

/** The map's chart model. `x` and `y` are the two assumptions the grid's axes are keyed by. */
export function buildRobustnessChart(
  grid: RobustnessAnswer,
  x: Assumption,
  y: Assumption,
  mineralName: string,
  f: LabFrame,
): HeatmapChart {
  const name = mineralName.toLowerCase();
  const competitor = countryName(grid.competitor);
  const claim = `${grid.claim} ${CLAIM_TITLES[grid.claim]}`;
  const xLabel = (v: number) => formatAssumptionValue(x, v);
  const yLabel = (v: number) => formatAssumptionValue(y, v);
  const cells = grid.cells.map((column, i) =>
    column.map((c, j) => ({
      category: c.verdict,
      tooltip: `${assumptionShortName(x)} ${xLabel(grid.x.values[i]!)}, ${assumptionShortName(y)} ${yLabel(grid.y.values[j]!)}: ${VERDICT_LABELS[c.verdict]}; ${gapText(c.gap, competitor)}`,
    })),
  );
  const counts = new Map<Verdict, number>();
  for (const c of grid.cells.flat()) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const total = grid.x.values.length * grid.y.values.length;
  const present = VERDICT_CATEGORIES.filter((c) => counts.has(c.key as Verdict));
  const flat = present.length === 1;
  const here = `${assumptionShortName(x)} ${xLabel(grid.scenario.x)}, ${assumptionShortName(y)} ${yLabel(grid.scenario.y)}`;
  const table: ChartTable = {
    caption: `${claim}, ${name}: the verdict at each pair of values`,
    columns: [
      { key: "x", label: assumptionShortName(x), unit: x.unit, kind: "number" },
      { key: "y", label: assumptionShortName(y), unit: y.unit, kind: "number" },
      { key: "verdict", label: "Verdict", kind: "text" },
      { key: "gap", label: `Pakistan minus ${competitor}`, unit: "USD per tonne", kind: "number" },
    ],
    rows: grid.cells.flatMap((column, i) =>
      column.map((c, j) => ({
        key: `${i}-${j}`,
        cells: [
          cell(grid.x.values[i]!, xLabel(grid.x.values[i]!)),
          cell(grid.y.values[j]!, yLabel(grid.y.values[j]!)),
          cell(VERDICT_LABELS[c.verdict]),
          cell(
            c.gap === null ? null : Math.round(c.gap),
            c.gap === null ? "—" : `${formatSignedUsd(c.gap)}/t`,
          ),
        ],
      })),
    ),
  };
  return {
    kind: "heatmap",
    id: "robustness",
    title: `Where the verdict turns: ${claim}, ${name}`,
    subtitle: `The verdict at each pair of values of ${assumptionName(x)} and ${assumptionName(y)}, everything else as in this scenario; the ring is this scenario.`,
    x: { title: assumptionName(x), labels: grid.x.values.map(xLabel) },
    y: { title: assumptionName(y), labels: grid.y.values.map(yLabel) },
    categories: VERDICT_CATEGORIES,
    cells,
    marker: {
      x: axisPosition(grid.x.values, grid.scenario.x),
      y: axisPosition(grid.y.values, grid.scenario.y),
      label: `This scenario: ${here}`,
    },
    legend: present.map((c) => ({ label: `${c.symbol} ${c.label}`, colour: c.colour })),
    table,
    alt: `Heat map of ${claim} for ${name} over ${assumptionShortName(x)} and ${assumptionShortName(y)}: ${present.map((c) => `${c.label.toLowerCase()} in ${counts.get(c.key as Verdict)} of ${total} cells`).join(", ")}. This scenario sits at ${here}.`,
    sources: f.sources,
    notes: [
      `Each cell is the claim's point test with the model's precision: a cost margin within ${PRECISION.costPct} % of cost, or a share within ${PRECISION.chinaCutPp} points, reads mixed. The verdicts above add ${formatNumber(CLAIM_DRAWS)} draws of the other assumptions.`,
      ...(flat
        ? [
            `Neither assumption moves this verdict here${grid.claim === "C1" || grid.claim === "C3" ? ": the claim rests on published data alone" : ""}.`,
          ]
        : []),
    ],
    missing: [],
    scenario: f.scenario,
    changes: f.changes,
    mineral: mineralName,
    method: { href: "/sources#method-claims", label: "How the claims are judged" },
  };
}
