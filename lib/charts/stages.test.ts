import { describe, expect, it } from "vitest";
import { type Observation } from "../data/common";
import { loadDataset } from "../data/load";
import { buildMineralStages, IEA_SOURCE } from "../model/stages";
import { serverChartContext } from "../views/context";
import { type GroupedChart, tableCsv } from "./chart-model";
import { contextFromSources } from "./context";
import { buildStageChart } from "./stages";

const ctx = contextFromSources(
  [
    {
      id: "usgs-t",
      title: "T",
      producer: "U.S. Geological Survey",
      edition: "MCS 2025",
      licence: "PD",
      url: "x",
    },
    { id: IEA_SOURCE, title: "I", producer: "IEA", edition: "2025", licence: "CC BY 4.0", url: "y" },
  ],
  (s) => s.producer,
  (o) => `${o.sourceId} · ${o.year}`,
);

/** Mining from a USGS-like table, refining from the IEA's, in the same unit. */
function fixture(): Observation[] {
  const row = (country: string, measure: string, value: number | null, iea: boolean): Observation => ({
    country,
    mineral: "copper",
    measure,
    year: 2024,
    value,
    unit: "kt",
    status: iea ? "secondary" : "published",
    sourceId: iea ? IEA_SOURCE : "usgs-t",
    ...(iea ? {} : { edition: "MCS 2025" as const }),
    ...(value === null ? { note: "Not listed in this block" } : {}),
  });
  const mining = { WORLD: 100, CN: 10, CL: 30, PE: 20, ZZ: 40 };
  const refining = { WORLD: 50, CN: 25, CL: 5, JP: 10, ZZ: 10 };
  return [
    ...Object.entries(mining).map(([c, v]) => row(c, "mine-production", v, false)),
    ...Object.entries(refining).map(([c, v]) => row(c, "refinery-production", v, true)),
    row("PK", "refinery-production", null, true),
  ];
}

const shown = (model: GroupedChart, group: string) =>
  model.groups
    .find((g) => g.key === group)!
    .bars.map((b) => ("missing" in b ? `missing: ${b.missing}` : b.display));

