import { CONFIDENT, DOUBTFUL } from "../model/claim-draws";
import { computeComparisons } from "../model/comparisons";
import { type ModelContext } from "../model/context";
import { describeJsonError, quoteInput } from "../text/visible";
import {
  computeCosts,
  type FieldMessage,
  type NormalisedScenario,
  normaliseScenario,
  runScenario,
  type ScenarioInput,
} from "../model/scenario";
import { readLabView } from "../url/lab-state";
import { nameRetiredKeys } from "../url/retired-keys";
import { parseScenarioParams, serializeScenarioParams, VIEW_PARAMS } from "../url/scenario-params";
import { describeClaims } from "../views/claims-text";
import { type Problems } from "./schemas/common";
import { type ScenarioResponse } from "./schemas/scenario";

export type ApiOutcome<T> = { status: 200; body: T } | { status: 400 | 415; body: Problems };

/** Request bodies larger than this are refused (a scenario with every key set is about 5 kB). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Results of recent scenarios, by their query string: the model is deterministic, so a repeat costs a lookup. */
const MAX_MEMO = 200;
const memo = new Map<string, Omit<ScenarioResponse, "scenario" | "warnings">>();

function results(ctx: ModelContext, scenario: NormalisedScenario, query: string) {
  let hit = memo.get(query);
  if (!hit) {
    const costs = computeCosts(ctx.data, scenario.values);
    const preset = ctx.presets.find((p) => p.id === scenario.preset);
    // What the preset sets is a statement of the scenario, not an uncertainty: it is never drawn.
    const { probabilities, ...result } = runScenario(ctx.data, scenario.values, {
      table: ctx.table,
      fixed: new Set(Object.keys(preset?.values ?? {})),
      comparisons: true,
    });
    hit = {
      ...result,
      montecarlo: {
        draws: probabilities!.draws,
        seed: probabilities!.seed,
        holdsAtLeast: CONFIDENT,
        doesNotHoldAtMost: DOUBTFUL,
      },
      claims: describeClaims(result),
      comparisons: computeComparisons(ctx.data, ctx.table, scenario.values, costs, undefined, probabilities),
    };
    if (memo.size >= MAX_MEMO) memo.delete(memo.keys().next().value!);
    memo.set(query, hit);
  }
  return hit;
}

function respond(
  ctx: ModelContext,
  input: ScenarioInput,
  earlierWarnings: FieldMessage[] = [],
): ApiOutcome<ScenarioResponse> {
  const normalised = normaliseScenario(ctx.table, ctx.presets, input);
  if (!normalised.ok)
    return { status: 400, body: { errors: normalised.errors, warnings: normalised.warnings } };
  const { scenario } = normalised;
  const query = serializeScenarioParams(scenario, ctx.table).toString();
  return {
    status: 200,
    body: {
      scenario: { ...scenario, query },
      warnings: [...earlierWarnings, ...normalised.warnings],
      ...results(ctx, scenario, query),
    },
  };
}

/** GET /api/scenario?preset=…&<key>=<number>: the same parameters as the scenario page's URL. */
export function handleScenarioQuery(
  ctx: ModelContext,
  params: URLSearchParams,
): ApiOutcome<ScenarioResponse> {
  const parsed = parseScenarioParams(params, ctx.table, ctx.presets, {
    strict: true,
    extraParams: VIEW_PARAMS,
  });
  // The page's view parameters (mineral, competitor, …, pinned scenario A) are accepted so that a page URL works as
  // an API query. They do not change the results, but a bad one is refused like any other bad parameter.
  const { rawA, problems } = readLabView(params, ctx.table);
  const errors = [...parsed.errors, ...problems.map(({ field, message }) => ({ field, message }))];
  if (rawA !== null) {
    const pinned = parseScenarioParams(new URLSearchParams(rawA), ctx.table, ctx.presets, { strict: true });
    errors.push(...pinned.errors.map((e) => ({ field: `a.${e.field}`, message: e.message })));
  }
  if (errors.length) return { status: 400, body: { errors } };
  return respond(ctx, parsed.input, parsed.warnings);
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * A POST body must be sent as JSON. A missing Content-Type is read as JSON (some clients omit it); any other type
 * gets 415 naming the header, so `curl -d` without `-H 'content-type: application/json'` learns what to add.
 */
export function checkContentType(contentType: string | null): ApiOutcome<never> | null {
  if (contentType === null || JSON_MEDIA_TYPE.test(contentType.split(";")[0]!.trim())) return null;
  return {
    status: 415,
    body: {
      errors: [
        {
          field: "content-type",
          message: `send the body as JSON with "Content-Type: application/json", not ${quoteInput(contentType, 60)}`,
        },
      ],
    },
  };
}

const BODY_KEYS = new Set(["preset", "assumptions"]);

/** POST /api/scenario with `{ "preset"?: string, "assumptions"?: { [key]: number } }`. */
export function handleScenarioBody(ctx: ModelContext, text: string): ApiOutcome<ScenarioResponse> {
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    return {
      status: 400,
      body: { errors: [{ field: "body", message: `the body is larger than ${MAX_BODY_BYTES / 1024} kB` }] },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      status: 400,
      body: { errors: [{ field: "body", message: `malformed JSON: ${describeJsonError(error)}` }] },
    };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return {
      status: 400,
      body: {
        errors: [
          {
            field: "body",
            message: `the body must be a JSON object like {"preset": "evidence-baseline", "assumptions": {"crp-pk": 6}}, got ${json === null ? "null" : Array.isArray(json) ? "a list" : typeof json}`,
          },
        ],
      },
    };
  }
  const errors: FieldMessage[] = [];
  const body = json as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (!BODY_KEYS.has(key))
      errors.push({
        field: key.slice(0, 80),
        message: `unknown field; the body takes "preset" and "assumptions"`,
      });
  }
  if (body.preset !== undefined && typeof body.preset !== "string") {
    errors.push({
      field: "preset",
      message: `preset must be a string such as "evidence-baseline", got ${typeof body.preset}`,
    });
  }
  const assumptions = body.assumptions;
  if (
    assumptions !== undefined &&
    (typeof assumptions !== "object" || assumptions === null || Array.isArray(assumptions))
  ) {
    errors.push({
      field: "assumptions",
      message: `assumptions must be an object of key → number, got ${assumptions === null ? "null" : Array.isArray(assumptions) ? "a list" : typeof assumptions}`,
    });
  }
  if (errors.length) return { status: 400, body: { errors } };
  const outcome = respond(ctx, {
    preset: body.preset,
    assumptions: assumptions as Record<string, unknown> | undefined,
  });
  // A key model v2 retired is refused like any unknown key, but the message names what replaced it.
  if (outcome.status !== 200)
    return {
      ...outcome,
      body: { ...outcome.body, errors: nameRetiredKeys(outcome.body.errors, ctx.table, "assumptions.") },
    };
  return outcome;
}
