import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildObservationSeries, describeTimeSeries } from "./time-series";

describe("buildObservationSeries", () => {
  it("gives Pakistan's political stability 2019–2023 with the World Bank's 90 % bounds, oldest first", () => {
    const ds = loadDataset();
    const s = buildObservationSeries(
      ds.observations,
      { country: "PK", measure: "wgi-political-stability-percentile" },
      { key: "PK", label: "Pakistan", colour: "#000" },
      () => "WGI",
    );
    expect(s.points.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(s.points[0]!.display).toBe("3.3");
    for (const p of s.points) {
      expect(p.low!).toBeLessThanOrEqual(p.value);
      expect(p.high!).toBeGreaterThanOrEqual(p.value);
    }
    expect(describeTimeSeries("Political stability", [s])).toMatch(
      /^Line chart, Political stability\. Pakistan: from 3\.3 in 2019 to 6\.6 in 2023 \(90 % bounds/,
    );
  });

  it("lists a year without a value as missing", () => {
    const s = buildObservationSeries(
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
    expect(s.missing).toEqual([{ year: 2020, reason: "not rated" }]);
    expect(s.points).toHaveLength(1);
    expect(s.points[0]!.estimate).toBe(true);
  });
});
