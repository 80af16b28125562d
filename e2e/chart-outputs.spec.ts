import Papa from "papaparse";
import { STATUS_LABELS, type Status } from "../lib/data/constants";
import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";

/**
 * One chart model draws a chart, its table view and its CSV, so the three agree row for row (the unit test
 * app/ui/charts/one-model.test.tsx shows a change reaching all of them; this checks it as a reader downloads it).
 */
const TITLE = "World mine production of copper, 2024";

test("a chart's CSV is its table view row for row: the drawn bars, then the world total", async ({
  mineralPage,
}) => {
  await mineralPage.goto("copper");
  const figure = mineralPage.chart(TITLE);
  const csv = Papa.parse<Record<string, string>>(
    (await new ChartExport(mineralPage.page, figure).download("Download CSV")).bytes.toString("utf8"),
    { header: true, comments: "#", skipEmptyLines: true },
  );
  expect(csv.errors).toEqual([]);

  // What the chart draws: each bar's country code, label and printed value.
  const bars = await figure.locator("[data-bar]").evaluateAll((els) =>
    els.map((g) => {
      const texts = [...g.querySelectorAll(":scope > text")];
      return {
        key: g.getAttribute("data-bar")!,
        label: texts[0]?.childNodes[0]?.textContent ?? "",
        value: texts[texts.length - 1]?.textContent ?? "",
      };
    }),
  );
  expect(bars.length).toBeGreaterThan(3);

  // What the table view shows: its headers, and each row's cells with the link a source cell holds.
  const table = await mineralPage.openTable(TITLE);
  const headers = await table.locator("thead th").evaluateAll((ths) => ths.map((th) => th.textContent));
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.children].map((c) => ({
        text: c.textContent!.trim(),
        href: c.querySelector("a")?.getAttribute("href") ?? null,
      })),
    ),
  );

  expect(csv.meta.fields).toEqual(headers);
  expect(csv.data.map((r) => r["ISO code"])).toEqual([...bars.map((b) => b.key), "WORLD"]);
  expect(rows).toHaveLength(csv.data.length);
  const valueHeader = headers.find((h) => h?.startsWith("Value"))!;
  csv.data.forEach((r, i) => {
    const cell = (header: string) => rows[i]![headers.indexOf(header)]!;
    for (const h of ["Country", "Year", "Edition", "ISO code", "Note"]) expect(cell(h).text).toBe(r[h]);
    expect(cell("Status").text).toBe(STATUS_LABELS[r.Status as Status]);
    expect(cell("Source").href).toBe(`/sources#${r.Source}`);
    // The table prints the CSV's number in the chart's unit ("5,300 kt"), the share rounded ("23 %").
    expect(Number(cell(valueHeader).text.replace(/[^\d.]/g, ""))).toBe(Number(r[valueHeader]));
    if (r["Share of world (%)"])
      expect(parseFloat(cell("Share of world (%)").text)).toBeCloseTo(Number(r["Share of world (%)"]), 0);
    const bar = bars[i];
    if (bar) {
      expect(bar.label).toBe(r.Country);
      expect(bar.value).toBe(cell(valueHeader).text);
    }
  });
  expect(csv.data.at(-1)!.Country).toBe("World");
});
