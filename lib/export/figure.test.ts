import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DARK_BACKGROUND_COLOUR, DARK_VARIANTS } from "../charts/palette";
import { chartCsv, composeFigureSvg, exportFileName, type ExportSpec, wrap } from "./figure";

const spec: ExportSpec = {
  id: "landed-cost",
  title: "Landed cost at a US port, copper",
  subtitle: "US dollars per tonne of copper in concentrate, by part.",
  mineral: "copper",
  scenarioName:
    "Evidence baseline with 1 change: Pakistan — country risk premium: 6 percentage points (baseline 12.02 percentage points)",
  changes: ["Pakistan — country risk premium: 6 percentage points (baseline 12.02 percentage points)"],
  sources: [
    {
      id: "usgs-mcs2025-copper",
      title: "Mineral Commodity Summaries 2025: Copper",
      producer: "U.S. Geological Survey",
      edition: "MCS 2025",
      licence: "Public domain (U.S. Government work)",
      url: "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-copper.pdf",
    },
  ],
  legend: [
    { label: "Labour", colour: "#1F5FA8" },
    { label: "Preset total", colour: "#4A5560", dashed: true },
  ],
  csv: {
    columns: [{ label: "Supplier" }, { label: "Total (USD per tonne)" }],
    rows: [
      ["Pakistan", 6512.5],
      ['Australia, "AU"', 6727],
    ],
  },
};

describe("figure export", () => {
  it("names files by chart, mineral and scenario", () => {
    expect(exportFileName(spec, "2026-11-27", "png")).toBe(
      "landed-cost_copper_evidence-baseline-modified_2026-11-27.png",
    );
    expect(
      exportFileName(
        { id: "reserves", scenarioName: "Published data", mineral: undefined, changes: [] },
        "2026-11-27",
        "csv",
      ),
    ).toBe("reserves_published-data_2026-11-27.csv");
  });

  it("writes a CSV with a # preamble and exactly the plotted rows", () => {
    const csv = chartCsv(spec, "http://localhost:3000/scenario?v=1&crp-pk=6", "2026-11-27");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("# Landed cost at a US port, copper");
    expect(csv).toContain(
      "# Changed assumption: Pakistan — country risk premium: 6 percentage points (baseline 12.02 percentage points)",
    );
    expect(csv).toContain(
      "# Source: Mineral Commodity Summaries 2025: Copper — U.S. Geological Survey, MCS 2025 (Public domain (U.S. Government work))",
    );
    expect(csv).toContain("# Permalink: http://localhost:3000/scenario?v=1&crp-pk=6");
    const parsed = Papa.parse<string[]>(csv, { comments: "#", skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ["Supplier", "Total (USD per tonne)"],
      ["Pakistan", "6512.5"],
      ['Australia, "AU"', "6727"],
    ]);
  });

  it("composes a figure with title, chart, legend, source, scenario, changes, date and permalink as text", () => {
    const { svg, width, height } = composeFigureSvg(spec, {
      chartSvg:
        '<svg viewBox="0 0 600 300" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10" fill="#1F5FA8"/></svg>',
      chartWidth: 600,
      chartHeight: 300,
      permalink: "http://localhost:3000/scenario?v=1&crp-pk=6",
      date: "2026-11-27",
    });
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(300);
    for (const s of [
      "Landed cost at a US port, copper",
      "Labour",
      "Preset total",
      "U.S. Geological Survey",
      "Public domain",
      "country risk premium: 6 percentage points",
      "2026-11-27",
      "crp-pk=6",
    ]) {
      expect(svg).toContain(s.replace(/&/g, "&amp;"));
    }
    expect(svg).toContain('<rect width="800"');
    // The chart's own size attributes are replaced, not repeated (a repeated attribute is invalid XML).
    const nested = composeFigureSvg(spec, {
      chartSvg: '<svg width="600" height="300" viewBox="0 0 600 300"></svg>',
      chartWidth: 600,
      chartHeight: 300,
      permalink: "p",
      date: "d",
    }).svg;
    const tag = nested.match(/<svg x="[^"]*"[^>]*>/)![0];
    expect(tag.match(/ width=/g)).toHaveLength(1);
    const slide = composeFigureSvg(spec, {
      chartSvg: '<svg viewBox="0 0 600 300"></svg>',
      chartWidth: 600,
      chartHeight: 300,
      permalink: "x",
      date: "d",
      preset: "slide",
      transparent: true,
    });
    expect([slide.width, slide.height]).toEqual([960, 540]);
    expect(slide.svg).not.toContain('fill="#ffffff"/><text');
  });

  it("draws the figure on white in the light colours unless the reader asks for a dark background", () => {
    const options = { chartSvg: "<svg></svg>", chartWidth: 600, chartHeight: 300, permalink: "p", date: "d" };
    const light = composeFigureSvg(spec, options).svg;
    const dark = composeFigureSvg(spec, { ...options, scheme: "dark" }).svg;
    const background = (svg: string) => svg.match(/<rect width="\d+" height="\d+" fill="([^"]+)"\/>/)![1];
    const titleFill = (svg: string) => svg.match(/font-weight="700" fill="([^"]+)"/)![1];
    const swatch = (svg: string) => svg.match(/<rect [^>]*rx="2" fill="([^"]+)" stroke="([^"]+)"/)!.slice(1);
    expect([background(light), titleFill(light), swatch(light)]).toEqual([
      "#ffffff",
      "#1B2327",
      ["#1F5FA8", "#1F5FA8"],
    ]);
    expect([background(dark), titleFill(dark), swatch(dark)]).toEqual([
      DARK_BACKGROUND_COLOUR,
      DARK_VARIANTS["#1B2327"],
      [DARK_VARIANTS["#1F5FA8"], DARK_VARIANTS["#1F5FA8"]],
    ]);
    // The dashed swatch of a baseline is hollow: the figure's own background inside its outline.
    expect(dark).toContain(
      `fill="${DARK_BACKGROUND_COLOUR}" stroke="${DARK_VARIANTS["#4A5560"]}" stroke-dasharray`,
    );
    expect(light + dark).not.toContain("var(");
    expect(light + dark).not.toContain("light-dark(");
  });

  it("wraps long text and escapes markup", () => {
    expect(wrap("a b c d e f", 30, 10)).toEqual(["a b c d e", "f"]);
    const { svg } = composeFigureSvg(
      { ...spec, title: "<script>alert(1)</script>" },
      { chartSvg: "<svg></svg>", chartWidth: 1, chartHeight: 1, permalink: "p", date: "d" },
    );
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });
});
