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
    /** Problems of a component, by name. */
    component(name: string, value: unknown): string[] {
      return check(pointer("components", "schemas", name), value);
    },
  };
}

function describe(e: ErrorObject): string {
  return `${e.instancePath || "(root)"} ${e.message ?? ""} ${JSON.stringify(e.params)}`;
}
