import type { Metadata } from "next";
import Link from "next/link";
import { IntentLink } from "@/app/ui/intent-link";
import { COMPARE_VIEW_PARAMS } from "@/lib/url/compare-params";
import { buildCompareView, type CompareChart } from "@/lib/views/compare";
import { ChartFrame } from "@/app/ui/chart-frame";
import { readScenario } from "@/app/ui/scenario-from-url";
import { toUrlSearchParams } from "@/app/ui/search-params";
import { logAddressProblems, UrlNotice } from "@/app/ui/url-notice";
import { CompareForm } from "./_components/compare-form";
import { CompareTable, ProvenanceList } from "./_components/compare-table";

export const metadata: Metadata = { title: "Compare suppliers" };

/** The linear/log links of a chart that offers a log axis. */
function ScaleControl({ id, scales }: { id: string; scales: NonNullable<CompareChart["scales"]> }) {
  return (
    <>
      <span id={`${id}-scale`}>Scale:</span>
      <span className="segmented" role="group" aria-labelledby={`${id}-scale`}>
        {scales.map((s) => (
          <Link key={s.scale} href={s.href} aria-current={s.current ? "true" : undefined} prefetch={false}>
            {s.label}
          </Link>
        ))}
      </span>
    </>
  );
}

/** Two to six suppliers side by side for one mineral: charts, one sortable table, and where each figure comes from. */
export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = toUrlSearchParams(await searchParams);
  const view = buildCompareView(params, readScenario(params, COMPARE_VIEW_PARAMS));
  logAddressProblems("/compare", view.warnings);
  const name = view.mineral.name.toLowerCase();
  return (
    <>
      <h1>Compare suppliers</h1>
      <p className="lede">
        {view.names.join(", ")} side by side for {name}: output and reserves, wages, governance, cost of
        capital, what each cost is built on, the landed cost at a US port part by part, tariffs and time to
        first production.
      </p>
      <UrlNotice warnings={view.warnings} />
      <CompareForm view={view} />
      <p className="scenario-line">
        Scenario: {view.scenario}. Change any assumption in the{" "}
        <IntentLink href={view.labHref}>scenario lab</IntentLink>.
      </p>
      {view.mineral.costBasis === "assumption" ? (
        <p className="notice" role="note">
          Costs for {name} are labelled assumptions, not sourced operating data: cash cost and capital
          intensity are set from its 2024 price (see{" "}
          <IntentLink href="/sources#method-cost">the method</IntentLink>). Shares, wages, governance and
          tariffs are published figures.
        </p>
      ) : null}

      <section aria-labelledby="charts">
        <h2 id="charts">Side by side</h2>
        <div className="chart-grid">
          {view.charts.map(({ model, scales }) => (
            <ChartFrame
              key={model.id}
              model={model}
              controls={scales ? <ScaleControl id={model.id} scales={scales} /> : undefined}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="table">
        <h2 id="table">All figures in one table</h2>
        <p>
          Select a column heading to sort by it; select it again to reverse. Values marked{" "}
          <span className="status-mark status-mark--source-estimate">estimate</span>,{" "}
          <span className="status-mark status-mark--secondary">secondary</span> or{" "}
          <span className="status-mark status-mark--assumption">assumption</span> are not plain published
          figures; where each figure comes from is listed under the table.
        </p>
        <p>
          Every landed cost is per tonne of {view.productName}, the form the US imports. It is built from a
          real operation&apos;s reported cost: the country&apos;s own where one is sourced, otherwise another
          country&apos;s, scaled to its wages, productivity and energy prices. The by-product credit is
          negative: metals sold alongside (such as gold) lower the cost.
        </p>
        <CompareTable table={view.table} />
        <details className="chart-frame__table">
          <summary>Where each figure comes from</summary>
          <ProvenanceList provenance={view.provenance} />
        </details>
      </section>
    </>
  );
}
