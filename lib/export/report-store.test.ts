import { describe, expect, it } from "vitest";
import { parseReportStore, serializeReportStore } from "./report-store";

const good = {
  key: "r1",
  addedAt: "2026-11-27T10:00:00Z",
  pageUrl: "http://localhost:3000/minerals/antimony",
  chartSvg: "<svg></svg>",
  chartWidth: 760,
  chartHeight: 400,
  spec: {
    id: "antimony-mine-production-2024",
    title: "World mine production of antimony, 2024",
    subtitle: "",
    scenarioName: "Published data",
    changes: [],
    sources: [],
    legend: [],
    csv: { columns: [], rows: [] },
  },
};

describe("the report store", () => {
  it("keeps good charts and names damaged ones, writing them back unchanged", () => {
    const store = parseReportStore(JSON.stringify([good, { ...good, chartSvg: "<img>" }, 3]));
    expect(store.charts.map((c) => c.key)).toEqual(["r1"]);
    expect(store.damaged.map((d) => [d.index, d.title, d.reason])).toEqual([
      [1, "World mine production of antimony, 2024", "the drawing is not an SVG"],
      [2, null, "not an object"],
    ]);
    expect(JSON.parse(serializeReportStore(store.charts, store.damaged))).toHaveLength(3);
  });

  it("reports an unreadable store", () => {
    expect(parseReportStore("[").unreadable).toMatch(/not valid JSON/);
    expect(parseReportStore("{}").unreadable).toMatch(/should be a list/);
  });
});
