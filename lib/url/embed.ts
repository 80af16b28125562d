/**
 * Embed addresses: every chart of a reading page has one at `/embed/<page path>/<chart id>` with the page's own
 * query (view and scenario parameters), e.g. `/embed/minerals/copper/copper-mine-production-2024` or
 * `/embed/compare/compare-landed-cost?mineral=lithium&crp-pk=6`; the overview's charts live under
 * `/embed/overview/`. Pure functions: the Export menu, the embed route and the tests share them.
 */

export const EMBED_PREFIX = "/embed";

/** The overview's path segment under /embed ("/" itself cannot be a segment). */
const OVERVIEW_SEGMENT = "overview";

/** The reading pages whose charts have an embed route: their first path segment, and how many follow. */
const EMBEDDABLE: Readonly<Record<string, number>> = { "": 0, compare: 0, minerals: 1, countries: 1 };

/** Whether a request path is an embed route (these alone may be framed by other sites). */
export function isEmbedPath(pathname: string): boolean {
  return pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`);
}

/** A page path's segments, or null when the page has no embeddable charts ("/scenario", "/sources"). */
function pageSegments(pathname: string): string[] | null {
  const segments = pathname.split("/").filter(Boolean);
  const extra = EMBEDDABLE[segments[0] ?? ""];
  return extra !== undefined && segments.length === (segments[0] ? 1 : 0) + extra ? segments : null;
}

/**
 * The embed URL of a chart on the page at `pageUrl` (absolute): same origin and query, the chart's id as the last
 * segment, no anchor. An embed URL maps to itself, so the Export menu inside an embed offers the same code. Null
 * for a page whose charts have no embed route.
 */
export function embedUrlFor(pageUrl: string, chartId: string): string | null {
  const url = new URL(pageUrl);
  url.hash = "";
  if (isEmbedPath(url.pathname)) return url.toString();
  const segments = pageSegments(url.pathname);
  if (!segments) return null;
  url.pathname = [EMBED_PREFIX, ...(segments.length ? segments : [OVERVIEW_SEGMENT]), chartId]
    .map((s, i) => (i === 0 ? s : encodeURIComponent(s)))
    .join("/");
  return url.toString();
}

/** Where an embed came from: the page path and the chart id, from the embed route's segments; null if none fits. */
export function resolveEmbedSegments(
  segments: readonly string[],
): { page: "overview" | "compare" | "minerals" | "countries"; id?: string; chartId: string } | null {
  const [first, ...rest] = segments;
  const chartId = rest.at(-1);
  if (!chartId) return null;
  if (first === OVERVIEW_SEGMENT && rest.length === 1) return { page: "overview", chartId };
  if (first === "compare" && rest.length === 1) return { page: "compare", chartId };
  if ((first === "minerals" || first === "countries") && rest.length === 2)
    return { page: first, id: rest[0]!, chartId };
  return null;
}

/**
 * The page and chart an address shows, for citations and permalinks: an embed URL maps back to its page with the
 * same query and the chart's anchor; a page URL gets the anchor. So "Copy link" and "Cite" inside an embed name
 * the full page, not the frame.
 */
export function pageUrlFor(url: string, chartId?: string): string {
  const u = new URL(url);
  if (isEmbedPath(u.pathname)) {
    const segments = u.pathname.split("/").filter(Boolean).slice(1, -1).map(decodeURIComponent);
    const page = segments[0] === OVERVIEW_SEGMENT ? [] : segments;
    u.pathname = `/${page.map(encodeURIComponent).join("/")}`;
  }
  u.hash = chartId ?? "";
  return u.toString();
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The height an iframe needs to show a chart without scrolling at a column's width: the drawn chart plus its title
 * and subtitle (two lines each), legend, notes, source line and the link back, rounded up to 10 px.
 */
export function embedHeight(chartHeight: number, extras: { sources: number; legend: number }): number {
  const text = 64 + 48 + 24 * Math.ceil(extras.legend / 3) + 24 * Math.max(1, extras.sources) + 40 + 32;
  return Math.ceil((chartHeight + text) / 10) * 10;
}

/** The snippet "Copy embed code" copies: a lazy, borderless, full-width iframe titled with the chart's title. */
export function embedSnippet(src: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" ` +
    `height="${Math.round(height)}" loading="lazy" style="border:0"></iframe>`
  );
}
