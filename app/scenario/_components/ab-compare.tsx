"use client";

import { type Headline } from "@/lib/views/lab-headlines";
import { formatNumber } from "@/lib/charts/format";
import { assumptionName } from "@/lib/views/scenario-text";
import { type Assumption, type ScenarioValues } from "@/lib/model/types";
import { TableScroll } from "@/app/ui/table-scroll";

export interface AbCompareProps {
  table: readonly Assumption[];
  aValues: ScenarioValues;
  bValues: ScenarioValues;
  aPreset: string;
  bPreset: string;
  presetLabel: (id: string) => string;
  aHeadlines: readonly Headline[];
  bHeadlines: readonly Headline[];
}

function show(a: Assumption, x: number): string {
  if (a.kind === "switch") return x >= 0.5 ? "on" : "off";
  if (a.kind === "choice") return a.options?.find((o) => o.value === x)?.label ?? String(x);
  return formatNumber(x);
}

/** The difference table of an A/B comparison: every assumption that differs, and every headline result. */
export function AbCompare({
  table,
  aValues,
  bValues,
  aPreset,
  bPreset,
  presetLabel,
  aHeadlines,
  bHeadlines,
}: AbCompareProps) {
  const changed = table.filter((a) => aValues[a.key] !== bValues[a.key]);
  return (
    <section aria-labelledby="ab-heading" className="panel">
      <h2 id="ab-heading">Scenario A and scenario B</h2>
      <p>
        A: {presetLabel(aPreset)} (pinned). B: {presetLabel(bPreset)} (being edited). The charts show A beside
        B and the preset.
      </p>
      <TableScroll label="Assumptions that differ between A and B">
        <table className="data">
          <caption>Assumptions that differ between A and B ({changed.length})</caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col" className="num">
                A
              </th>
              <th scope="col" className="num">
                B
              </th>
              <th scope="col" className="num">
                B − A
              </th>
            </tr>
          </thead>
          <tbody>
            {changed.length ? (
              changed.map((a) => (
                <tr key={a.key}>
                  <th scope="row">{assumptionName(a)}</th>
                  <td className="num">{show(a, aValues[a.key]!)}</td>
                  <td className="num">{show(a, bValues[a.key]!)}</td>
                  <td className="num">
                    {a.kind === "number" ? formatNumber(bValues[a.key]! - aValues[a.key]!) : ""}
                  </td>
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={4}>A and B use the same assumptions.</td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Headline results, A and B">
        <table className="data">
          <caption>Headline results, A and B</caption>
          <thead>
            <tr>
              <th scope="col">Result</th>
              <th scope="col" className="num">
                A
              </th>
              <th scope="col" className="num">
                B
              </th>
              <th scope="col" className="num">
                B − A
              </th>
            </tr>
          </thead>
          <tbody>
            {bHeadlines.map((b) => {
              const a = aHeadlines.find((x) => x.id === b.id);
              const diff = a && a.value !== null && b.value !== null ? b.value - a.value : null;
              return (
                <tr key={b.id}>
                  <th scope="row">{b.label}</th>
                  <td className="num">{a?.display ?? ""}</td>
                  <td className="num">{b.display}</td>
                  <td className="num">
                    {diff !== null ? formatNumber(diff, 2) : a && a.display !== b.display ? "changed" : ""}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
