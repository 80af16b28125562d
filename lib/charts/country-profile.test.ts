import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { serverChartContext } from "../views/context";
import { tableCsv } from "./chart-model";
import { buildCountryShareChart, buildCountryShareSeries } from "./country-profile";

const ds = loadDataset();

describe("Pakistan's share of world production per mineral", () => {
  it("gives Pakistan's 0.25 % of world antimony output and names the minerals USGS does not list it for", () => {
    const series = buildCountryShareSeries(ds.observations, "PK", ds.minerals, () => "USGS");
    // USGS MCS 2025: Pakistan 250 t of a 100,000 t world total in 2024.
    const antimony = series.bars.find((b) => b.key === "antimony")!;
    expect(antimony).toMatchObject({ value: 0.25, display: "0.25 %", detail: "250 t", estimate: true });
    expect(series.missing.map((m) => m.label)).toContain("Graphite (natural)");
  });

  it("reads each mineral's own production measure (titanium: sponge metal)", () => {
    const titanium = ds.minerals.find((m) => m.id === "titanium")!;
    expect(titanium.productionMeasure).toBe("sponge-production");
    const series = buildCountryShareSeries(ds.observations, "CN", [titanium], () => "");
    expect(series.bars.map((b) => b.key)).toEqual(["titanium"]);
    expect(series.bars[0]!.value).toBeGreaterThan(50);
  });

  it("tables every mineral, listed or not, and its CSV is that table", () => {
    const chart = buildCountryShareChart(ds.observations, "PK", ds.minerals, serverChartContext());
    expect(chart.title).toBe("Pakistan's share of world mine production, 2024");
    expect(chart.table.rows).toHaveLength(ds.minerals.length);
    const csv = tableCsv(chart.table);
    const antimony = csv.rows.find((r) => r[0] === "Antimony")!;
    expect(antimony.slice(0, 4)).toEqual(["Antimony", 250, "t", 0.25]);
    expect(csv.rows.map((r) => r[0])).toEqual(chart.table.rows.map((r) => r.cells[0]!.value));
    expect(chart.alt).toMatch(/Antimony 0\.25 % \(250 t\)/);
    expect(chart.missing.map((m) => m.label)).toContain("Graphite (natural)");
  });
});
