import Papa from "papaparse";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { toExportSpec } from "@/lib/charts/chart-model";
import { contextFromSources } from "@/lib/charts/context";
import { DARK_VARIANTS, HIGHLIGHT_BAND_COLOUR, STAGE_COLOURS } from "@/lib/charts/palette";
import { buildStageChart } from "@/lib/charts/stages";
import { type Observation } from "@/lib/data/common";
import { buildMineralStages, IEA_SOURCE } from "@/lib/model/stages";
import { chartCsv } from "@/lib/export/figure";
import { ChartTableView } from "../chart-table";
import { Chart } from "./chart";

/**
 * The grouped (mining vs refining) chart, its table view and its CSV come from one model: China's refined output
 * moves from 25 kt to 40 kt of a 50 kt world (50 % → 80 %) between two drawings.
 */
const ctx = contextFromSources(
  [
    {
      id: IEA_SOURCE,
      title: "Critical Minerals Dataset",
      producer: "IEA",
      edition: "2025",
      licence: "CC BY 4.0",
      url: "x",
    },
  ],
  (s) => `${s.producer}, ${s.edition}`,
  (o) => `IEA · ${o.year}`,
);

function outputs(chinaRefined: number) {
  const row = (country: string, measure: string, value: number): Observation => ({
    country,
    mineral: "cobalt",
    measure,
    year: 2024,
    value,
    unit: "kt",
    status: "secondary",
    sourceId: IEA_SOURCE,
  });
  const obs = [
    row("WORLD", "mine-production", 100),
    row("CD", "mine-production", 70),
    row("CN", "mine-production", 5),
    row("ZZ", "mine-production", 25),
    row("WORLD", "refinery-production", 50),
    row("CN", "refinery-production", chinaRefined),
    row("FI", "refinery-production", 5),
    row("ZZ", "refinery-production", 45 - chinaRefined),
  ];
  // Cobalt's production measure is mine production, but USGS rows are absent: both stages come from the IEA.
  const model = buildStageChart(buildMineralStages(obs, "cobalt", "mine-production"), obs, "Cobalt", ctx)!;
  return {
    chart: renderToStaticMarkup(<Chart model={model} />),
    view: renderToStaticMarkup(<ChartTableView table={model.table} />),
    csv: Papa.parse<Record<string, string>>(
      chartCsv(toExportSpec(model), "https://example.org", "2026-12-02"),
      {
        header: true,
        comments: "#",
        skipEmptyLines: true,
      },
    ).data,
  };
}

/** A bar's markup in the drawn chart: its text and its rectangle's width. */
function bar(svg: string, key: string) {
  const at = svg.indexOf(`data-bar="${key}"`);
  const start = svg.lastIndexOf("<", at);
  const g = at < 0 ? "" : svg.slice(start, svg.indexOf("</g>", start));
  return {
    text: g.replace(/<title>.*?<\/title>/s, "").replace(/<[^>]+>/g, ""),
    width: /width="([^"]+)"/.exec(g)?.[1],
  };
}

describe("the grouped chart of stages", () => {
  const before = outputs(25);
  const after = outputs(40);

  it("draws each stage's bar with its value, China's group on a band, 'Rest of world' as a dashed outline", () => {
    expect(bar(before.chart, "CN-refining").text).toBe("refining 50 %");
    expect(bar(before.chart, "CN-mining").text).toBe("mining 5 %");
    expect(before.chart).toContain(`fill="${HIGHLIGHT_BAND_COLOUR}"`);
    expect(before.chart).toContain(`fill="${STAGE_COLOURS.refining}"`);
    const rest = before.chart.slice(before.chart.indexOf('data-bar="ZZ-refining"'));
    expect(rest).toMatch(/^[^>]*><title>[^<]*<\/title><rect [^>]*stroke-dasharray="4 2"/);
    expect(bar(before.chart, "ZZ-refining").text).toBe("refining ≤ 40 %");
    // Finland mines nothing in this table: named, not drawn.
    expect(bar(before.chart, "FI-mining").text).toContain("mining: not listed");
  });

  it("draws the band and the bars in the page's theme: the light colour, and light-dark() for both themes", () => {
    for (const colour of [HIGHLIGHT_BAND_COLOUR, STAGE_COLOURS.refining, STAGE_COLOURS.mining])
      expect(before.chart).toContain(`fill:light-dark(${colour}, ${DARK_VARIANTS[colour]})`);
    // Every fill the chart writes as an attribute has its themed twin in the style beside it.
    const attributes = [...before.chart.matchAll(/ fill="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]);
    const themed = [...before.chart.matchAll(/fill:light-dark\((#[0-9A-Fa-f]{6}), #[0-9A-Fa-f]{6}\)/g)];
    expect(attributes.length).toBeGreaterThan(5);
    expect(themed.map((m) => m[1])).toEqual(attributes);
  });

  it("carries a change to the bar, the table view and the CSV alike", () => {
    expect(bar(after.chart, "CN-refining").text).toBe("refining 80 %");
    expect(parseFloat(bar(after.chart, "CN-refining").width!)).toBeCloseTo(
      1.6 * parseFloat(bar(before.chart, "CN-refining").width!),
      2,
    );
    const china = (csv: typeof before.csv) => csv.find((r) => r["ISO code"] === "CN")!;
    expect(china(before.csv)["Refining: share of world (%)"]).toBe("50");
    expect(china(after.csv)["Refining: share of world (%)"]).toBe("80");
    expect(after.view).toContain("80 %");
    expect(bar(after.chart, "CN-mining").width).toBe(bar(before.chart, "CN-mining").width);
  });
});
