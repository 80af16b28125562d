import { describe, expect, it } from "vitest";
import { describeRangedBars } from "./bar-series";
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
  it("describes ranges in the alt text", () => {
    expect(
      describeRangedBars("WGI", [{ ...bar("PK", 6.6), display: "6.6", low: 3.3, high: 10.4 }], "90 % bounds"),
    ).toBe("Bar chart, WGI. PK 6.6 (90 % bounds 3.3 to 10.4).");
  });
});
