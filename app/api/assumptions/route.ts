import { type NextRequest } from "next/server";
import { answer, refuse } from "@/app/api/_shared/respond";
import { parseAssumptionsQuery } from "@/lib/api/assumptions-query";
import { cachedResponse } from "@/lib/api/http-cache";
import { loadModelContext } from "@/lib/api/model-context";
import { GROUP_LABELS } from "@/lib/model/types";

/** GET /api/assumptions: the assumptions table (every key, bound, default, range, basis and source) and the presets. */
export function GET(request: NextRequest) {
  const route = "GET /api/assumptions";
  return answer(route, () => {
    const errors = parseAssumptionsQuery(request.nextUrl.searchParams);
    if (errors.length) return refuse(route, 400, errors);
    return cachedResponse(request, "assumptions", "application/json", () => JSON.stringify(body()));
  });
}

function body() {
  const { table, presets } = loadModelContext();
  return {
    assumptions: table.map((a) => ({
      key: a.key,
      label: a.label,
      unit: a.unit,
      group: a.group,
      groupLabel: GROUP_LABELS[a.group],
      country: a.country,
      mineral: a.mineral,
      kind: a.kind,
      min: a.min,
      max: a.max,
      step: a.step,
      default: a.default,
      low: a.low,
      high: a.high,
      basis: a.basis,
      sourceId: a.sourceId,
      status: a.status,
      ...(a.options ? { options: a.options } : {}),
    })),
    presets,
  };
}
