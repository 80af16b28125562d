import { type FieldError } from "./dataset-query";
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
