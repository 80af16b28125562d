import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";

/**
 * Chart drawings, tables, source lines and lists are kept as the server drew them, without hydration
 * (app/ui/static-subtree.tsx). The pages must still work as before: no hydration error, tables that open, an
 * export menu that answers, links that go where they say, and the same drawings after a client-side navigation.
 */

const TITLE = "World mine production of rare earths, 2024";

test("a reading page hydrates without errors and its charts, tables and export menu still work", async ({
  mineralPage,
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("Permissions-Policy")) errors.push(m.text());
  });
  await mineralPage.goto("rare-earths");
  const figure = mineralPage.chart(TITLE);
  // The Export button answers only once React has hydrated the frame.
  const menu = new ChartExport(page, figure);
  await menu.open();
  await expect(menu.item("Download CSV")).toBeVisible();
  const { bytes } = await menu.download("Download CSV");
  const rows = Papa.parse<string[]>(
    bytes
      .toString("utf8")
      .split("\n")
      .filter((l) => !l.startsWith("#"))
      .join("\n"),
  ).data;
  expect(rows.find((r) => r[0] === "China")?.[1]).toBe("270000");

  // The server's drawing is still there, and its table view opens with the same value.
  await expect(figure.getByRole("img")).toHaveAttribute("aria-label", /China 270,000 t/);
  const table = await mineralPage.openTable(TITLE);
  await expect(mineralPage.row(table, "China").getByRole("cell").first()).toHaveText("270,000 t");
  expect(errors).toEqual([]);
});

test("a source link in a chart's source line goes to the source's entry", async ({ mineralPage, page }) => {
  await mineralPage.goto("rare-earths");
  const link = mineralPage.chart(TITLE).locator("figcaption").getByRole("link").first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/sources#/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const entry = page.locator(`[id="${href!.split("#")[1]}"]`);
  await expect(entry.getByRole("heading", { level: 3 })).toBeInViewport();
});

test("after a client-side navigation the charts and tables are drawn by React, with the same content", async ({
  page,
}) => {
  const chart = page.getByRole("figure", { name: /Political stability of the six countries/ });
  const pakistan = () =>
    chart.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Pakistan", exact: true }) });
  // What the server drew on a direct load.
  await page.goto("/countries");
  const label = await chart.getByRole("img").getAttribute("aria-label");
  expect(label).toMatch(/Pakistan/);
  await chart.locator("summary").click();
  const row = (await pakistan().textContent()) ?? "";
  // The same page reached through the site's navigation: a client-side navigation, no document load.
  await page.goto("/sources");
  let loads = 0;
  page.on("load", () => (loads += 1));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Countries" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Countries/);
  await expect(chart.getByRole("img")).toHaveAttribute("aria-label", label!);
  await chart.locator("summary").click();
  await expect(pakistan()).toHaveText(row);
  expect(loads).toBe(0);
});

test("a prerendered page paints before it fetches its scripts, then starts them all and hydrates", async ({
  mineralPage,
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await mineralPage.goto("copper");
  const timing = await page.evaluate(() => {
    const listed =
      document.querySelector("script[data-startup]")?.getAttribute("data-startup")?.split(" ") ?? [];
    const fetched = listed.map(
      (src) =>
        (
          performance.getEntriesByName(new URL(src, location.href).href)[0] as
            PerformanceResourceTiming | undefined
        )?.fetchStart,
    );
    return {
      listed: listed.length,
      running: listed.filter((src) => document.querySelector(`script[src="${src}"]`)).length,
      firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      firstFetch: Math.min(...fetched.map((t) => t ?? NaN)),
    };
  });
  // Every startup script listed by the loader (scripts/paint-first.mjs) is on the page, fetched only after the
  // first contentful paint.
  expect(timing.listed).toBeGreaterThan(3);
  expect(timing.running).toBe(timing.listed);
  expect(timing.firstPaint).toBeGreaterThan(0);
  expect(timing.firstFetch).toBeGreaterThanOrEqual(timing.firstPaint);
  // And the framework has started: the theme picker, a React control, answers.
  await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(errors).toEqual([]);
});
