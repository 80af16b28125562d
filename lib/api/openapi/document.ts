import { z } from "zod";
import { ObservationSchema } from "../../data/common";
import { CountrySchema } from "../../data/countries";
import { MineralSchema } from "../../data/minerals";
import { SourceSchema } from "../../data/sources";
import { URL_VERSION } from "../../url/scenario-params";
import { FieldMessageSchema, ProblemsSchema } from "../schemas/common";
import { type ApiContext, type ApiRoute, apiRoutes, type NamedSchema } from "./routes";

/** A JSON value of the document (it is served as JSON and read by the /api page). */
type Json = Record<string, unknown>;

/** Parts every answer shares, listed once by name. */
const SHARED: readonly NamedSchema[] = [
  { name: "FieldMessage", schema: FieldMessageSchema },
  { name: "Problems", schema: ProblemsSchema },
  { name: "Country", schema: CountrySchema },
  { name: "Mineral", schema: MineralSchema },
  { name: "Observation", schema: ObservationSchema },
  { name: "Source", schema: SourceSchema },
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const isNamed = (x: NamedSchema | z.ZodType): x is NamedSchema => "name" in x && "schema" in x;

/** The JSON Schemas of every named schema and of each route's query object, converted in one pass so they refer to each other by name. */
function convert(routes: readonly ApiRoute[]): {
  components: Record<string, Json>;
  queries: Map<ApiRoute, Json>;
} {
  const registry = z.registry<{ id: string }>();
  const add = ({ name, schema }: NamedSchema) => {
    if (!registry.has(schema)) registry.add(schema, { id: name });
  };
  SHARED.forEach(add);
  for (const r of routes) {
    r.shared?.forEach(add);
    if (r.body) add(r.body);
    Object.values(r.ok).filter(isNamed).forEach(add);
  }
  const queryIds = new Map(routes.flatMap((r) => (r.query ? [[r, `${r.operationId}Query`] as const] : [])));
  for (const [r, id] of queryIds) registry.add(r.query!, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => ref(id).$ref,
    unrepresentable: "throw",
  });
  const components: Record<string, Json> = {};
  for (const [id, { $schema: _, $id: __, ...schema }] of Object.entries(schemas)) components[id] = schema;
  const queries = new Map([...queryIds].map(([r, id]) => [r, components[id]!]));
  for (const id of queryIds.values()) delete components[id];
  return { components, queries };
}

/** Query parameters from a route's query object: objects spread into one parameter per key, arrays are comma-separated. */
function parameters(route: ApiRoute, query: Json | undefined, components: Record<string, Json>): Json[] {
  if (!route.query || !query) return [];
  const properties = (query.properties ?? {}) as Record<string, Json>;
  const required = new Set((query.required ?? []) as string[]);
  return Object.entries(route.query.shape).map(([name, field]) => {
    const { description, ...schema } = properties[name]!;
    // A parameter that is a named schema takes that schema's description.
    const named = typeof schema.$ref === "string" ? components[schema.$ref.split("/").pop()!] : undefined;
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    const style =
      inner instanceof z.ZodObject
        ? { style: "form", explode: true }
        : inner instanceof z.ZodArray
          ? { style: "form", explode: false }
          : {};
    return {
      name,
      in: "query",
      required: required.has(name),
      description: description ?? named?.description,
      ...style,
      schema,
    };
  });
}

const problems = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Problems") } },
});

const CACHE_HEADERS = {
  ETag: { description: "The answer's hash: send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { description: "Shared caches may keep the answer.", schema: { type: "string" } },
};

function operation(route: ApiRoute, query: Json | undefined, components: Record<string, Json>): Json {
  const content = Object.fromEntries(
    Object.entries(route.ok).map(([type, s]) => [
      type,
      { schema: isNamed(s) ? ref(s.name) : (z.toJSONSchema(s) as Json) },
    ]),
  );
  const ifNoneMatch = {
    name: "If-None-Match",
    in: "header",
    required: false,
    description: "An ETag from an earlier answer: if it still matches, the answer is 304 with no body.",
    schema: { type: "string" },
  };
  const responses: Json = {
    200: { description: route.summary, content, ...(route.etag ? { headers: CACHE_HEADERS } : {}) },
    ...(route.etag
      ? { 304: { description: "Not modified: your copy is current.", headers: CACHE_HEADERS } }
      : {}),
    400: problems(
      route.body
        ? `The body is malformed, not an object, larger than ${route.body.maxBytes / 1024} kB, or names an unknown field, preset or key or a value that is not a finite number: one error per fault.`
        : "A parameter is unknown, repeated or has an unknown value: one error per fault.",
    ),
    ...(route.body ? { 415: problems("The body was not sent as application/json.") } : {}),
    500: problems('The server failed; the error names the field "server" and no internals.'),
  };
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    parameters: [...parameters(route, query, components), ...(route.etag ? [ifNoneMatch] : [])],
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: ref(route.body.name) } } } }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every route in `apiRoutes`, its schemas converted from the routes' zod schemas. */
export function buildOpenApiDocument(ctx: ApiContext): Json {
  const routes = apiRoutes(ctx);
  const { components, queries } = convert(routes);
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method] = operation(r, queries.get(r), components);
  return {
    openapi: "3.1.1",
    info: {
      title: "Critical Minerals Opportunity Dashboard API",
      version: String(URL_VERSION),
      description:
        "The data and the model behind the dashboard, as JSON (and the dataset as CSV). Every refusal is a 4xx with { errors: [{ field, message }] } naming each fault; a method a path does not list gets 405, an unknown path 404.",
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: components },
  };
}
