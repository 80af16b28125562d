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
}

/**
 * The one frame every chart sits in: a figure with its title as a heading, subtitle, chart, legend, notes, the
 * source line and a table view of the same rows.
 */
export function ChartFrame({ id, title, subtitle, sources, scenario, children, legend, notes, table }: ChartFrameProps) {
  const headingId = `${id}-title`;
  return (
    <figure className="chart-frame" aria-labelledby={headingId} data-testid={`chart-${id}`}>
      <h3 className="chart-frame__title" id={headingId}>
        {title}
      </h3>
      <p className="chart-frame__subtitle">{subtitle}</p>
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
        {scenario ? <> · {scenario}</> : null}
      </figcaption>
      <details className="chart-frame__table">
        <summary>Table view: {title}</summary>
        <div className="table-wrap">{table}</div>
      </details>
    </figure>
  );
}
