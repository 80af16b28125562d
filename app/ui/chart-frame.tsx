import Link from "next/link";
import { type ReactNode } from "react";
import { shortCitation } from "@/lib/data/provenance";
import { type Source } from "@/lib/data/sources";

export interface ChartFrameProps {
  /** Stable id, used for the heading anchor and (later) exports. */
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
 * source line and a table view of the same rows.
 */
export function ChartFrame({ id, title, subtitle, sources, scenario, children, legend, notes, table, controls, method, size = "full", headingLevel = 3 }: ChartFrameProps) {
  const headingId = `${id}-title`;
  const Heading = `h${headingLevel}` as const;
  return (
    <figure className={size === "compact" ? "chart-frame chart-frame--compact" : "chart-frame"} aria-labelledby={headingId} data-testid={`chart-${id}`}>
      <Heading className="chart-frame__title" id={headingId}>
        {title}
      </Heading>
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
            <Link href={`/sources#${s.id}`}>{shortCitation(s)}</Link> ({s.licence})
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
        <div className="table-wrap">{table}</div>
      </details>
    </figure>
  );
}
