import { z } from "zod";
import { type Dataset } from "../../data/dataset";
import { type Assumption, type Preset } from "../../model/types";
import { AssumptionsQuerySchema, AssumptionsResponseSchema } from "../schemas/assumptions";
import { DatasetEnvelopeSchema, datasetQuerySchema } from "../schemas/dataset";
import { robustnessQuerySchema, RobustnessResponseSchema } from "../schemas/robustness";
import { ScenarioResponseSchema } from "../schemas/scenario";
import {
  scenarioAssumptionsSchema,
  scenarioBodySchema,
  scenarioQuerySchema,
} from "../schemas/scenario-request";
import { MAX_BODY_BYTES } from "../scenario-request";

/** A schema the document lists once under components/schemas, by name, and refers to wherever it is used. */
export interface NamedSchema {
  name: string;
  schema: z.ZodType;
}

/**
 * One operation of the API, as the OpenAPI document and the /api page describe it. Everything a client needs is
 * here or in the zod schemas it names; `document.ts` turns it into OpenAPI, adding the answers every route shares
 * (400 and 500 with `{ errors }`, 415 for a body, 304 for an ETag).
 */
export interface ApiRoute {
  method: "get" | "post";
  /** The path as a client requests it; `app/api/<path>/route.ts` must export the method. */
  path: `/api/${string}`;
  operationId: string;
  summary: string;
  description: string;
  /** Query parameters as one strict object: each property a parameter; an object property spreads into one parameter per key, an array is comma-separated. */
  query?: z.ZodObject;
  /** A JSON request body and the most bytes the route reads. */
  body?: NamedSchema & { maxBytes: number };
  /** Schemas to list by name besides the body and the answers: parts the query and the body share. */
  shared?: NamedSchema[];
  /** The 200 answer by media type. */
  ok: Record<string, NamedSchema | z.ZodType>;
  /** The answer carries an ETag, and a matching If-None-Match gets 304 with no body. */
  etag: boolean;
  /** A request worth trying, for the curl example: its query string, or its JSON body. */
  example: { query?: string; body?: unknown };
}

/** What the routes' schemas are built from: the dataset, the assumptions table and the presets. */
export interface ApiContext {
  dataset: Dataset;
  table: readonly Assumption[];
  presets: readonly Preset[];
}

/**
 * Every route under app/api, in the order the /api page lists them. A new route is one entry here with the zod
 * schemas of its query and answer (see CONTRIBUTING.md, "The API"); `routes.test.ts` fails while a route file has
 * no entry, and the conformance test checks its real answers against the document.
 */
export function apiRoutes({ dataset, table, presets }: ApiContext): ApiRoute[] {
  const assumptions: NamedSchema = { name: "ScenarioAssumptions", schema: scenarioAssumptionsSchema(table) };
  const scenario: NamedSchema = { name: "ScenarioResponse", schema: ScenarioResponseSchema };
  const scenarioWords =
    "the normalised scenario (preset, every value after clamping, the changed values and their query string), a warning per clamped value, landed costs per country × mineral with their ten parts, US dependency 2025–2035 per mineral, claims C1–C5 with verdicts, probabilities and reasons, and Pakistan against Australia and Canada per mineral.";
  return [
    {
      method: "get",
      path: "/api/dataset",
      operationId: "getDataset",
      summary: "The dataset: countries, minerals, observations with their provenance, and sources",
      description:
        "Every observation carries value (or null with a note), unit, year, sourceId and status; USGS rows their edition. Filters narrow the observations and the countries, minerals and sources they cite; an unknown parameter or value is refused, never answered with an empty list.",
      query: datasetQuerySchema(dataset),
      ok: {
        "application/json": { name: "DatasetEnvelope", schema: DatasetEnvelopeSchema },
        "text/csv": z
          .string()
          .meta({ description: "One row per observation after a # preamble (RFC 4180, UTF-8)." }),
      },
      etag: true,
      example: { query: "mineral=copper&country=CL,PK&measure=reserves" },
    },
    {
      method: "get",
      path: "/api/assumptions",
      operationId: "getAssumptions",
      summary: "The assumptions table and the presets",
      description:
        "Every assumption's key, label, unit, group, bounds, default, low–high range, basis, source and status, and each preset with the values it changes. It takes no parameters.",
      query: AssumptionsQuerySchema,
      ok: { "application/json": { name: "AssumptionsResponse", schema: AssumptionsResponseSchema } },
      etag: true,
      example: {},
    },
    {
      method: "get",
      path: "/api/scenario",
      operationId: "getScenario",
      summary: "Results for the scenario in the query string",
      description: `The scenario page's own URL parameters. Answers ${scenarioWords}`,
      query: scenarioQuerySchema(table, presets, assumptions.schema),
      shared: [assumptions],
      ok: { "application/json": scenario },
      etag: false,
      example: { query: "crp-pk=6" },
    },
    {
      method: "post",
      path: "/api/scenario",
      operationId: "postScenario",
      summary: "Results for the scenario in a JSON body",
      description: `The same scenario as a JSON object. Answers ${scenarioWords}`,
      body: {
        name: "ScenarioBody",
        schema: scenarioBodySchema(presets, assumptions.schema),
        maxBytes: MAX_BODY_BYTES,
      },
      shared: [assumptions],
      ok: { "application/json": scenario },
      etag: false,
      example: { body: { preset: "article-framing", assumptions: { "wage-pk": 4000 } } },
    },
    {
      method: "get",
      path: "/api/robustness",
      operationId: "getRobustness",
      summary: "Where a claim's verdict turns: a grid over two assumptions",
      description:
        "One claim's point verdict for one mineral at each pair of values of two assumptions (n values each, from the slider's minimum to its maximum), everything else as the scenario parameters set it, with Pakistan's cost gap to a competitor where the claim compares costs. Each cell is a point test with the model's precision; /api/scenario's probabilities add the draws.",
      query: robustnessQuerySchema(table, presets, assumptions.schema),
      shared: [assumptions],
      ok: { "application/json": { name: "RobustnessResponse", schema: RobustnessResponseSchema } },
      etag: false,
      example: { query: "claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=21" },
    },
    {
      method: "get",
      path: "/api/openapi.json",
      operationId: "getOpenApi",
      summary: "This document: the API in OpenAPI 3.1",
      description:
        "Built from the same zod schemas the routes check requests with and type their answers by. It takes no parameters.",
      query: z.strictObject({}),
      ok: {
        "application/json": z
          .record(z.string(), z.unknown())
          .meta({ description: "An OpenAPI 3.1 document." }),
      },
      etag: true,
      example: {},
    },
  ];
}

/** The curl command that sends a route's example request to a server at `origin`. */
export function curlExample(route: ApiRoute, origin: string): string {
  const query = route.example.query ? `?${route.example.query}` : "";
  const url = `${origin}${route.path}${query}`;
  if (route.method === "get") return `curl '${url}'`;
  return `curl -X ${route.method.toUpperCase()} '${url}' -H 'content-type: application/json' -d '${JSON.stringify(route.example.body ?? {})}'`;
}
