import Papa from "papaparse";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { toExportSpec } from "@/lib/charts/chart-model";
import { contextFromSources } from "@/lib/charts/context";
import { buildWorldChart, buildWorldTable } from "@/lib/charts/world-table";
import { type Observation } from "@/lib/data/common";
import { countryName } from "@/lib/data/country-names";
import { chartCsv, composeFigureSvg } from "@/lib/export/figure";
import { ChartTableView } from "../chart-table";
import { Chart } from "./chart";

/**
 * The chart, its table view, its CSV and its exported figure are all drawn from one chart model, so a change to
 * what the builder is given shows in all four at once. A small world table, drawn twice: Pakistan's production
 * moves from 1,000 t to 5,000 t between the two.
 */

const SOURCE = {
  id: "usgs-test",
  title: "Mineral Commodity Summaries 2025: Test",
  producer: "U.S. Geological Survey",
  edition: "MCS 2025",
  licence: "Public domain",
  url: "https://example.org",
};
const ctx = contextFromSources(
  [SOURCE],
  (s) => `USGS, ${s.edition}`,
  (o) => `USGS · ${o.year}`,
);

const observation = (country: string, value: number): Observation => ({
  country,
  mineral: "antimony",
  measure: "mine-production",
  year: 2024,
  value,
  unit: "t",
  status: "published",
  sourceId: SOURCE.id,
  edition: "MCS 2025",
});

/** Everything a reader can get of one chart: the drawn SVG, the table view, the CSV and the exported figure. */
function outputs(pakistan: number) {
  const table = buildWorldTable(
    [
      observation("WORLD", 100_000),
      observation("CN", 60_000),
      observation("AU", 2_000),
      observation("PK", pakistan),
    ],
    countryName,
    { mineral: "antimony", measure: "mine-production", year: 2024, edition: "MCS 2025" },
  )!;
  const model = buildWorldChart(table, ctx, {
    title: "World mine production of antimony, 2024",
    mineralName: "Antimony",
  });
  const chart = renderToStaticMarkup(<Chart model={model} />);
  const spec = toExportSpec(model);
  return {
    chart,
    view: renderToStaticMarkup(<ChartTableView table={model.table} />),
    csv: chartCsv(spec, "https://example.org/minerals/antimony", "2026-12-02"),
    figure: composeFigureSvg(spec, {
      chartSvg: chart,
      chartWidth: 800,
      chartHeight: 300,
      permalink: "https://example.org/minerals/antimony",
      date: "2026-12-02",
    }).svg,
  };
}

/** A country's bar in an SVG: its text and the width of its rectangle. */
function bar(svg: string, country: string) {
  const start = svg.indexOf(`<g data-bar="${country}">`);
  const g = start < 0 ? "" : svg.slice(start, svg.indexOf("</g>", start));
  return { text: g, width: /<rect [^>]*width="([^"]+)"/.exec(g)?.[1] };
}

/** Pakistan's row of the table view, as text. */
function pakistanRow(html: string): string {
  const row = html.match(/<tr[^>]*>(?:(?!<\/tr>).)*Pakistan(?:(?!<\/tr>).)*<\/tr>/s)?.[0] ?? "";
  return row.replace(/<[^>]+>/g, "|");
}

/** The CSV's rows below its "#" preamble, as header → cell. */
function csvRows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, comments: "#", skipEmptyLines: true }).data;
}

describe("one chart model behind the chart, its table view, its CSV and its figure", () => {
  const before = outputs(1_000);
  const after = outputs(5_000);

  it("shows the new value in the drawn bar, with a longer bar", () => {
    expect(bar(before.chart, "PK").text).toContain("1,000 t");
    expect(bar(after.chart, "PK").text).toContain("5,000 t");
    expect(parseFloat(bar(after.chart, "PK").width!)).toBeCloseTo(
      5 * parseFloat(bar(before.chart, "PK").width!),
      1,
    );
  });

  it("shows it in the table view", () => {
    expect(pakistanRow(before.view)).toContain("|1,000 t|");
    expect(pakistanRow(after.view)).toContain("|5,000 t|");
    expect(pakistanRow(after.view)).toContain("|5 %|");
  });

  it("writes it in the CSV, as a number", () => {
    const row = (csv: string) => csvRows(csv).find((r) => r["ISO code"] === "PK")!;
    expect(row(before.csv)["Value (t, metric tons)"]).toBe("1000");
    expect(row(after.csv)["Value (t, metric tons)"]).toBe("5000");
    expect(row(after.csv)["Share of world (%)"]).toBe("5");
  });

  it("draws it in the exported figure, the chart inside it being the drawn chart", () => {
    expect(bar(before.figure, "PK").text).toContain("1,000 t");
    expect(bar(after.figure, "PK").text).toContain("5,000 t");
    expect(bar(after.figure, "PK").width).toBe(bar(after.chart, "PK").width);
  });

  it("changes nothing else: the other bars keep their length, the other rows their cells", () => {
    for (const country of ["CN", "AU"]) {
      expect(bar(after.chart, country).width).toBeDefined();
      expect(bar(after.chart, country).width).toBe(bar(before.chart, country).width);
    }
    const others = (csv: string) => csvRows(csv).filter((r) => r["ISO code"] !== "PK");
    expect(others(after.csv)).toEqual(others(before.csv));
  });
});
