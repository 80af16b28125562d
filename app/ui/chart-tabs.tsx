import Link from "next/link";
import { CHART_TABS, type ChartTab, chartTabHref } from "@/lib/url/chart-tab";

const LABELS: Record<ChartTab, string> = { chart: "Chart", map: "Map", table: "Table" };

/**
 * The Chart / Map / Table switch of a chart that has a map: links that set `?tab=`, so the server draws the chosen
 * view without JavaScript; with it, Next.js swaps the view in place (no reload, no jump: `scroll={false}`). The
 * current view is marked with aria-current.
 */
export function ChartTabs({
  title,
  path,
  anchor,
  current,
}: {
  title: string;
  /** The page's path, without a query: "/minerals/copper". */
  path: string;
  /** The chart's id, where a link without JavaScript lands. */
  anchor: string;
  current: ChartTab;
}) {
  return (
    <nav className="chart-tabs no-print" aria-label={`View of ${title}`}>
      <ul>
        {CHART_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={chartTabHref(path, tab, anchor)}
              aria-current={tab === current ? "true" : undefined}
              scroll={false}
              prefetch={false}
              replace
            >
              {LABELS[tab]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
