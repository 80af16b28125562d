import { cell, type ChartTable, type TableRow } from "../charts/chart-model";
import { formatNumber } from "../charts/format";
import { type Assumption, type ScenarioValues } from "../model/types";
import { type Headline } from "./lab-headlines";
import { assumptionName } from "./scenario-text";

/*
 * The tables of the lab's A/B comparison as table models (drawn by DataTable): the assumptions that differ between
 * the pinned scenario A and the scenario being edited (B), and their headline results side by side. Browser-safe.
 */

const COLUMNS = (first: string): ChartTable["columns"] => [
  { key: "label", label: first, kind: "label" },
  { key: "a", label: "A", kind: "number" },
  { key: "b", label: "B", kind: "number" },
  { key: "diff", label: "B − A", kind: "number" },
];

/** A value as the comparison shows it: a number, "on"/"off" for a switch, a choice's label. */
function valueCell(a: Assumption, x: number) {
  if (a.kind === "switch") return cell(x, x >= 0.5 ? "on" : "off");
  if (a.kind === "choice") return cell(x, a.options?.find((o) => o.value === x)?.label ?? String(x));
  return cell(x);
}

/** Every assumption whose value differs between A and B, with B − A for numbers; a row saying so if none. */
export function buildAbAssumptionsTable(
  table: readonly Assumption[],
  aValues: ScenarioValues,
  bValues: ScenarioValues,
): ChartTable {
  const changed = table.filter((a) => aValues[a.key] !== bValues[a.key]);
  const rows: TableRow[] = changed.map((a) => ({
    key: a.key,
    cells: [
      cell(assumptionName(a)),
      valueCell(a, aValues[a.key]!),
      valueCell(a, bValues[a.key]!),
      a.kind === "number" ? cell(bValues[a.key]! - aValues[a.key]!) : cell(null, ""),
    ],
  }));
  return {
    caption: `Assumptions that differ between A and B (${changed.length})`,
    columns: COLUMNS("Assumption"),
    rows: rows.length
      ? rows
      : [
          {
            key: "none",
            cells: [cell("A and B use the same assumptions."), cell(null), cell(null), cell(null)],
          },
        ],
  };
}

/** The headline results of A and B side by side, with B − A for numbers and "changed" for a changed verdict. */
export function buildAbResultsTable(
  aHeadlines: readonly Headline[],
  bHeadlines: readonly Headline[],
): ChartTable {
  return {
    caption: "Headline results, A and B",
    columns: COLUMNS("Result"),
    rows: bHeadlines.map((b) => {
      const a = aHeadlines.find((x) => x.id === b.id);
      const diff = a && a.value !== null && b.value !== null ? b.value - a.value : null;
      return {
        key: b.id,
        cells: [
          cell(b.label),
          cell(a?.value ?? null, a?.display ?? ""),
          cell(b.value, b.display),
          diff !== null
            ? cell(diff, formatNumber(diff, 2))
            : cell(null, a && a.display !== b.display ? "changed" : ""),
        ],
      };
    }),
  };
}
