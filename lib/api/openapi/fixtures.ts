/**
 * Test support: checks requests and answers against the OpenAPI document with Ajv, a JSON Schema 2020-12
 * validator independent of zod, so a schema zod converted wrongly fails as surely as an answer that drifted.
 */
import { Ajv2020, type ErrorObject } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Json = Record<string, unknown>;

const BASE = "https://openapi.test/openapi.json";
/** The document's own keys, which are not JSON Schema keywords. */
const DOCUMENT_KEYS = ["openapi", "info", "servers", "paths", "components"];

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** A checker of values against the schemas the document gives for each operation. */
export function openApiChecker(doc: Json) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const keyword of DOCUMENT_KEYS) ajv.addKeyword({ keyword });
  ajv.addSchema({ $id: BASE, ...doc });
  const check = (path: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`${BASE}#/${path}`);
    if (!validate) throw new Error(`no schema at ${path}`);
    return validate(value) ? [] : (validate.errors ?? []).map(describe);
  };
  return {
    /** Problems of an answer (empty: it conforms); throws when the document does not list the status or type. */
    answer(path: string, method: string, status: number, mediaType: string, body: unknown): string[] {
      return check(
        pointer("paths", path, method, "responses", String(status), "content", mediaType, "schema"),
        body,
      );
    },
    /** Problems of a JSON request body. */
    body(path: string, method: string, body: unknown): string[] {
      return check(
        pointer("paths", path, method, "requestBody", "content", "application/json", "schema"),
        body,
      );
    },
    /**
     * Problems of a query string read as OpenAPI serialises parameters: an array parameter is a comma-separated
     * list, an object parameter (form, explode) takes every name no other parameter has, numbers are parsed.
     */
    query(path: string, method: string, params: URLSearchParams): string[] {
      const declared = ((doc.paths as Json)[path] as Record<string, Json>)[method]!.parameters as Json[];
      const inQuery = declared
        .map((p, i): Json & { i: number } => ({ ...p, i }))
        .filter((p) => p.in === "query");
      const spread = inQuery.find((p) => p.explode === true);
      const values = new Map<number, unknown>();
      const problems: string[] = [];
      for (const name of new Set(params.keys())) {
        const all = params.getAll(name);
        const p = inQuery.find((q) => q.name === name);
        if (all.length > 1) problems.push(`${name} is given ${all.length} times`);
        if (p) values.set(p.i, readValue(all[0]!, (p.schema as Json).type === "array"));
        else if (spread)
          values.set(spread.i, { ...(values.get(spread.i) as Json), [name]: readValue(all[0]!) });
        else problems.push(`${name} is not a parameter`);
      }
      for (const p of inQuery) {
        if (p.required && !values.has(p.i)) problems.push(`${String(p.name)} is required`);
        if (values.has(p.i))
          problems.push(
            ...check(pointer("paths", path, method, "parameters", String(p.i), "schema"), values.get(p.i)),
          );
      }
      return problems;
    },
    /** Problems of a component, by name. */
    component(name: string, value: unknown): string[] {
      return check(pointer("components", "schemas", name), value);
    },
  };
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** A query value as a client would have serialised it: a list, a number, or text. */
function readValue(raw: string, list = false): unknown {
  if (list) return raw.split(",").map((v) => readValue(v));
  return NUMBER.test(raw) ? Number(raw) : raw;
}

function describe(e: ErrorObject): string {
  return `${e.instancePath || "(root)"} ${e.message ?? ""} ${JSON.stringify(e.params)}`;
}
