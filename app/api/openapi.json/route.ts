import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { cachedResponse } from "@/lib/api/http-cache";
import { loadOpenApiDocument, parseOpenApiQuery } from "@/lib/api/openapi/serve";

/** GET /api/openapi.json: the API as an OpenAPI 3.1 document, generated from the routes' zod schemas. */
export function GET(request: NextRequest) {
  const route = "GET /api/openapi.json";
  return answer(route, () => {
    const errors = parseOpenApiQuery(request.nextUrl.searchParams);
    if (errors.length) return refuse(route, 400, errors);
    return cachedResponse(request, "openapi", "application/json", () =>
      JSON.stringify(loadOpenApiDocument()),
    );
  });
}
