import type { Metadata } from "next";
import Link from "next/link";
import { loadModelContext } from "@/lib/api/model-context";
import { formatNumber } from "@/lib/charts/format";
import { assumptionName } from "@/lib/views/scenario-text";
import { GROUP_LABELS, GROUPS } from "@/lib/model/types";
import { SourceLink, StatusBadge } from "@/app/ui/provenance";
import { TableScroll } from "@/app/ui/table-scroll";

export const metadata: Metadata = {
  title: "Assumptions of the model",
  description:
    "Every assumption of the scenario model: default, slider range, low–high range, status, source and basis.",
};

/** The model's assumptions table, on its own page so that Sources and method stays light to load. */
export default function AssumptionsPage() {
  const { table, presets } = loadModelContext();
  const counts = GROUPS.map((g) => ({ g, n: table.filter((a) => a.group === g).length }));
  return (
    <>
      <p className="breadcrumb">
        <Link href="/sources">Sources and method</Link> / Assumptions
      </p>
      <h1>Assumptions of the model</h1>
      <p className="lede">
        The scenario model runs on {table.length} assumptions. Each starts from a published figure or, where
        none exists, from a labelled judgement with its basis. The default is the Evidence baseline; the{" "}
        {presets.length - 1} other presets change some of them, and every one can be moved in the{" "}
        <Link href="/scenario">scenario lab</Link>. The low–high range feeds the sensitivity (tornado) and
        uncertainty runs.
      </p>
      <p>
        {counts.map(({ g, n }, i) => (
          <span key={g}>
            {i ? "; " : ""}
            {GROUP_LABELS[g]}: {n}
          </span>
        ))}
        . How they combine is set out in the <Link href="/sources#method">method</Link>; the same table is
        available as JSON from <a href="/api/assumptions">/api/assumptions</a>.
      </p>
      <TableScroll label="Assumptions of the model">
        <table className="data">
          <caption>
            Assumptions of the model: default, slider range, low–high range for sensitivity and uncertainty
          </caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col">Key</th>
              <th scope="col" className="num">
                Default
              </th>
              <th scope="col" className="num">
                Slider range
              </th>
              <th scope="col" className="num">
                Low–high
              </th>
              <th scope="col">Status</th>
              <th scope="col">Source</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          {GROUPS.map((g) => (
            <tbody key={g}>
              <tr>
                <th scope="rowgroup" colSpan={8}>
                  {GROUP_LABELS[g]}
                </th>
              </tr>
              {table
                .filter((a) => a.group === g)
                .map((a) => (
                  <tr key={a.key}>
                    <th scope="row">{assumptionName(a)}</th>
                    <td>
                      <code>{a.key}</code>
                    </td>
                    <td className="num">
                      {a.options?.find((o) => o.value === a.default)?.label ?? formatNumber(a.default)}
                    </td>
                    <td className="num">
                      {formatNumber(a.min)}–{formatNumber(a.max)}
                    </td>
                    <td className="num">
                      {formatNumber(a.low)}–{formatNumber(a.high)}
                    </td>
                    <td>
                      <StatusBadge status={a.status} />
                    </td>
                    <td>
                      <SourceLink id={a.sourceId} />
                    </td>
                    <td>{a.basis}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </>
  );
}
