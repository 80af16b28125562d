import { describe, expect, it } from "vitest";
import {
  embedHeight,
  embedSnippet,
  embedUrlFor,
  isEmbedPath,
  pageUrlFor,
  resolveEmbedSegments,
} from "./embed";

const ORIGIN = "https://minerals.example.org";

describe("embed addresses", () => {
  it("keep the page's view and scenario parameters and drop the anchor", () => {
    expect(
      embedUrlFor(
        `${ORIGIN}/compare?mineral=lithium&countries=PK,AU&crp-pk=6&v=1#compare-landed-cost`,
        "compare-landed-cost",
      ),
    ).toBe(`${ORIGIN}/embed/compare/compare-landed-cost?mineral=lithium&countries=PK,AU&crp-pk=6&v=1`);
    expect(embedUrlFor(`${ORIGIN}/minerals/copper`, "copper-mine-production-2024")).toBe(
      `${ORIGIN}/embed/minerals/copper/copper-mine-production-2024`,
    );
    expect(embedUrlFor(`${ORIGIN}/?preset=stress-case&wage-pk=4000`, "claim-c2-chart")).toBe(
      `${ORIGIN}/embed/overview/claim-c2-chart?preset=stress-case&wage-pk=4000`,
    );
  });

  it("map back to the page, with the same query and the chart's anchor, for links and citations", () => {
    const embed = `${ORIGIN}/embed/countries/PK/pk-stability?tab=map`;
    expect(pageUrlFor(embed, "pk-stability")).toBe(`${ORIGIN}/countries/PK?tab=map#pk-stability`);
    expect(pageUrlFor(`${ORIGIN}/embed/overview/c1?crp-pk=6`, "c1")).toBe(`${ORIGIN}/?crp-pk=6#c1`);
    expect(pageUrlFor(`${ORIGIN}/compare?mineral=nickel#old`, "compare-wages")).toBe(
      `${ORIGIN}/compare?mineral=nickel#compare-wages`,
    );
    // Inside an embed, "Copy embed code" gives the same embed.
    expect(embedUrlFor(embed, "pk-stability")).toBe(embed);
  });

  it("exist only for pages whose charts are built on the server from the URL", () => {
    expect(embedUrlFor(`${ORIGIN}/scenario?v=1&crp-pk=6`, "landed-cost")).toBeNull();
    expect(embedUrlFor(`${ORIGIN}/sources`, "x")).toBeNull();
    expect(embedUrlFor(`${ORIGIN}/minerals`, "x")).toBeNull();
    expect(embedUrlFor(`${ORIGIN}/minerals/copper/values`, "x")).toBeNull();
  });

  it("resolve the route's segments to a page and a chart, and nothing else", () => {
    expect(resolveEmbedSegments(["minerals", "copper", "copper-reserves-2024"])).toEqual({
      page: "minerals",
      id: "copper",
      chartId: "copper-reserves-2024",
    });
    expect(resolveEmbedSegments(["overview", "c3"])).toEqual({ page: "overview", chartId: "c3" });
    expect(resolveEmbedSegments(["compare", "compare-wages"])).toEqual({
      page: "compare",
      chartId: "compare-wages",
    });
    expect(resolveEmbedSegments(["minerals", "copper"])).toBeNull();
    expect(resolveEmbedSegments(["scenario", "landed-cost"])).toBeNull();
    expect(resolveEmbedSegments(["compare", "a", "b"])).toBeNull();
    expect(resolveEmbedSegments([])).toBeNull();
  });

  it("are the only framable paths", () => {
    expect(isEmbedPath("/embed/minerals/copper/x")).toBe(true);
    expect(isEmbedPath("/embedded")).toBe(false);
    expect(isEmbedPath("/")).toBe(false);
  });
});

describe("embed code", () => {
  it("is a lazy, borderless, full-width iframe with the chart's title, attributes escaped", () => {
    expect(embedSnippet(`${ORIGIN}/embed/compare/x?a=1&b=2`, 'Wages "PK" <2024>', 512)).toBe(
      `<iframe src="${ORIGIN}/embed/compare/x?a=1&amp;b=2" title="Wages &quot;PK&quot; &lt;2024&gt;" ` +
        `width="100%" height="512" loading="lazy" style="border:0"></iframe>`,
    );
  });

  it("is as tall as the chart plus its title, legend, sources and link", () => {
    // 300 px of chart + 64 title + 48 subtitle + 24 legend + 2 × 24 sources + 40 notes + 32 link = 556 → 560.
    expect(embedHeight(300, { sources: 2, legend: 2 })).toBe(560);
    expect(embedHeight(300, { sources: 2, legend: 4 })).toBeGreaterThan(
      embedHeight(300, { sources: 2, legend: 2 }),
    );
    expect(embedHeight(600, { sources: 1, legend: 0 })).toBe(
      embedHeight(300, { sources: 1, legend: 0 }) + 300,
    );
  });
});
