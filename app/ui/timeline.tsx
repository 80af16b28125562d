import { type MineralEvent } from "@/lib/data/events";
import { EVENT_KIND_LABELS } from "@/lib/views/events";
import { formatAmount, formatPartialDate } from "@/lib/charts/format";
import { SourceLink, StatusBadge } from "./provenance";
import { StaticSubtree } from "./static-subtree";

/**
 * Dated events as an ordered list (oldest first): date, kind in words, what happened in our words, the figures
 * reported with their own sources, and the event's source and status.
 */
export function EventTimeline({
  events,
  headingLevel = 3,
  countryName,
}: {
  events: readonly MineralEvent[];
  headingLevel?: 3 | 4;
  countryName: (code: string) => string;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    // Plain text and links: kept as the server drew it, unhydrated (static-subtree.tsx).
    <StaticSubtree as="ol" className="timeline">
      {events.map((e) => (
        <li key={e.id} id={`event-${e.id}`} className={`timeline__item timeline__item--${e.kind}`}>
          <p className="timeline__meta">
            <time dateTime={e.date}>{formatPartialDate(e.date)}</time>
            <span className={`event-kind event-kind--${e.kind}`}>{EVENT_KIND_LABELS[e.kind]}</span>
            {e.effective ? <span>in force {formatPartialDate(e.effective)}</span> : null}
            <span>{e.countries.map(countryName).join(", ")}</span>
          </p>
          <Heading className="timeline__title">{e.title}</Heading>
          <p className="timeline__summary">{e.summary}</p>
          {e.figures.length ? (
            <ul className="timeline__figures">
              {e.figures.map((f) => (
                <li key={f.label}>
                  {f.label}:{" "}
                  <strong>
                    {f.quantity.value === null
                      ? `no figure${f.quantity.note ? ` (${f.quantity.note})` : ""}`
                      : formatAmount(f.quantity.value, f.quantity.unit, f.quantity)}
                  </strong>{" "}
                  <span className="number-source">
                    <SourceLink id={f.quantity.sourceId} /> <StatusBadge status={f.quantity.status} />
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="timeline__source">
            Source: <SourceLink id={e.sourceId} /> <StatusBadge status={e.status} />
            {e.note ? <span className="hint"> {e.note}</span> : null}
          </p>
        </li>
      ))}
    </StaticSubtree>
  );
}
