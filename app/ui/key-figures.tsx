import { type KeyFigure } from "@/lib/views/view-types";
import { SourceLink, StatusBadge } from "./provenance";

/** Headline numbers of a section, each with its note and, where it has one, its source and status. */
export function KeyFigures({ figures }: { figures: readonly KeyFigure[] }) {
  return (
    <dl className="key-figures">
      {figures.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>
            {f.value}
            {f.note || f.sourceId ? (
              <span className="figure-note">
                {f.note}
                {f.sourceId ? (
                  <>
                    {f.note ? " " : ""}
                    <SourceLink id={f.sourceId} />
                  </>
                ) : null}
                {f.status ? (
                  <>
                    {" "}
                    · <StatusBadge status={f.status} />
                  </>
                ) : null}
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
