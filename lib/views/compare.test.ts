import { describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { type BarsChart, type StackedChart, tableCsv } from "../charts/chart-model";
import { presetValues } from "../model/presets";
import { buildCompareView, type ReadingScenario } from "./compare";

/** The evidence baseline, as a reading page reads it from an address with no scenario parameters. */
function baseline(): ReadingScenario {
  const ctx = loadModelContext();
  const preset = ctx.presets[0]!;
  return {
    ctx,
    scenario: { preset: preset.id },
    values: presetValues(ctx.table, preset),
    warnings: [],
    query: "",
    explicit: [],
    changes: [],
  };
}

const view = (q: string) => buildCompareView(new URLSearchParams(q), baseline());
const chart = (v: ReturnType<typeof view>, id: string) => v.charts.find((c) => c.model.id === id)!;

describe("buildCompareView", () => {
  it("shows copper for Pakistan, Australia and Canada by default, with six charts", () => {
    const v = view("");
    expect(v.names).toEqual(["Pakistan", "Australia", "Canada"]);
    expect(v.warnings).toEqual([]);
    expect(v.scenario).toBe("Evidence baseline");
    expect(v.charts.map((c) => c.model.id)).toEqual([
      "compare-production",
      "compare-reserves",
      "compare-wage",
      "compare-governance",
      "compare-landed-cost",
      "compare-capital",
    ]);
    expect(chart(v, "compare-production").model.title).toBe("World mine production of copper, 2024");
    expect(v.table.model.rows.map((r) => r.key)).toEqual(["PK", "AU", "CA"]);
    expect(v.form.hidden).toEqual([["v", "1"]]);
  });

  it("charts Pakistan's 250 t of antimony (0.25 % of world) and offers a log axis, naming the US's 0 t on it", () => {
    const linear = view("mineral=antimony&countries=PK,CN,US");
    const production = chart(linear, "compare-production");
    expect(production.model.alt).toMatch(/Pakistan 250 t \(0\.25 % of world\)/);
    expect(production.scales?.map((s) => [s.label, s.current])).toEqual([
      ["Linear", true],
      ["Log", false],
    ]);
    expect(production.scales![1]!.href).toBe(
      "/compare?mineral=antimony&countries=PK,CN,US&scale=log#compare-production-title",
    );
    const log = chart(view("mineral=antimony&countries=PK,CN,US&scale=log"), "compare-production");
    const model = log.model as BarsChart;
    expect(model.axis.log).toBe(true);
    expect(model.subtitle).toContain("Log scale: each step is ten times the last.");
    expect(model.missing).toContainEqual({
      label: "United States",
      reason: "0 t cannot be placed on a log scale",
    });
    // Copper output of Australia and Canada is within a factor of ten: no log axis offered.
    expect(chart(view(""), "compare-production").scales).toBeUndefined();
  });

  it("writes each chart's table as its CSV", () => {
    for (const c of view("mineral=antimony&countries=PK,CN,AU").charts) {
      const csv = tableCsv(c.model.table);
      expect(csv.rows).toEqual(c.model.table.rows.map((r) => r.cells.map((x) => x.value)));
      expect(csv.columns).toHaveLength(c.model.table.columns.length);
    }
  });

  it("stacks the landed cost's parts to the total the table shows", () => {
    const v = view("");
    const cost = chart(v, "compare-landed-cost").model as StackedChart;
    const pk = cost.rows.find((r) => r.key === "PK")!;
    expect(pk.segments.reduce((s, x) => s + x.value, 0)).toBeCloseTo(pk.total, 6);
    const landed = v.table.model.columns.findIndex((c) => c.key === "landed");
    expect(v.table.model.rows[0]!.cells[landed]!.value).toBeCloseTo(pk.total, 6);
    expect(cost.scenario).toBe("Evidence baseline");
    expect(cost.sources.map((s) => s.id)).toContain("project-assumptions");
  });

  it("has a column for what each cost is built on, then the ten parts and the total", () => {
    const v = view("");
    const columns = v.table.model.columns;
    const start = columns.findIndex((c) => c.key === "product");
    expect(columns.slice(start, start + 15).map((c) => [c.label, c.kind])).toEqual([
      ["Product costed", "text"],
      ["Reference operation", "text"],
      ["Operation's reported cost", "number"],
      ["Where it is processed", "text"],
      ["Labour", "number"],
      ["Energy", "number"],
      ["Other operating costs", "number"],
      ["Capital charge", "number"],
      ["Security", "number"],
      ["Processing", "number"],
      ["Freight", "number"],
      ["Cargo insurance", "number"],
      ["US tariff", "number"],
      ["By-product credit", "number"],
      ["Total landed cost", "number"],
    ]);
    const pk = v.table.model.rows.find((r) => r.key === "PK")!;
    const reference = columns.findIndex((c) => c.key === "reference");
    expect(pk.cells[reference]).toMatchObject({
      value: "Reko Diq, phase 1",
      href: "/sources#northernminer-reko-diq-lease-2011",
    });
    // Text columns are read, not sorted: no header link, and an address asking for one is told so.
    expect(v.table.sort.reference).toBeUndefined();
    expect(v.table.sort["reported-cost"]).toBeDefined();
    expect(view("sort=reference").warnings[0]!.message).toContain('cannot sort by "reference"');
    expect(v.table.groupNotes["Landed cost at a US port, USD per tonne"]).toBe(
      "per tonne of refined copper (cathode) (t Cu); the parts add up to the total",
    );
    const cost = chart(v, "compare-landed-cost").model as StackedChart;
    expect(cost.subtitle).toMatch(
      /^US dollars per tonne of refined copper \(cathode\) \(t Cu\), in its ten parts/,
    );
    expect(cost.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(["northernminer-reko-diq-lease-2011", "taseko-2024-results-advfn"]),
    );
    expect(
      tableCsv(cost.table)
        .columns.map((c) => c.label)
        .slice(1, 6),
    ).toEqual([
      "Reference operation",
      "Source of its cost",
      "Own or scaled",
      "Where it is processed",
      "Labour (USD per t Cu)",
    ]);
  });

  it("sorts the table by a column, marks its header and links to the reverse order", () => {
    const v = view("sort=landed&dir=asc");
    // Sorted by the rows' own landed costs, lowest first.
    const landedAt = v.table.model.columns.findIndex((c) => c.key === "landed");
    const landed = (key: string) =>
      v.table.model.rows.find((r) => r.key === key)!.cells[landedAt]!.value as number;
    const keys = v.table.model.rows.map((r) => r.key);
    expect([...keys].sort()).toEqual(["AU", "CA", "PK"]);
    expect([...keys].sort((a, b) => landed(a) - landed(b))).toEqual(keys);
    expect(v.table.model.caption).toBe(
      "Pakistan, Australia, Canada: copper, sorted by total landed cost (lowest first)",
    );
    expect(v.table.sort.landed).toMatchObject({
      sorted: "ascending",
      arrow: "▲",
      href: "/compare?mineral=copper&countries=PK,AU,CA&sort=landed&dir=desc#table",
    });
    expect(v.table.sort.stability).toMatchObject({
      arrow: "↕",
      title: "Sort by political stability, highest first",
    });
    expect(v.form.hidden).toEqual([
      ["v", "1"],
      ["sort", "landed"],
      ["dir", "asc"],
    ]);
  });

  it("gives each cell its provenance, and lists every source with the countries it covers", () => {
    const v = view("");
    const wage = v.table.model.columns.findIndex((c) => c.key === "wage");
    expect(v.table.model.rows[0]!.cells[wage]).toMatchObject({ value: 2130, display: "US$2,130 a year" });
    const stability = v.provenance.find((p) => p.label === "Political stability")!;
    expect(stability.groups).toEqual([
      {
        countries: "Pakistan, Australia, Canada",
        cell: { status: "published", sourceId: "worldbank-wgi-2024", method: null, year: 2023 },
      },
    ]);
  });

  it("names bad view parameters with the safe values used", () => {
    const v = view("mineral=unobtainium&countries=PK,XX&sort=price&scale=cubic");
    expect(v.warnings.map((w) => w.field)).toEqual(["mineral", "countries", "countries", "sort", "scale"]);
    expect(v.names).toEqual(["Pakistan", "Australia", "Canada"]);
    expect(v.mineral.id).toBe("copper");
  });
});
