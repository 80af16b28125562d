import { describe, expect, it } from "vitest";
import { type BarsChart } from "./chart-model";
import { drawingKey } from "./drawing";

const chart: BarsChart = {
  kind: "bars",
  id: "cost-gap",
  title: "Pakistan's cost gap",
  subtitle: "USD per tonne",
  legend: [],
  table: { caption: "Gap", columns: [], rows: [] },
  alt: "Pakistan is US$120 dearer than Australia.",
  sources: [],
  notes: [],
  missing: [],
  scenario: "Evidence baseline",
  bars: [
    {
      key: "AU",
      label: "Australia",
      value: 120,
      display: "US$120",
      colour: "#000",
      tooltip: "Australia 120",
    },
  ],
  axis: { format: "usd-compact" },
};

describe("drawingKey", () => {
  it("is the same when only what the frame shows changes", () => {
    const moved = {
      ...chart,
      scenario: "Evidence baseline, with 1 assumption changed",
      changes: ["Pakistan — country risk premium: 6 percentage points"],
      table: { caption: "Gap", columns: [], rows: [{ key: "AU", cells: [] }] },
    };
    expect(drawingKey(moved)).toBe(drawingKey(chart));
  });

  it("differs when a drawn value, its tooltip or the alt text changes", () => {
    const bar = chart.bars[0]!;
    expect(drawingKey({ ...chart, bars: [{ ...bar, value: 121 }] })).not.toBe(drawingKey(chart));
    expect(drawingKey({ ...chart, bars: [{ ...bar, tooltip: "Australia 121" }] })).not.toBe(
      drawingKey(chart),
    );
    expect(drawingKey({ ...chart, alt: "Pakistan is US$121 dearer." })).not.toBe(drawingKey(chart));
  });
});
