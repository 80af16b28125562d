import { type ReactNode } from "react";
import { type ChartBase, type ChartModel, PUBLISHED_DATA, toExportSpec } from "@/lib/charts/chart-model";
import { shortCitation } from "@/lib/data/provenance";
import { type ChartTab } from "@/lib/url/chart-tab";
import { Chart, plotHeight } from "./charts/chart";
import { ChartTabs } from "./chart-tabs";
import { ChartLegend } from "./chart-legend";
import { ChartTableView } from "./chart-table";
import { DeferredUntilOpen } from "./deferred";
import { ExportMenu } from "./export-menu";
import { MissingList } from "./missing-list";
import { StaticSubtree } from "./static-subtree";
import { TableScroll } from "./table-scroll";

export interface ChartFrameProps {
  /** Everything the frame shows and exports: chart, legend, notes, sources, table, CSV, figure. */
  model: ChartModel;
  /** View controls above the chart, e.g. the log/linear scale links. */
  controls?: ReactNode;
  /** "compact" for small charts inside cards: tighter padding and a smaller title. */
  size?: "full" | "compact";
  /** Heading level of the title, so it fits the page's outline (h3 by default). */
  headingLevel?: 2 | 3 | 4;
  /** Build the table view only when it is first opened (the lab, where charts redraw on every slider move). */
  deferTable?: boolean;
  /**
   * For a chart with a map (`model.map`): the page's path, which turns on the Chart / Map / Table switch, and the
   * view the address asks for (lib/url/chart-tab.ts). Without a path the frame shows the chart alone.
   */
  tabs?: { path: string; current: ChartTab };
  /**
   * The map, drawn on the server (MapChartFrame passes it): the frame does not import the map's drawing, so the
   * lab, whose client code imports the frame, does not carry the world's geometry.
   */
  mapDrawing?: ReactNode;
}

/**
 * The one frame every chart sits in, drawn from its chart model: the title as a heading, the export menu, the
 * subtitle, the chart, its legend and notes, the source line, and a table view of exactly the rows the CSV writes.
 * What the frame shows is what an export contains.
 */
export function ChartFrame({
  model,
  controls,
  size = "full",
  headingLevel = 3,
  deferTable,
  tabs,
  mapDrawing,
}: ChartFrameProps) {
  const headingId = `${model.id}-title`;
  const Heading = `h${headingLevel}` as const;
  const map = tabs ? model.map : undefined;
  const view: ChartTab = map ? tabs!.current : "chart";
  // The map is a model of its own (its table lists every country it colours), so the legend, notes, table, CSV
  // and export follow the view shown. The Table view opens the table of the chart in place of the drawing.
  const shown: ChartBase = view === "map" && map ? map : model;
  const table = (
    <TableScroll label={`Table view: ${shown.title}`}>
      <ChartTableView table={shown.table} />
    </TableScroll>
  );
  return (
    <figure
      id={model.id}
      className={size === "compact" ? "chart-frame chart-frame--compact" : "chart-frame"}
      aria-labelledby={headingId}
      data-testid={`chart-${model.id}`}
    >
      <Heading className="chart-frame__title" id={headingId}>
        {model.title}
      </Heading>
      <ExportMenu spec={toExportSpec(shown)} />
      <p className="chart-frame__subtitle">{model.subtitle}</p>
      {controls ? <div className="chart-frame__controls">{controls}</div> : null}
      {map ? <ChartTabs title={model.title} path={tabs!.path} anchor={model.id} current={view} /> : null}
      {/* Hidden rather than left out in the Table view, so an image export still has the chart to draw. The
          drawing, legend, notes, sources and table need no JavaScript: kept as the server drew them, unhydrated. */}
      <StaticSubtree
        className={view === "map" ? "chart-frame__chart" : "chart-frame__chart chart-frame__chart--sized"}
        hidden={view === "table"}
        id={view === "map" ? map?.id : undefined}
        // The drawing's own height, which the browser keeps for it while it is off screen and not laid out
        // (chart-offscreen.css): a page's layout does not move as drawings come into view.
        style={view === "map" ? undefined : { containIntrinsicBlockSize: `auto ${plotHeight(model)}px` }}
      >
        {view === "map" && map ? mapDrawing : <Chart model={model} />}
      </StaticSubtree>
      <StaticSubtree>
        {view === "table" ? null : <ChartLegend items={shown.legend} />}
        {shown.notes.length || shown.missing.length ? (
          <div className="chart-frame__missing">
            {shown.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
            <MissingList missing={shown.missing} />
          </div>
        ) : null}
      </StaticSubtree>
      <StaticSubtree as="figcaption" className="chart-frame__source">
        Source{model.sources.length === 1 ? "" : "s"}:{" "}
        {model.sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "; " : ""}
            <a href={`/sources#${s.id}`}>{shortCitation(s)}</a> ({s.licence})
          </span>
        ))}
        {model.method ? (
          <>
            {" "}
            · Method: <a href={model.method.href}>{model.method.label}</a>
          </>
        ) : null}
        {model.scenario ? <> · Scenario: {model.scenario}</> : <> · {PUBLISHED_DATA}</>}
      </StaticSubtree>
      <details className="chart-frame__table" open={view === "table"}>
        <summary>Table view: {shown.title}</summary>
        {deferTable ? <DeferredUntilOpen>{table}</DeferredUntilOpen> : table}
      </details>
    </figure>
  );
}
