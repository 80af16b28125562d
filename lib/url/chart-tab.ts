import { type FieldMessage } from "../model/scenario";

/**
 * Which view of a chart that has a map is open, kept in the address as `?tab=` (OWID grapher's tabs): `chart` (the
 * default, written as no parameter), `map` or `table`. One parameter per page: every chart on the page that has a
 * map shows the same view. Pure.
 *
 * The pages with maps are prerendered, and a prerendered page cannot read its query string. So the proxy rewrites
 * `/minerals/copper?tab=map` to the prerendered `/minerals/copper/tab/map` (tabRewritePath), and the page at that
 * path reads its view from the path segment (parseTabSegment). A value that names no view goes to
 * `/minerals/copper/tab/unknown`, which shows the chart with a notice.
 */

export const CHART_TABS = ["chart", "map", "table"] as const;
export type ChartTab = (typeof CHART_TABS)[number];
export const TAB_PARAM = "tab";

/** The path segment of a `tab` value that names no view. */
export const UNKNOWN_TAB = "unknown";
/** The path segments prerendered under each page with maps. */
export const TAB_SEGMENTS = ["map", "table", UNKNOWN_TAB] as const;

/** The pages whose charts have maps: a mineral's profile and the countries index. */
const PAGES_WITH_MAPS = /^\/(?:minerals\/[a-z0-9-]+|countries)\/?$/;

function isTab(value: string): value is ChartTab {
  return (CHART_TABS as readonly string[]).includes(value);
}

/**
 * Where the proxy sends a request for a page with maps that asks for a view other than the chart: the path of the
 * prerendered view, or null to serve the address as it is (no `tab`, `tab=chart`, or a page without maps).
 */
export function tabRewritePath(pathname: string, params: URLSearchParams): string | null {
  if (!PAGES_WITH_MAPS.test(pathname) || !params.has(TAB_PARAM)) return null;
  const tab = params.get(TAB_PARAM)!;
  if (tab === "chart") return null;
  return `${pathname.replace(/\/$/, "")}/tab/${isTab(tab) ? tab : UNKNOWN_TAB}`;
}

/** The view a prerendered tab path shows, and the notice for a `tab` value that names no view. */
export function parseTabSegment(segment: string): { tab: ChartTab; warnings: FieldMessage[] } {
  if (isTab(segment)) return { tab: segment, warnings: [] };
  return {
    tab: "chart",
    warnings: [{ field: TAB_PARAM, message: "not one of chart, map or table; the chart is shown instead." }],
  };
}

/** The link to a view of the page at `path`, landing on the chart with id `anchor`. */
export function chartTabHref(path: string, tab: ChartTab, anchor: string): string {
  return `${path}${tab === "chart" ? "" : `?${TAB_PARAM}=${tab}`}#${anchor}`;
}
