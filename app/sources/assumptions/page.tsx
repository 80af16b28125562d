import type { Metadata } from "next";
import { IntentLink } from "@/app/ui/intent-link";
import { buildAssumptionsView } from "@/lib/views/sources";
import { DataTable } from "@/app/ui/chart-table";

export const metadata: Metadata = {
  title: "Assumptions of the model",
  description:
    "Every assumption of the scenario model: default, slider range, low–high range, status, source and basis.",
};

/** The model's assumptions table, on its own page so that Sources and method stays light to load. */
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
        {view.groupCounts.map(({ label, count }, i) => (
          <span key={label}>
            {i ? "; " : ""}
            {label}: {count}
          </span>
        ))}
        . How they combine is set out in the <IntentLink href="/sources#method">method</IntentLink>; the same
        table is available as JSON from <a href="/api/assumptions">/api/assumptions</a>.
      </p>
      <DataTable table={view.table} />
    </>
  );
}
