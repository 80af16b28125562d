import { describe, expect, it } from "vitest";
import { type SeriesBar } from "./bars";
import { seriesForLogScale, spansOrdersOfMagnitude } from "./log-scale";

const bar = (key: string, value: number): SeriesBar => ({
  key,
  label: key,
  value,
  display: `${value} t`,
  colour: "#000",
  provenance: "",
});

describe("log scale", () => {
  it("moves zero bars out of a log scale, naming them", () => {
    const log = seriesForLogScale({ unit: "t", bars: [bar("A", 0), bar("B", 250)], missing: [] });
    expect(log.bars.map((b) => b.key)).toEqual(["B"]);
    expect(log.missing).toEqual([{ label: "A", reason: "0 t cannot be placed on a log scale" }]);
  });

  it("is offered when positive values span an order of magnitude or more", () => {
    expect(spansOrdersOfMagnitude([250, 60000])).toBe(true);
    // Pakistan's and Australia's mining wages: 2,130 and 103,500 USD a year.
    expect(spansOrdersOfMagnitude([2130, 103500])).toBe(true);
    expect(spansOrdersOfMagnitude([450, 800])).toBe(false);
    expect(spansOrdersOfMagnitude([250, 60000], 3)).toBe(false);
    expect(spansOrdersOfMagnitude([0, 5])).toBe(false);
  });
});