describe("the mining vs refining chart", () => {
  const obs = fixture();
  const model = buildStageChart(buildMineralStages(obs, "copper", "mine-production"), obs, "Copper", ctx)!;

  it("puts each country's share at both stages side by side, largest first, China marked", () => {
    // Largest share at either stage: China 25/50 = 50 %, Chile 30 %, then Japan and Peru at 20 % (by name).
    expect(model.groups.map((g) => g.key)).toEqual(["CN", "CL", "JP", "PE", "PK", "ZZ"]);
    expect(shown(model, "CN")).toEqual(["10 %", "50 %"]);
    expect(model.groups[0]).toMatchObject({ label: "China", highlight: true });
    expect(model.groups.filter((g) => g.highlight)).toHaveLength(1);
    expect(model.table.rows.find((r) => r.key === "CN")!.focus).toBe(true);
  });

  it("names a gap instead of drawing a zero, with the source's reason", () => {
    expect(shown(model, "JP")).toEqual([
      "missing: not listed by USGS: any output is inside “Rest of world”",
      "20 %",
    ]);
    expect(shown(model, "PK")).toEqual([
      "missing: not listed by USGS: any output is inside “Rest of world”",
      "missing: Not listed in this block",
    ]);
    expect(model.missing).toContainEqual({
      label: "Pakistan (refining)",
      reason: "Not listed in this block",
    });
  });

  it("shows 'Rest of world' as a bound on any one country, drawn as an outline, not a country", () => {
    const rest = model.groups.find((g) => g.key === "ZZ")!;
    expect(rest.label).toMatch(/^Rest of world \(all other countries together/);
    expect(shown(model, "ZZ")).toEqual(["≤ 40 %", "≤ 20 %"]);
    expect(rest.bars.every((b) => !("missing" in b) && b.bound)).toBe(true);
  });

  it("writes the table rows to the CSV: shares as numbers, outputs, sources, and the world totals", () => {
    const csv = tableCsv(model.table);
    expect(csv.columns.map((c) => c.label)).toEqual([
      "Country",
      "Mining: share of world (%)",
      "Mining: output (kt)",
      "Mining: source",
      "Refining: share of world (%)",
      "Refining: output (kt)",
      "Refining: source",
      "ISO code",
    ]);
    expect(csv.rows.find((r) => r[7] === "CN")).toEqual([
      "China",
      10,
      10,
      "usgs-t",
      50,
      25,
      IEA_SOURCE,
      "CN",
    ]);
    expect(csv.rows.find((r) => r[7] === "WORLD")).toEqual([
      "World total",
      null,
      100,
      "usgs-t",
      null,
      50,
      IEA_SOURCE,
      "WORLD",
    ]);
    expect(csv.rows.map((r) => r[7])).toEqual([...model.groups.map((g) => g.key), "WORLD"]);
    expect(model.fullDataQuery).toBe("mineral=copper&measure=mine-production%2Crefinery-production");
    expect(model.notes[0]).toContain("Mining is from USGS, refining from the IEA");
  });

  it("is null when a stage is missing", () => {
    const miningOnly = obs.filter((o) => o.measure === "mine-production");
    expect(
      buildStageChart(buildMineralStages(miningOnly, "copper", "mine-production"), miningOnly, "Copper", ctx),
    ).toBeNull();
  });
});

describe("stage charts of the real data", () => {
  const ds = loadDataset();
  const chartOf = (id: string) => {
    const m = ds.minerals.find((x) => x.id === id)!;
    return buildStageChart(
      buildMineralStages(ds.observations, m.id, m.productionMeasure),
      ds.observations,
      m.name,
      serverChartContext(),
    );
  };

  it("draws both stages for copper, lithium, nickel, cobalt, graphite and rare earths, and no others", () => {
    const drawn = ds.minerals.filter((m) => chartOf(m.id) !== null).map((m) => m.id);
    expect(drawn.sort()).toEqual(["cobalt", "copper", "graphite", "lithium", "nickel", "rare-earths"]);
  });

  it("gives China's copper: 7.8 % of mining, 44.4 % of refining (USGS MCS 2025, 2024)", () => {
    // 1,800 of 23,000 kt mined; 12,000 of 27,000 kt refined.
    expect(shown(chartOf("copper")!, "CN")).toEqual(["7.8 %", "44.4 %"]);
    expect(shown(chartOf("lithium")!, "CN")).toEqual(["17.1 %", "70.2 %"]);
  });

  it("states 'Rest of world' as the bound that makes each stage add up to 100 %", () => {
    for (const id of ["copper", "lithium", "nickel", "cobalt", "graphite", "rare-earths"]) {
      const m = ds.minerals.find((x) => x.id === id)!;
      const stages = buildMineralStages(ds.observations, m.id, m.productionMeasure);
      const model = chartOf(id)!;
      model.series.forEach((series, i) => {
        const w = stages.primary[series.key as "mining" | "refining"]!;
        const listed = w.shares.reduce((sum, s) => sum + s.share, 0);
        const rest = model.groups.find((g) => g.key === "ZZ")!.bars[i]!;
        if ("missing" in rest) {
          // No residual row printed (graphite's USGS table): the listed countries are the world total, as USGS
          // rounds it (1,630,670 t listed against a world of "1,600,000").
          expect(Math.abs(listed - 1), `${id} ${series.key}`).toBeLessThan(0.05);
          return;
        }
        // A bound above nothing is just nothing: USGS's lithium table prints "—" for "Other countries".
        expect(rest.display, `${id} ${series.key}`).toMatch(rest.value > 0 ? /^≤ / : /^0 %$/);
        // IEA blocks add up exactly; USGS rounds its world totals.
        const tolerance = w.sourceId === IEA_SOURCE ? 1e-6 : 0.05;
        expect(Math.abs(listed + rest.value / 100 - 1), `${id} ${series.key}`).toBeLessThan(tolerance);
      });
    }
  });
});
