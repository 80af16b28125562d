import type { Metadata } from "next";
import { IntentLink } from "@/app/ui/intent-link";
import { buildAssumptionsView } from "@/lib/views/sources";
import { DataTable } from "@/app/ui/chart-table";
import "./assumptions.css";

export const metadata: Metadata = {
  title: "Assumptions of the model",
  description:
    "Every assumption of the scenario model: default, slider range, low–high range, status, source and basis.",
};

/**
 * The model's assumptions, on their own page so that Sources and method stays light to load: one table per group,
 * each in a section the reader opens. The first is open; the others are drawn only when opened, so a phone lays out
 * one group's rows at load instead of all of them. A link to a group (the counts below) opens it, and so does the
 * browser's find-in-page when a match lies inside.
 */
export default function AssumptionsPage() {
  const view = buildAssumptionsView();
  return (
    <>
      <p className="breadcrumb">
        <IntentLink href="/sources">Sources and method</IntentLink> / Assumptions
      </p>
      <h1>Assumptions of the model</h1>
      <p className="lede">
        The scenario model runs on {view.count} assumptions. Each starts from a published figure or, where
        none exists, from a labelled judgement with its basis. The default is the Evidence baseline; the{" "}
        {view.otherPresets} other presets change some of them, and every one can be moved in the{" "}
        <IntentLink href="/scenario">scenario lab</IntentLink>. The low–high range feeds the sensitivity
        (tornado) and uncertainty runs.
      </p>
      <p>
        {view.groups.map(({ id, label, count }, i) => (
          <span key={id}>
            {i ? "; " : ""}
            <a href={`#assumptions-${id}`}>{label}</a>: {count}
          </span>
        ))}
        . How they combine is set out in the <IntentLink href="/sources#method">method</IntentLink>; the same
        assumptions are available as JSON from <a href="/api/assumptions">/api/assumptions</a>.
      </p>
      {view.groups.map((g, i) => (
        <section key={g.id} className="assumption-group" aria-labelledby={`assumptions-${g.id}-heading`}>
          <h2 id={`assumptions-${g.id}-heading`}>{g.label}</h2>
          <details open={i === 0}>
            <summary>
              The {g.count} {g.label.toLowerCase()} {g.count === 1 ? "assumption" : "assumptions"}
            </summary>
            {/* The target of the group's link, inside the section: following the link opens it. */}
            <div id={`assumptions-${g.id}`} className="assumption-group__body">
              <DataTable table={g.table} />
            </div>
          </details>
        </section>
      ))}
    </>
  );
}
