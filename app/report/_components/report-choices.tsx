"use client";

import { type parseReportStore, type ReportChart } from "@/lib/export/report-store";
import { FocusableButton } from "@/app/ui/focusable-button";
import { type StandardChart } from "./report-builder";

/** One chart to tick for the report, named by its title. */
function ChartChoice({
  id,
  title,
  chosen,
  onToggle,
}: {
  id: string;
  title: string;
  chosen: readonly string[];
  onToggle: (key: string, on: boolean) => void;
}) {
  return (
    <label>
      <input type="checkbox" checked={chosen.includes(id)} onChange={(e) => onToggle(id, e.target.checked)} />
      {title}
    </label>
  );
}

/** The two lists a report's charts are chosen from: those added from other pages, and the page's standard ones. */
export function ReportChoices({
  added,
  standard,
  chosen,
  onToggle,
  onRemove,
}: {
  added: readonly ReportChart[];
  standard: readonly StandardChart[];
  chosen: readonly string[];
  onToggle: (key: string, on: boolean) => void;
  onRemove: (key: string) => void;
}) {
  return (
    <section aria-labelledby="report-choose" className="no-print">
      <h2 id="report-choose">Choose charts</h2>
      <fieldset>
        <legend>Charts you added from other pages ({added.length})</legend>
        {added.length ? (
          <ul className="report-builder__choices">
            {added.map((c) => (
              <li key={c.key}>
                <ChartChoice id={c.key} title={c.spec.title} chosen={chosen} onToggle={onToggle} />{" "}
                <span className="muted">{c.spec.scenarioName}</span>{" "}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onRemove(c.key)}
                  aria-label={`Remove “${c.spec.title}” from the added charts`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            None yet: use “Add to report” in any chart&apos;s Export menu; the chart comes with its current
            scenario.
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Standard charts (published data)</legend>
        <ul className="report-builder__choices">
          {standard.map((s) => (
            <li key={s.key}>
              <ChartChoice id={s.key} title={s.spec.title} chosen={chosen} onToggle={onToggle} />
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}

/** The chosen charts in report order, each with Up and Down buttons. */
export function ReportOrder({
  chosen,
  titleOf,
  onMove,
}: {
  chosen: readonly string[];
  titleOf: (key: string) => string;
  onMove: (key: string, by: -1 | 1) => void;
}) {
  return chosen.length ? (
    <ol className="report-builder__order" aria-label="Report order">
      {chosen.map((k, i) => (
        <li key={k}>
          {titleOf(k)}{" "}
          <FocusableButton
            onClick={() => onMove(k, -1)}
            unavailable={i === 0}
            aria-label={`Move “${titleOf(k)}” up`}
          >
            Up
          </FocusableButton>{" "}
          <FocusableButton
            onClick={() => onMove(k, 1)}
            unavailable={i === chosen.length - 1}
            aria-label={`Move “${titleOf(k)}” down`}
          >
            Down
          </FocusableButton>
        </li>
      ))}
    </ol>
  ) : (
    <p className="muted">No chart chosen yet.</p>
  );
}

/** Why some or all of the added charts could not be read; they are left as found. */
export function StoreNotices({
  unreadable,
  damaged,
}: Pick<ReturnType<typeof parseReportStore>, "unreadable" | "damaged">) {
  return (
    <>
      {unreadable ? (
        <p role="alert" className="notice notice--error">
          The charts you added could not be read: {unreadable}. They are left untouched in this browser.
        </p>
      ) : null}
      {damaged.length ? (
        <p role="alert" className="notice">
          {damaged.length} added chart{damaged.length === 1 ? "" : "s"} could not be read and{" "}
          {damaged.length === 1 ? "is" : "are"} kept as found:{" "}
          {damaged.map((d) => `${d.title ?? `entry ${d.index + 1}`} (${d.reason})`).join("; ")}.
        </p>
      ) : null}
    </>
  );
}
