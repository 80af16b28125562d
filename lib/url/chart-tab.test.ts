import { describe, expect, it } from "vitest";
import { chartTabHref, parseTabSegment, tabRewritePath } from "./chart-tab";

const q = (s: string) => new URLSearchParams(s);

describe("the tab parameter", () => {
  it("sends the map and table views of pages with maps to their prerendered paths", () => {
    expect(tabRewritePath("/minerals/copper", q("tab=map"))).toBe("/minerals/copper/tab/map");
    expect(tabRewritePath("/minerals/rare-earths/", q("tab=table"))).toBe("/minerals/rare-earths/tab/table");
    expect(tabRewritePath("/countries", q("tab=map&_rsc=abc"))).toBe("/countries/tab/map");
  });

  it("serves the chart (the default) and every other page as addressed", () => {
    expect(tabRewritePath("/minerals/copper", q(""))).toBeNull();
    expect(tabRewritePath("/minerals/copper", q("tab=chart"))).toBeNull();
    expect(tabRewritePath("/minerals/copper/values", q("tab=map"))).toBeNull();
    expect(tabRewritePath("/countries/PK", q("tab=map"))).toBeNull();
    expect(tabRewritePath("/compare", q("tab=map"))).toBeNull();
  });

  it("sends a value that names no view to the chart with a notice naming the parameter", () => {
    for (const bad of ["Map", "", "globe", "map "]) {
      expect(tabRewritePath("/minerals/copper", q(`tab=${encodeURIComponent(bad)}`))).toBe(
        "/minerals/copper/tab/unknown",
      );
    }
    expect(parseTabSegment("unknown")).toEqual({
      tab: "chart",
      warnings: [{ field: "tab", message: "not one of chart, map or table; the chart is shown instead." }],
    });
    expect(parseTabSegment("map")).toEqual({ tab: "map", warnings: [] });
  });

  it("writes links that land on the chart, without a parameter for the default view", () => {
    expect(chartTabHref("/minerals/copper", "chart", "copper-reserves-2024")).toBe(
      "/minerals/copper#copper-reserves-2024",
    );
    expect(chartTabHref("/countries", "map", "x")).toBe("/countries?tab=map#x");
  });
});
