import { describe, expect, it } from "vitest";
import { tableCsv } from "../charts/chart-model";
import { contextFromSources } from "../charts/context";
import { type Assumption } from "../model/types";
import { buildAssumptionsTable } from "./sources";

const row = (a: Partial<Assumption>): Assumption => ({
  key: "x",
  label: "quantity",
  unit: "%",
  group: "labour",
  country: null,
  mineral: null,
  kind: "number",
  min: 0,
  max: 1500,
  step: 1,
  default: 20,
  low: 10,
  high: 30,
  basis: "Because.",
  sourceId: "src",
  status: "assumption",
  ...a,
});

const ctx = contextFromSources(
  [{ id: "src", title: "A long title", producer: "P", edition: "2025", licence: "CC", url: "https://x" }],
  (s) => `${s.producer}, ${s.edition}`,
  () => "",
);

describe("buildAssumptionsTable", () => {
  const table = buildAssumptionsTable(
    [
      row({
        key: "rule",
        group: "dependency",
        kind: "choice",
        default: 1,
        options: [{ value: 1, label: "Weighted" }],
      }),
      row({ key: "crp-pk", group: "finance-risk", country: "PK", label: "country risk premium", unit: "pp" }),
      row({ key: "wage-pk", group: "labour", country: "PK", label: "mining wage", unit: "USD per year" }),
      row({ key: "life", group: "finance-risk", sourceId: "unknown" }),
    ],
    ctx,
  );
  const text = (r: number, c: number) => {
    const cell = table.rows[r]!.cells[c]!;
    return cell.display ?? cell.value;
  };

  it("lists the assumptions under their group's heading, groups in the lab's order", () => {
    expect(table.rows.map((r) => [r.group, r.key])).toEqual([
      ["Labour", "wage-pk"],
      ["Finance and risk", "crp-pk"],
      ["Finance and risk", "life"],
      ["Dependency", "rule"],
    ]);
  });

  it("names each with its unit and shows key, default (a choice by its label), ranges, status, source, basis", () => {
    expect(table.rows[0]!.cells.map((_, c) => text(0, c))).toEqual([
      "Pakistan — mining wage (USD per year)",
      "wage-pk",
      20,
      "0–1,500",
      "10–30",
      "Assumption (our judgement)",
      "P, 2025",
      "Because.",
    ]);
    expect(table.rows[0]!.cells[6]).toMatchObject({ href: "/sources#src", title: "A long title" });
    expect(text(2, 6)).toBe("unknown");
    expect(text(3, 2)).toBe("Weighted");
  });

  it("keeps the headings out of the CSV rows", () => {
    expect(tableCsv(table).rows.map((r) => r[1])).toEqual(["wage-pk", "crp-pk", "life", "rule"]);
  });
});
