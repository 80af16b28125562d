import { describe, expect, it } from "vitest";
import { type BarsChart } from "./chart-model";
import { sameDrawing } from "./drawing";

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

describe("sameDrawing", () => {
  it("is the same when only what the frame shows changes", () => {
    const moved = {
      ...chart,
      scenario: "Evidence baseline, with 1 assumption changed",
      changes: ["Pakistan — country risk premium: 6 percentage points"],
      table: { caption: "Gap", columns: [], rows: [{ key: "AU", cells: [] }] },
    };
    expect(sameDrawing(moved, chart)).toBe(true);
    expect(sameDrawing(chart, moved)).toBe(true);
  });

  it("differs when a drawn value, its tooltip or the alt text changes", () => {
    const bar = chart.bars[0]!;
    expect(sameDrawing({ ...chart, bars: [{ ...bar, value: 121 }] }, chart)).toBe(false);
    expect(sameDrawing({ ...chart, bars: [{ ...bar, tooltip: "Australia 121" }] }, chart)).toBe(false);
    expect(sameDrawing({ ...chart, alt: "Pakistan is US$121 dearer." }, chart)).toBe(false);
    // A field one model has and the other lacks (a reference line added) is a different drawing, either way round.
    const withLine: BarsChart = { ...chart, reference: { value: 100, label: "Target" } };
    expect(sameDrawing(withLine, chart)).toBe(false);
    expect(sameDrawing(chart, withLine)).toBe(false);
  });
});
