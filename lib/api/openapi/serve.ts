import { loadDataset } from "../../data/load";
import { quoteInput } from "../../text/visible";
import { loadModelContext } from "../model-context";
import { type FieldError } from "../dataset-query";
import { buildOpenApiDocument } from "./document";

let cached: Record<string, unknown> | undefined;

/** The OpenAPI document of this build, made once per process (it changes only with the code and the data). */
export function loadOpenApiDocument(): Record<string, unknown> {
  const { table, presets } = loadModelContext();
  cached ??= buildOpenApiDocument({ dataset: loadDataset(), table, presets });
  return cached;
}

/** GET /api/openapi.json takes no parameters: one given is named, so a client learns it changes nothing. */
export function parseOpenApiQuery(params: URLSearchParams): FieldError[] {
  return [...new Set(params.keys())].map((name) => ({
    field: name,
    message: `unknown parameter ${quoteInput(name)}; /api/openapi.json takes no parameters`,
  }));
}
