import Link from "next/link";
import { type ReactNode } from "react";
import { type ChartModel, PUBLISHED_DATA, toExportSpec } from "@/lib/charts/chart-model";
import { shortCitation } from "@/lib/data/provenance";
import { Chart } from "./charts/chart";
import { ChartLegend } from "./chart-legend";
import { ChartTableView } from "./chart-table";
import { DeferredUntilOpen } from "./deferred";
import { ExportMenu } from "./export-menu";
import { MissingList } from "./missing-list";
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
}: ChartFrameProps) {
  const headingId = `${model.id}-title`;
  const Heading = `h${headingLevel}` as const;
  const table = (
    <TableScroll label={`Table view: ${model.title}`}>
      <ChartTableView table={model.table} />
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
      <ExportMenu spec={toExportSpec(model)} />
      <p className="chart-frame__subtitle">{model.subtitle}</p>
      {controls ? <div className="chart-frame__controls">{controls}</div> : null}
      <div className="chart-frame__chart">
        <Chart model={model} />
      </div>
      <ChartLegend items={model.legend} />
      {model.notes.length || model.missing.length ? (
        <div className="chart-frame__missing">
          {model.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <MissingList missing={model.missing} />
        </div>
      ) : null}
      <figcaption className="chart-frame__source">
        Source{model.sources.length === 1 ? "" : "s"}:{" "}
        {model.sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "; " : ""}
            <Link href={`/sources#${s.id}`} prefetch={false}>
              {shortCitation(s)}
            </Link>{" "}
            ({s.licence})
          </span>
        ))}
        {model.method ? (
          <>
            {" "}
            · Method: <Link href={model.method.href}>{model.method.label}</Link>
          </>
        ) : null}
        {model.scenario ? <> · Scenario: {model.scenario}</> : <> · {PUBLISHED_DATA}</>}
      </figcaption>
      <details className="chart-frame__table">
        <summary>Table view: {model.title}</summary>
        {deferTable ? <DeferredUntilOpen>{table}</DeferredUntilOpen> : table}
      </details>
    </figure>
  );
}
