import { describe, expect, it } from "vitest";
import { describeRangedBars, seriesForScale, spansOrdersOfMagnitude } from "./bar-series";
import { type Bar } from "./world-table";

const bar = (key: string, value: number): Bar => ({
  key,
  label: key,
  value,
  display: `${value} t`,
  colour: "#000",
  highlight: false,
  provenance: "",
  estimate: false,
});

describe("bar series helpers", () => {
  it("moves zero bars out of a log scale, naming them", () => {
    const series = { unit: "t", bars: [bar("A", 0), bar("B", 250)], missing: [] };
    expect(seriesForScale(series, "linear")).toBe(series);
    const log = seriesForScale(series, "log");
    expect(log.bars.map((b) => b.key)).toEqual(["B"]);
    expect(log.missing).toEqual([{ label: "A", reason: "0 t cannot be placed on a log scale" }]);
  });

  it("offers a log scale when positive values span an order of magnitude or more", () => {
    expect(spansOrdersOfMagnitude([250, 60000])).toBe(true);
    // Pakistan's and Australia's mining wages: 2,130 and 103,500 USD a year.
    expect(spansOrdersOfMagnitude([2130, 103500])).toBe(true);
    expect(spansOrdersOfMagnitude([450, 800])).toBe(false);
    expect(spansOrdersOfMagnitude([250, 60000], 3)).toBe(false);
    expect(spansOrdersOfMagnitude([0, 5])).toBe(false);
  });

  it("describes ranges in the alt text", () => {
    expect(
      describeRangedBars("WGI", [{ ...bar("PK", 6.6), display: "6.6", low: 3.3, high: 10.4 }], "90 % bounds"),
    ).toBe("Bar chart, WGI. PK 6.6 (90 % bounds 3.3 to 10.4).");
  });
});
