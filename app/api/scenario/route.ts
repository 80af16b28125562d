import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { readTextWithin } from "@/lib/api/body";
import { CACHEABLE } from "@/lib/api/http-cache";
import { loadModelContext } from "@/lib/api/model-context";
import {
  type ApiOutcome,
  checkContentType,
  handleScenarioBody,
  handleScenarioQuery,
  MAX_BODY_BYTES,
} from "@/lib/api/scenario-request";

function reply<T>(outcome: ApiOutcome<T>, route: string): Response {
  if (outcome.status !== 200)
    return refuse(route, outcome.status, outcome.body.errors, outcome.body.warnings);
  // A GET answer depends only on its URL and the build (the API is stateless), so shared caches may keep it.
  return Response.json(outcome.body, {
    headers: { "Cache-Control": route.startsWith("GET") ? CACHEABLE : "no-store" },
  });
}

/** GET /api/scenario?preset=…&<assumption key>=<number>: results for the scenario in the query string. */
export function GET(request: NextRequest) {
  const route = "GET /api/scenario";
  return answer(route, () =>
    reply(handleScenarioQuery(loadModelContext(), request.nextUrl.searchParams), route),
  );
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
