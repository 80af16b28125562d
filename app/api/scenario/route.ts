import { type NextRequest } from "next/server";
import { CACHEABLE } from "@/lib/api/http-cache";
import { loadModelContext } from "@/lib/api/model-context";
import { type ApiOutcome, handleScenarioBody, handleScenarioQuery } from "@/lib/api/scenario-request";

function reply<T>(outcome: ApiOutcome<T>, method: string): Response {
  if (outcome.status === 400) {
    console.warn(`${method} /api/scenario rejected: ${outcome.body.errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`);
    return Response.json(outcome.body, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  // A GET answer depends only on its URL and the build (the API is stateless), so shared caches may keep it.
  return Response.json(outcome.body, { headers: { "Cache-Control": method === "GET" ? CACHEABLE : "no-store" } });
}

/** GET /api/scenario?preset=…&<assumption key>=<number>: results for the scenario in the query string. */
export function GET(request: NextRequest) {
  return reply(handleScenarioQuery(loadModelContext(), request.nextUrl.searchParams), "GET");
}

/** POST /api/scenario with { "preset"?: string, "assumptions"?: { [key]: number } }. */
export async function POST(request: NextRequest) {
  let text: string;
  try {
    text = await request.text();
  } catch {
    return Response.json({ errors: [{ field: "body", message: "the request body could not be read" }] }, { status: 400 });
  }
  return reply(handleScenarioBody(loadModelContext(), text), "POST");
}
