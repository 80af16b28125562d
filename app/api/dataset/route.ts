import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { datasetToCsv, parseDatasetQuery, selectDataset } from "@/lib/api/dataset-query";
import { loadDataset } from "@/lib/data/load";

/**
 * GET /api/dataset — countries, minerals, observations (with provenance) and sources, as JSON or CSV.
 * Filters: ?mineral=&country=&measure=&edition= (comma-separated lists allowed); ?format=csv.
 */
export function GET(request: NextRequest) {
  const route = "GET /api/dataset";
  return answer(route, () => {
    const dataset = loadDataset();
    const parsed = parseDatasetQuery(request.nextUrl.searchParams, dataset);
    if (!parsed.ok) return refuse(route, 400, parsed.errors);
    const envelope = selectDataset(dataset, parsed.filters);
    if (parsed.filters.format === "csv") {
      const csv = datasetToCsv(envelope, new Date().toISOString().slice(0, 10), request.nextUrl.toString());
      return new Response(csv, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="critical-minerals-dataset.csv"',
        },
      });
    }
    return Response.json(envelope);
  });
}
