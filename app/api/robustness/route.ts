import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { pureGetResponse } from "@/lib/api/http-cache";
import { loadModelContext } from "@/lib/api/model-context";
import { handleRobustnessQuery, robustnessAnswerKey } from "@/lib/api/robustness-request";

/**
 * GET /api/robustness?claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=21: one claim's verdict for one mineral over a
 * grid of two assumptions, the rest as the scenario parameters set them. A pure function of the normalised query
 * and the build, like GET /api/scenario: ETag, long Cache-Control, 304.
 */
export function GET(request: NextRequest) {
  const route = "GET /api/robustness";
  return answer(route, () => {
    const outcome = handleRobustnessQuery(loadModelContext(), request.nextUrl.searchParams);
    if (outcome.status !== 200)
      return refuse(route, outcome.status, outcome.body.errors, outcome.body.warnings);
    return pureGetResponse(request, robustnessAnswerKey(outcome.body), () => JSON.stringify(outcome.body));
  });
}
