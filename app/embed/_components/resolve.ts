import { cache } from "react";
import { type ChartModel } from "@/lib/charts/chart-model";
import { FOCUS_COUNTRIES } from "@/lib/data/constants";
import { type FieldMessage } from "@/lib/model/scenario";
import { COMPARE_VIEW_PARAMS } from "@/lib/url/compare-params";
import { resolveEmbedSegments } from "@/lib/url/embed";
import { buildCompareView } from "@/lib/views/compare";
import { buildCountryView } from "@/lib/views/country";
import { buildMineralView } from "@/lib/views/mineral";
import { buildOverviewView } from "@/lib/views/overview";
import { readScenario } from "@/app/ui/scenario-from-url";

/** A chart to embed, built exactly as its page builds it, and the way back to that page. */
export interface ResolvedEmbed {
  model: ChartModel;
  /** The page's path, for the server log ("/compare"). */
  route: string;
  /** The page with the same query, at the chart's anchor. */
  pageHref: string;
  /** What the page is, for the link back: "Compare suppliers", "Copper". */
  pageName: string;
  /** The page's notices about its address: the embed shows the same. */
  warnings: readonly FieldMessage[];
}

/** The charts a page draws, from the same view-model builders the page calls; null for an unknown page. */
function pageCharts(
  segments: readonly string[],
  params: URLSearchParams,
): { route: string; name: string; charts: ChartModel[]; warnings: readonly FieldMessage[] } | null {
  const found = resolveEmbedSegments(segments);
  if (!found) return null;
  if (found.page === "overview") {
    const page = readScenario(params);
    const view = buildOverviewView({ preset: page.scenario.preset, values: page.values, query: page.query });
    return { route: "/", name: "Overview", charts: view.cards.map((c) => c.chart), warnings: page.warnings };
  }
  if (found.page === "compare") {
    const view = buildCompareView(params, readScenario(params, COMPARE_VIEW_PARAMS));
    return {
      route: "/compare",
      name: "Compare suppliers",
      charts: view.charts.map((c) => c.model),
      warnings: view.warnings,
    };
  }
  if (found.page === "minerals") {
    const view = buildMineralView(found.id!);
    if (!view) return null;
    const charts = [...view.worldCharts, view.stages.chart, view.us.importChart];
    return {
      route: `/minerals/${view.mineral.id}`,
      name: view.mineral.name,
      charts: charts.filter((c) => c !== null),
      warnings: [],
    };
  }
  // The country pages exist for these codes only (as written: /countries/pk is not a page).
  const view = (FOCUS_COUNTRIES as readonly string[]).includes(found.id!)
    ? buildCountryView(found.id!)
    : null;
  if (!view) return null;
  return {
    route: `/countries/${found.id}`,
    name: view.name,
    charts: view.productionEmpty ? [view.stability] : [view.stability, view.production],
    warnings: [],
  };
}

/**
 * The chart an embed route names, with its page's notices; null when the page or the chart does not exist. Cached
 * per request, so the page and its metadata build the view once.
 */
export const resolveEmbed = cache((path: string, query: string): ResolvedEmbed | null => {
  const segments = path.split("/").filter(Boolean);
  const page = pageCharts(segments, new URLSearchParams(query));
  const chartId = segments.at(-1);
  const model = page?.charts.find((c) => c.id === chartId);
  if (!page || !model) return null;
  return {
    model,
    route: page.route,
    pageHref: `${page.route}${query ? `?${query}` : ""}#${model.id}`,
    pageName: page.name,
    warnings: page.warnings,
  };
});
