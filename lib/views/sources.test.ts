import { describe, expect, it } from "vitest";
import { tableCsv } from "../charts/chart-model";
import { contextFromSources } from "../charts/context";
import { type Assumption } from "../model/types";
import { loadModelContext } from "../api/model-context";
import { serverChartContext } from "./context";
import { buildAssumptionsTable, splitAssumptionsTable } from "./sources";

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

  it("shows a choice's options in words with their codes, and a switch as off and on", () => {
    const t = buildAssumptionsTable(
      [
        row({
          key: "risk-treatment",
          group: "finance-risk",
          label: "how political risk is priced",
          unit: "choice",
          kind: "choice",
          min: 0,
          max: 1,
          default: 0,
          low: 0,
          high: 1,
          options: [
            { value: 0, label: "Priced in the discount rate" },
            { value: 1, label: "Insured" },
          ],
        }),
        row({
          key: "remove-pk",
          group: "dependency",
          country: "PK",
          label: "supply shock",
          unit: "switch",
          kind: "switch",
          min: 0,
          max: 1,
          default: 0,
          low: 0,
          high: 0,
        }),
      ],
      ctx,
    );
    const shown = (r: number) => t.rows[r]!.cells.slice(0, 5).map((c) => c.display ?? c.value);
    expect(shown(0)).toEqual([
      "How political risk is priced",
      "risk-treatment",
      "Priced in the discount rate",
      "options: 0 = Priced in the discount rate, 1 = Insured",
      "Priced in the discount rate to Insured",
    ]);
    expect(shown(1)).toEqual([
      "Pakistan — supply shock",
      "remove-pk",
      "off",
      "options: 0 = off, 1 = on",
      "off (not varied)",
    ]);
  });

  it("keeps the headings out of the CSV rows", () => {
    expect(tableCsv(table).rows.map((r) => r[1])).toEqual(["wage-pk", "crp-pk", "life", "rule"]);
  });
});

describe("the model's assumptions on /sources/assumptions", () => {
  const table = buildAssumptionsTable(loadModelContext().table, serverChartContext());
  const byKey = new Map(table.rows.map((r) => [r.key, r.cells.map((c) => c.display ?? c.value)]));

  it("lists model v2's new assumptions with unit, default, ranges, status and a registered source", () => {
    const keys = [
      "risk-treatment",
      "gold-price",
      "concentrate-grade-copper",
      "copper-treatment-charge",
      "copper-refining-charge",
      "lithium-conversion-cost",
      "reo-separation-cost",
      "electricity-share-copper",
      "fuel-share-lithium",
      "diesel-pk",
      "physical-security-pk",
      "political-risk-insurance-ua",
      "freight-to-china-pk",
      "refine-route-pk",
      "refine-route-ua",
      "unit-cost-reko-diq",
      "capex-gibraltar",
      "power-reko-diq",
    ];
    for (const key of keys) {
      const cells = byKey.get(key);
      expect(cells, key).toBeDefined();
      const [name, , byDefault, slider, range, status, source] = cells!;
      expect(String(name), key).not.toBe("");
      expect(byDefault, key).not.toBeNull();
      expect(String(slider), key).toMatch(/\d/);
      expect(String(range), key).not.toBe("");
      expect(status, key).toMatch(/^[A-Z]/);
      // A citation from the registry, not a bare id.
      expect(String(source), key).not.toMatch(/^[a-z0-9-]+$/);
    }
    expect(byKey.get("gold-price")!.slice(0, 3)).toEqual([
      "Gold price (USD per troy ounce)",
      "gold-price",
      2400,
    ]);
    expect(byKey.get("unit-cost-reko-diq")![0]).toBe(
      "Pakistan — Reko Diq, phase 1 — reported unit cost (USD per t payable copper)",
    );
    expect(byKey.get("refine-route-pk")!.slice(2, 5)).toEqual([
      "In China",
      "options: 0 = At home, 1 = In the United States, 2 = In China, 3 = In a third country",
      "In China (not varied)",
    ]);
    expect(byKey.get("risk-treatment")![2]).toBe("Priced in the discount rate");
  });

  it("cites a registered source for every assumption", () => {
    for (const r of table.rows)
      expect(String(r.cells[6]!.display), r.key).not.toBe(String(r.cells[6]!.value));
  });
});

describe("the method's claim tests", () => {
  it("state Pakistan's WGI rank and bounds from the data, not from a copy in the text", async () => {
    const { buildMethodView } = await import("./sources");
    const c3 = buildMethodView().claimTests.find((t) => t.startsWith("C3"))!;
    expect(c3).toContain("at the 6.6th percentile (bounds 2.8–8.5)");
  });
});

describe("splitAssumptionsTable: one table per group on /sources/assumptions", () => {
  const model = loadModelContext().table;
  const full = buildAssumptionsTable(model, serverChartContext());
  const groups = splitAssumptionsTable(full);

  it("keeps every row once, in the full table's order, and counts each group's assumptions", () => {
    expect(groups.flatMap((g) => g.table.rows.map((r) => r.key))).toEqual(full.rows.map((r) => r.key));
    for (const g of groups) {
      expect(g.count).toBe(model.filter((a) => a.group === g.id).length);
      expect(g.table.rows).toHaveLength(g.count);
    }
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(model.length);
  });

  it("names the group in each caption and drops the rows' group heading", () => {
    const labour = groups.find((g) => g.id === "labour")!;
    expect(labour.table.caption).toBe(
      "Labour — assumptions of the model: default, slider range, low–high range for sensitivity and uncertainty",
    );
    expect(groups.every((g) => g.table.rows.every((r) => r.group === undefined))).toBe(true);
    expect(groups.every((g) => g.table.columns === full.columns)).toBe(true);
  });

  it("leaves out a group without assumptions", () => {
    const onlyLabour = buildAssumptionsTable([row({ key: "wage-pk" })], ctx);
    expect(splitAssumptionsTable(onlyLabour).map((g) => [g.id, g.count])).toEqual([["labour", 1]]);
  });
});
