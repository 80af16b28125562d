import { cell, type ChartTable, type TableColumn } from "../charts/chart-model";
import { loadModelContext } from "../api/model-context";
import { loadDataset } from "../data/load";
import { loadOpenApiDocument } from "../api/openapi/serve";
import { apiRoutes, curlExample } from "../api/openapi/routes";

/**
 * /api: the API for people, read from the OpenAPI document (what a parameter takes, what each answer is) so the
 * page says what the document says. Server only (it loads the dataset).
 */

type Json = Record<string, unknown>;

/** Where the curl examples send their requests: the address `npm start` serves. */
export const EXAMPLE_ORIGIN = "http://localhost:3000";

/** One operation as the page shows it. */
export interface ApiOperationView {
  id: string;
  /** "GET /api/dataset". */
  title: string;
  summary: string;
  description: string;
  curl: string;
  parameters: ChartTable | null;
  /** The JSON body's fields, if it takes one. */
  body: ChartTable | null;
  /** The keys of an object in the query or the body (the scenario's assumptions), as their own table. */
  spread: ChartTable | null;
  responses: ChartTable;
}

export interface ApiDocsView {
  title: string;
  version: string;
  description: string;
  operations: ApiOperationView[];
}

const MAX_VALUES = 80;

/** A schema's type in words: "list of text", "number from 0 to 40", "ScenarioAssumptions". */
export function typeText(schema: Json): string {
  if (typeof schema.$ref === "string") return `object (${schema.$ref.split("/").pop()})`;
  if (schema.type === "array") return `comma-separated list of ${typeText(schema.items as Json)}`;
  if (schema.enum) return "text";
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined
      ? ` from ${schema.minimum} to ${schema.maximum}`
      : "";
  const maxLength = schema.maxLength !== undefined ? ` of at most ${schema.maxLength} characters` : "";
  const type =
    schema.type === "integer" ? "whole number" : schema.type === "string" ? "text" : String(schema.type);
  return `${type}${range}${maxLength}`;
}

/** The values a schema allows, where it lists them. */
function valuesText(schema: Json): string {
  const values = (schema.enum ?? (schema.items as Json | undefined)?.enum) as unknown[] | undefined;
  if (!values) return "";
  const shown = values.slice(0, MAX_VALUES).join(", ");
  return values.length > MAX_VALUES ? `${shown}, … (${values.length} in all)` : shown;
}

const PARAMETER_COLUMNS: TableColumn[] = [
  { key: "name", label: "Parameter", kind: "label" },
  { key: "in", label: "In", kind: "text" },
  { key: "type", label: "Type", kind: "text" },
  { key: "required", label: "Required", kind: "text" },
  { key: "values", label: "Values", kind: "text" },
  { key: "description", label: "What it does", kind: "text" },
];

function parametersTable(title: string, parameters: Json[]): ChartTable | null {
  if (!parameters.length) return null;
  return {
    caption: `Parameters of ${title}`,
    columns: PARAMETER_COLUMNS,
    rows: parameters.map((p) => {
      const schema = p.schema as Json;
      return {
        key: `${p.in}:${p.name}`,
        cells: [
          cell(String(p.name)),
          cell(String(p.in)),
          cell(typeText(schema)),
          cell(p.required ? "yes" : "no"),
          cell(valuesText(schema)),
          cell(String(p.description ?? "")),
        ],
      };
    }),
  };
}

/** The properties of an object schema (a named one is looked up) as a table: key, type and what it does. */
function propertiesTable(caption: string, schema: Json, components: Record<string, Json>): ChartTable {
  const named = typeof schema.$ref === "string" ? components[schema.$ref.split("/").pop()!]! : schema;
  const properties = (named.properties ?? {}) as Record<string, Json>;
  const required = new Set((named.required ?? []) as string[]);
  return {
    caption,
    columns: [
      { key: "key", label: "Key", kind: "label" },
      { key: "type", label: "Type", kind: "text" },
      { key: "required", label: "Required", kind: "text" },
      { key: "description", label: "What it sets", kind: "text" },
    ],
    rows: Object.entries(properties).map(([key, s]) => ({
      key,
      cells: [
        cell(key),
        cell(typeText(s)),
        cell(required.has(key) ? "yes" : "no"),
        cell(String(s.description ?? "")),
      ],
    })),
  };
}

/** The object a request spreads into keys of its own: an exploded query parameter, or an object in the body. */
function spreadTable(title: string, parameters: Json[], body: Json | null, components: Record<string, Json>) {
  const spread = parameters.find((p) => p.explode === true);
  const inBody = Object.entries((body?.properties ?? {}) as Record<string, Json>).find(
    ([, s]) => typeof s.$ref === "string",
  );
  const [name, schema] = spread ? [String(spread.name), spread.schema as Json] : (inBody ?? [null, null]);
  if (!name || !schema) return null;
  return propertiesTable(`Keys of "${name}" in ${title}`, schema, components);
}

function responsesTable(title: string, responses: Record<string, Json>): ChartTable {
  return {
    caption: `Answers of ${title}`,
    columns: [
      { key: "status", label: "Status", kind: "label" },
      { key: "type", label: "Media type", kind: "code" },
      { key: "schema", label: "Body", kind: "text" },
      { key: "description", label: "When", kind: "text" },
    ],
    rows: Object.entries(responses).map(([status, r]) => {
      const content = Object.entries((r.content ?? {}) as Record<string, Json>);
      const schemaName = ([, c]: [string, Json]) => {
        const s = c.schema as Json;
        return typeof s.$ref === "string" ? s.$ref.split("/").pop()! : String(s.description ?? typeText(s));
      };
      return {
        key: status,
        cells: [
          cell(status),
          cell(content.map(([type]) => type).join(", ") || "—"),
          cell(content.map(schemaName).join("; ") || "no body"),
          cell(String(r.description)),
        ],
      };
    }),
  };
}

/** The /api page's view: every operation of the OpenAPI document with its parameters, answers and a curl example. */
export function buildApiDocsView(): ApiDocsView {
  const doc = loadOpenApiDocument();
  const info = doc.info as Json;
  const components = (doc.components as { schemas: Record<string, Json> }).schemas;
  const { table, presets } = loadModelContext();
  const routes = apiRoutes({ dataset: loadDataset(), table, presets });
  const operations = routes.map((route) => {
    const op = (doc.paths as Record<string, Record<string, Json>>)[route.path]![route.method]!;
    const title = `${route.method.toUpperCase()} ${route.path}`;
    const parameters = (op.parameters ?? []) as Json[];
    const bodySchema = (op.requestBody as { content: Record<string, { schema: Json }> } | undefined)?.content[
      "application/json"
    ]?.schema;
    const body = bodySchema ? (components[String(bodySchema.$ref).split("/").pop()!] ?? bodySchema) : null;
    return {
      id: String(op.operationId),
      title,
      summary: String(op.summary),
      description: String(op.description),
      curl: curlExample(route, EXAMPLE_ORIGIN),
      parameters: parametersTable(title, parameters),
      body: body ? propertiesTable(`Body of ${title} (JSON)`, body, components) : null,
      spread: spreadTable(title, parameters, body, components),
      responses: responsesTable(title, op.responses as Record<string, Json>),
    };
  });
  return {
    title: String(info.title),
    version: String(info.version),
    description: String(info.description),
    operations,
  };
}
