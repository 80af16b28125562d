import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import {
  canonicalDatasetQuery,
  datasetToCsv,
  parseDatasetQuery,
  selectDataset,
} from "@/lib/api/dataset-query";
import { cachedResponse } from "@/lib/api/http-cache";
import { loadDataset } from "@/lib/data/load";

/** The day this server started: the data change only with a new build, so the CSV's date is the build's. */
const BUILT_ON = new Date().toISOString().slice(0, 10);

/**
 * GET /api/dataset — countries, minerals, observations (with provenance) and sources, as JSON or CSV.
 * Filters: ?mineral=&country=&measure=&edition=&source= (comma-separated lists allowed); ?format=csv.
 */
export function GET(request: NextRequest) {
  const route = "GET /api/dataset";
  return answer(route, () => {
    const dataset = loadDataset();
    const parsed = parseDatasetQuery(request.nextUrl.searchParams, dataset);
    if (!parsed.ok) return refuse(route, 400, parsed.errors);
    // The answer depends only on the normalised filters and the build (it echoes them, and the CSV's permalink is
    // their canonical query), so it is memoised by them, ETagged and cacheable.
    const canonical = `${request.nextUrl.origin}/api/dataset?${canonicalDatasetQuery(parsed.filters)}`;
    if (parsed.filters.format === "csv") {
      return cachedResponse(
        request,
        canonical,
        "text/csv; charset=utf-8",
        () => datasetToCsv(selectDataset(dataset, parsed.filters), BUILT_ON, canonical),
        { "Content-Disposition": 'attachment; filename="critical-minerals-dataset.csv"' },
      );
    }
    return cachedResponse(request, canonical, "application/json", () =>
      JSON.stringify(selectDataset(dataset, parsed.filters)),
    );
  });
}
