import { describe, expect, it } from "vitest";
import { type Observation } from "../data/common";
import { loadDataset } from "../data/load";
import { serverChartContext } from "../views/context";
import { tableCsv } from "./chart-model";
import { buildGovernanceBars, buildGovernanceChart, buildGovernanceSeries } from "./governance";

describe("buildGovernanceBars", () => {
  it("takes the latest WGI percentile per country with its 90 % bounds", () => {
    const obs = (country: string, year: number, value: number | null): Observation => ({
      country,
      mineral: null,
      measure: "wgi-political-stability-percentile",
      year,
      value,
      unit: "percentile rank",
      low: 1,
      high: 9,
      status: "published",
      sourceId: "worldbank-wgi-2024",
      ...(value === null ? { note: "no data" } : {}),
    });
    const data = [obs("PK", 2022, 4), obs("PK", 2023, 6.6), obs("UA", 2023, null)];
    const { bars, missing, year, sourceIds } = buildGovernanceBars(
      data,
      "wgi-political-stability-percentile",
      ["PK", "UA"],
      (c) => c,
      () => "p",
    );
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ value: 6.6, low: 1, high: 9, highlight: true });
    expect(year).toBe(2023);
    expect(sourceIds).toEqual(["worldbank-wgi-2024"]);
    expect(missing).toEqual([{ label: "UA", reason: "no WGI value" }]);
  });
});

describe("the governance chart over the real data", () => {
  const ds = loadDataset();
  const ctx = serverChartContext();
  const series = buildGovernanceSeries(
    ds.observations,
    [
      { measure: "wgi-political-stability-percentile", label: "political stability" },
      { measure: "wgi-rule-of-law-percentile", label: "rule of law" },
    ],
    ["PK", "AU"],
    ctx.provenance,
  );
  const chart = buildGovernanceChart(
    { id: "gov", title: "Political stability and rule of law", subtitle: "" },
    series,
    ctx,
  );

  it("puts each country's two ranks together, with Pakistan's 2023 stability rank and bounds", () => {
    expect(series.bars.map((b) => b.label)).toEqual([
      "Pakistan — political stability",
      "Pakistan — rule of law",
      "Australia — political stability",
      "Australia — rule of law",
    ]);
    // World Bank WGI 2024 update: Pakistan's political stability in 2023, 6.6 (90 % bounds 2.8 to 8.5).
    const pk = series.bars[0]!;
    expect([pk.value, pk.low, pk.high].map((x) => x!.toFixed(1))).toEqual(["6.6", "2.8", "8.5"]);
    expect(pk.display).toBe("6.6");
    expect(series.year).toBe(2023);
  });

  it("draws on a 0–100 axis, names the countries in the legend and writes its table as its CSV", () => {
    expect(chart.axis).toEqual({ format: "number", domain: [0, 100] });
    expect(chart.legend.map((l) => l.label)).toEqual(["Pakistan", "Australia"]);
    expect(chart.sources.map((s) => s.id)).toEqual(["worldbank-wgi-2024"]);
    expect(chart.alt).toContain("Pakistan — political stability 6.6 (90 % bounds 2.8–8.5, 2023)");
    const csv = tableCsv(chart.table);
    expect(csv.columns.map((c) => c.label)).toEqual([
      "Label",
      "Percentile rank (0–100)",
      "Low (0–100)",
      "High (0–100)",
      "Detail",
      "Source · year · status",
    ]);
    expect(csv.rows.map((r) => r.slice(0, 4))).toEqual(
      series.bars.map((b) => [b.label, b.value, b.low, b.high]),
    );
  });
});
