import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { tableCsv } from "./chart-model";
import { buildLinesChart, buildObservationLine, describeLines } from "./lines";

describe("buildObservationLine", () => {
  it("gives Pakistan's political stability 2019–2023 with the World Bank's 90 % bounds, oldest first", () => {
    const ds = loadDataset();
    const s = buildObservationLine(
      ds.observations,
      { country: "PK", measure: "wgi-political-stability-percentile" },
      { key: "PK", label: "Pakistan", colour: "#000" },
      () => "WGI",
    );
    expect(s.points.map((p) => p.x)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(s.points[0]!.display).toBe("3.3");
    for (const p of s.points) {
      expect(p.low!).toBeLessThanOrEqual(p.y);
      expect(p.high!).toBeGreaterThanOrEqual(p.y);
    }
    expect(describeLines("Political stability", [s], "90 % bounds")).toMatch(
      /^Line chart, Political stability\. Pakistan: from 3\.3 in 2019 to 6\.6 in 2023 \(90 % bounds 2\.8 to 8\.5\)/,
    );
  });

  it("lists a year without a value as missing", () => {
    const s = buildObservationLine(
      [
        {
          country: "XA",
          mineral: null,
          measure: "m",
          year: 2020,
          value: null,
          note: "not rated",
          unit: "x",
          status: "published",
          sourceId: "s",
        },
        {
          country: "XA",
          mineral: null,
          measure: "m",
          year: 2021,
          value: 5,
          unit: "x",
          status: "source-estimate",
          sourceId: "s",
        },
      ],
      { country: "XA", measure: "m" },
      { key: "XA", label: "X", colour: "#000" },
      () => "",
    );
    expect(s.missing).toEqual([{ label: "2020", reason: "not rated" }]);
    expect(s.points).toHaveLength(1);
    expect(s.points[0]!.estimate).toBe(true);
  });
});

describe("buildLinesChart", () => {
  const line = (key: string, ys: number[]) => ({
    key,
    label: key,
    colour: "#000",
    points: ys.map((y, i) => ({
      x: 2020 + i,
      y,
      low: y - 1,
      high: y + 1,
      display: String(y),
      provenance: "p",
    })),
    missing: [],
  });
  const meta = { id: "c", title: "T", subtitle: "", sources: [] };
  const axis = { format: "number" as const, domain: [0, 100] as const };

  it("writes one table row (and CSV row) per point, the year as row header for a single line", () => {
    const chart = buildLinesChart(meta, [line("PK", [3, 4])], {
      axis,
      value: { label: "Rank", unit: "0–100" },
      rangeName: "90 % bounds",
    });
    const csv = tableCsv(chart.table);
    expect(csv.columns.map((c) => c.label)).toEqual([
      "Year",
      "Rank (0–100)",
      "Lower bound (0–100)",
      "Upper bound (0–100)",
      "Source · year · status",
    ]);
    expect(csv.rows).toEqual([
      [2020, 3, 2, 4, "p"],
      [2021, 4, 3, 5, "p"],
    ]);
    expect(chart.series[0]!.points[0]!.tooltip).toBe("PK, 2020: 3 (90 % bounds 2 to 4)\np");
  });

  it("names the series in the first column where there are several", () => {
    const chart = buildLinesChart(meta, [line("PK", [3]), line("UA", [5])], {
      axis,
      value: { label: "Rank", unit: "0–100" },
      rangeName: "90 % bounds",
    });
    expect(chart.table.columns[0]).toMatchObject({ key: "series", kind: "label" });
    expect(tableCsv(chart.table).rows.map((r) => r.slice(0, 3))).toEqual([
      ["PK", 2020, 3],
      ["UA", 2020, 5],
    ]);
  });
});
