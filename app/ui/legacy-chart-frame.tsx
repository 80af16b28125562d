import Link from "next/link";
import { type ReactNode } from "react";
import { type ExportData } from "@/lib/charts/export-data";
import { shortCitation } from "@/lib/data/provenance";
import { type Source } from "@/lib/data/sources";
import { ExportMenu } from "./export-menu";
import { TableScroll } from "./table-scroll";

export interface LegacyChartFrameProps {
  /** Stable id, used for the heading anchor, the permalink and export file names. */
  id: string;
  title: string;
  subtitle: string;
  /** The sources of every plotted value. */
  sources: readonly Source[];
  /** What the figure shows under which assumptions; reading pages show published data. */
  scenario?: string;
  /** The chart itself. */
  children: ReactNode;
  /** Legend under the chart. */
  legend?: ReactNode;
  /** Lines naming what is not shown and why. */
  notes?: ReactNode;
  /** The same rows as a real table (the table view). */
  table: ReactNode;
  /** The plotted rows and legend for the export menu (PNG, SVG, CSV, copy, report). */
  exportData: ExportData;
  /** View controls shown above the chart, e.g. the log/linear scale links. */
  controls?: ReactNode;
  /** For figures the model computes: a link to the method that says how, shown in the source line. */
  method?: { href: string; label: string };
  /** "compact" for small charts inside cards: tighter padding and a smaller title. */
  size?: "full" | "compact";
  /** Heading level of the title, so it fits the page's outline (h3 by default). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The one frame every chart sits in: a figure with its title as a heading, subtitle, chart, legend, notes, the
 * source line, a table view of the same rows, and the export menu. What the frame shows is what an export contains.
 */
export function LegacyChartFrame({
  id,
  title,
  subtitle,
  sources,
  scenario,
  children,
  legend,
  notes,
  table,
  exportData,
  controls,
  method,
  size = "full",
  headingLevel = 3,
}: LegacyChartFrameProps) {
  const headingId = `${id}-title`;
  const Heading = `h${headingLevel}` as const;
  const scenarioName = (scenario ?? "Published data (no model assumptions)").replace(/^Scenario: /, "");
  return (
    <figure
      id={id}
      className={size === "compact" ? "chart-frame chart-frame--compact" : "chart-frame"}
      aria-labelledby={headingId}
      data-testid={`chart-${id}`}
    >
      <Heading className="chart-frame__title" id={headingId}>
        {title}
      </Heading>
      <ExportMenu
        spec={{
          id,
          title,
          subtitle,
          mineral: exportData.mineral,
          scenarioName,
          changes: exportData.changes ?? [],
          sources: sources.map((s) => ({
            id: s.id,
            title: s.title,
            producer: s.producer,
            edition: s.edition,
            licence: s.licence,
            url: s.url,
          })),
          legend: exportData.legend,
          csv: exportData.csv,
          fullDataQuery: exportData.fullDataQuery,
        }}
      />
      <p className="chart-frame__subtitle">{subtitle}</p>
      {controls ? <div className="chart-frame__controls">{controls}</div> : null}
      <div className="chart-frame__chart">{children}</div>
      {legend}
      {notes ? <div className="chart-frame__missing">{notes}</div> : null}
      <figcaption className="chart-frame__source">
        Source{sources.length === 1 ? "" : "s"}:{" "}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "; " : ""}
            <Link href={`/sources#${s.id}`} prefetch={false}>
              {shortCitation(s)}
            </Link>{" "}
            ({s.licence})
          </span>
        ))}
        {method ? (
          <>
            {" "}
            · Method: <Link href={method.href}>{method.label}</Link>
          </>
        ) : null}
        {scenario ? <> · {scenario}</> : null}
      </figcaption>
      <details className="chart-frame__table">
        <summary>Table view: {title}</summary>
        <TableScroll label={`Table view: ${title}`}>{table}</TableScroll>
      </details>
    </figure>
  );
}
