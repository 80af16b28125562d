import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { parseAssumptionsQuery, toAssumptionsAnswer } from "@/lib/api/assumptions-query";
import { cachedResponse } from "@/lib/api/http-cache";
import { loadModelContext } from "@/lib/api/model-context";

/** GET /api/assumptions: the assumptions table (every key, bound, default, range, basis and source) and the presets. */
export function GET(request: NextRequest) {
  const route = "GET /api/assumptions";
  return answer(route, () => {
    const errors = parseAssumptionsQuery(request.nextUrl.searchParams);
    if (errors.length) return refuse(route, 400, errors);
    return cachedResponse(request, "assumptions", "application/json", () =>
      JSON.stringify(toAssumptionsAnswer(loadModelContext())),
    );
  });
}
