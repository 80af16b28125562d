import { type FieldError } from "./dataset-query";
import { type ModelContext } from "../model/context";
import { GROUP_LABELS } from "../model/types";
import { quoteInput } from "../text/visible";

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
 * The answer of GET /api/assumptions: every row of the assumptions table with its group's label, and the presets.
 * Fields are listed one by one so the answer's shape is this contract, not whatever the table's rows carry.
 */
export function toAssumptionsAnswer({ table, presets }: Pick<ModelContext, "table" | "presets">) {
  return {
    assumptions: table.map((a) => ({
      key: a.key,
      label: a.label,
      unit: a.unit,
      group: a.group,
      groupLabel: GROUP_LABELS[a.group],
      country: a.country,
      mineral: a.mineral,
      kind: a.kind,
      min: a.min,
      max: a.max,
      step: a.step,
      default: a.default,
      low: a.low,
      high: a.high,
      basis: a.basis,
      sourceId: a.sourceId,
      status: a.status,
      ...(a.options ? { options: a.options } : {}),
    })),
    presets,
  };
}
