import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { readTextWithin } from "@/lib/api/body";
import { pureGetResponse } from "@/lib/api/http-cache";
import { loadModelContext } from "@/lib/api/model-context";
import {
  type ApiOutcome,
  checkContentType,
  handleScenarioBody,
  handleScenarioQuery,
  MAX_BODY_BYTES,
  scenarioAnswerKey,
} from "@/lib/api/scenario-request";

function reply<T>(outcome: ApiOutcome<T>, route: string): Response {
  if (outcome.status !== 200)
    return refuse(route, outcome.status, outcome.body.errors, outcome.body.warnings);
  return Response.json(outcome.body, { headers: { "Cache-Control": "no-store" } });
}

/**
 * GET /api/scenario?preset=…&<assumption key>=<number>: results for the scenario in the query string. The answer
 * depends only on the normalised query and the build (the API is stateless): ETag, long Cache-Control, 304.
 */
export function GET(request: NextRequest) {
  const route = "GET /api/scenario";
  return answer(route, () => {
    const outcome = handleScenarioQuery(loadModelContext(), request.nextUrl.searchParams);
    if (outcome.status !== 200) return reply(outcome, route);
    return pureGetResponse(request, scenarioAnswerKey(outcome.body), () => JSON.stringify(outcome.body));
  });
}

/** POST /api/scenario with { "preset"?: string, "assumptions"?: { [key]: number } }. */
export function POST(request: NextRequest) {
  const route = "POST /api/scenario";
  return answer(route, async () => {
    const wrongType = checkContentType(request.headers.get("content-type"));
    if (wrongType) return reply(wrongType, route);
    const tooLarge = [{ field: "body", message: `the body is larger than ${MAX_BODY_BYTES / 1024} kB` }];
    if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) return refuse(route, 400, tooLarge);
    let body: Awaited<ReturnType<typeof readTextWithin>>;
    try {
      body = await readTextWithin(request.body, MAX_BODY_BYTES);
    } catch {
      return refuse(route, 400, [{ field: "body", message: "the request body could not be read" }]);
    }
    if (!body.ok) return refuse(route, 400, tooLarge);
    return reply(handleScenarioBody(loadModelContext(), body.text), route);
  });
}
