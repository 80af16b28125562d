import { describePreset } from "../views/scenario-text";
import { type FieldError } from "./dataset-query";
import { type ModelContext } from "../model/context";
import { GROUP_LABELS } from "../model/types";
import { quoteInput } from "../text/visible";
import { type AssumptionsResponse } from "./schemas/assumptions";

/**
 * GET /api/assumptions takes no parameters: the table is the same for every request. A parameter is named as an
 * error rather than ignored, so a client that expects it to filter learns that it does not.
 */
export function parseAssumptionsQuery(params: URLSearchParams): FieldError[] {
  const names = [...new Set(params.keys())];
  return names.map((name) => ({
    field: name,
    message: `unknown parameter ${quoteInput(name)}; /api/assumptions takes no parameters (filter the table on your side)`,
  }));
}

/**
 * The answer of GET /api/assumptions: every row of the assumptions table, fields in the order of `Assumption`
 * with the group's label after the group, and the presets.
 */
export function toAssumptionsAnswer({
  table,
  presets,
}: Pick<ModelContext, "table" | "presets">): AssumptionsResponse {
  return {
    assumptions: table.map(({ key, label, unit, group, ...rest }) => ({
      key,
      label,
      unit,
      group,
      groupLabel: GROUP_LABELS[group],
      ...rest,
    })),
    // Each preset's description is written from the values it sets.
    presets: presets.map((p) => ({
      id: p.id,
      label: p.label,
      description: describePreset(table, p).text,
      values: p.values,
    })),
  };
}
