import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { CACHEABLE } from "@/lib/api/http-cache";
import { loadModelContext } from "@/lib/api/model-context";
import { handleRobustnessQuery } from "@/lib/api/robustness-request";

/**
 * GET /api/robustness?claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=21: one claim's verdict for one mineral over a
 * grid of two assumptions, the rest as the scenario parameters set them.
 */
export function GET(request: NextRequest) {
  const route = "GET /api/robustness";
  return answer(route, () => {
    const outcome = handleRobustnessQuery(loadModelContext(), request.nextUrl.searchParams);
    if (outcome.status !== 200)
      return refuse(route, outcome.status, outcome.body.errors, outcome.body.warnings);
    // A pure function of the URL and the build, like GET /api/scenario.
    return Response.json(outcome.body, { headers: { "Cache-Control": CACHEABLE } });
  });
}
