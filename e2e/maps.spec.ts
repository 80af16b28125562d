import { MAP_RAMP } from "../lib/charts/palette";
import { expect, test } from "./fixtures";
import { ChartExport, pngSize } from "./pages/export";

const COPPER = "World mine production of copper, 2024";
const TOP_BIN = MAP_RAMP[MAP_RAMP.length - 1]!;

test("/minerals/copper?tab=map draws a world map with Chile in the top bin, the rest hatched and listed", async ({
  mineralPage,
}) => {
  // The view is served from its own prerendered path: the policy must carry that path's script hashes.
  const blocked: string[] = [];
  mineralPage.page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/.test(m.text())) blocked.push(m.text());
  });
  await mineralPage.page.goto("/minerals/copper?tab=map");
  const figure = mineralPage.chart(COPPER);
  const chile = figure.getByRole("img", { name: /^Chile: 5,300 kt — USGS, MCS 2025/ });
  await expect(chile).toBeVisible();
  await expect(chile.locator("path")).toHaveAttribute("fill", TOP_BIN);
  await expect(
    figure.getByRole("group", { name: /^World map, World mine production of copper/ }),
  ).toBeVisible();
  await expect(figure.getByRole("link", { name: "Map" })).toHaveAttribute("aria-current", "true");
  // The legend's bins carry the unit; countries USGS does not list are hatched and named under the map.
  const legend = figure.getByRole("list", { name: "Legend" });
  await expect(legend).toContainText(/5,300 kt/);
  await expect(legend).toContainText("Hatched: no data");
  await expect(figure.getByText(/Not shown: .*France/)).toBeVisible();
  await expect(figure.getByText(/are aggregates, not countries/)).toBeVisible();
  expect(blocked).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server draws the chosen view: the map, or the table", async ({ mineralPage }) => {
    await mineralPage.page.goto("/minerals/copper?tab=map");
    const figure = mineralPage.chart(COPPER);
    await expect(figure.getByRole("img", { name: /^Chile: 5,300 kt/ })).toBeVisible();
    await figure.getByRole("link", { name: "Table" }).click();
    await expect(mineralPage.page).toHaveURL(/\/minerals\/copper\?tab=table#copper-mine-production-2024$/);
    await expect(figure.getByRole("row", { name: /Chile/ })).toBeVisible();
  });
});

test("the Chart / Map / Table links switch the view in place and keep it in the URL", async ({
  mineralPage,
}) => {
  const { page } = mineralPage;
  await mineralPage.goto("copper");
  await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));
  const figure = mineralPage.chart(COPPER);
  await expect(figure.getByRole("link", { name: "Chart" })).toHaveAttribute("aria-current", "true");

  await figure.getByRole("link", { name: "Map" }).click();
  await expect(page).toHaveURL(/\/minerals\/copper\?tab=map#copper-mine-production-2024$/);
  await expect(figure.getByRole("img", { name: /^Chile: 5,300 kt/ })).toBeVisible();

  await figure.getByRole("link", { name: "Table" }).click();
  await expect(page).toHaveURL(/\?tab=table#/);
  await expect(figure.getByRole("row", { name: /Chile/ })).toBeVisible();
  await expect(figure.getByTestId("chart-copper-mine-production-2024-plot")).toBeHidden();

  await figure.getByRole("link", { name: "Chart" }).click();
  await expect(page).toHaveURL(/\/minerals\/copper#copper-mine-production-2024$/);
  await expect(figure.getByTestId("chart-copper-mine-production-2024-plot")).toBeVisible();
  // Switched by the client router: the page was never reloaded.
  expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
});

test("keyboard focus on a country writes its value, status and source under the map", async ({
  mineralPage,
}) => {
  const { page } = mineralPage;
  await page.goto("/minerals/copper?tab=map");
  const figure = mineralPage.chart(COPPER);
  const caption = figure.locator(".map__tip text").filter({ hasText: /^Chile: / });
  await expect(caption).toBeHidden();
  await figure.getByRole("link", { name: "Table" }).focus();
  await page.keyboard.press("Tab");
  await expect(figure.getByRole("img", { name: /^Chile: / })).toBeFocused();
  await expect(caption).toBeVisible();
  await expect(caption).toHaveText(
    /^Chile: 5,300 kt — USGS, MCS 2025.* · 2024 · (Published|Source's estimate)$/,
  );
  await page.keyboard.press("Tab");
  await expect(caption).toBeHidden();
});

test("the map's SVG and PNG exports are the drawn map; its CSV is the countries it colours", async ({
  mineralPage,
}) => {
  const { page } = mineralPage;
  await page.goto("/minerals/copper?tab=map");
  const ex = new ChartExport(page, mineralPage.chart(COPPER));
  const { download, bytes } = await ex.download("Download SVG");
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = bytes.toString("utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      paths: doc.querySelectorAll("path").length,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" | "),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.paths).toBeGreaterThan(150);
  expect(parsed.texts).toContain(COPPER);
  expect(svg).toContain(`fill="${TOP_BIN}"`);
  expect(svg).not.toMatch(/var\(--/);

  // The PNG is drawn from the same SVG: a 2× raster of the default 800 px wide figure.
  expect(pngSize((await ex.download("Download PNG")).bytes).width).toBe(1600);

  const csv = (await ex.download("Download CSV")).bytes.toString("utf8");
  expect(csv).toMatch(/^Country,"Value \(kt[^)]*\)",Map bin,Year,Status,Source,ISO code$/m);
  expect(csv).toMatch(/^Chile,5300,"[\d,]+–5,300 kt",2024,source-estimate,usgs-mcs2025-copper,CL$/m);
  expect(csv).toContain("#copper-mine-production-2024-map");
  expect(csv).not.toMatch(/^World,/m);
});

test("a tab value that names no view gets a notice and the chart", async ({ mineralPage }) => {
  await mineralPage.page.goto("/minerals/copper?tab=globe");
  const notice = mineralPage.page.getByRole("alert").filter({ hasText: "could not be used" });
  await expect(notice).toContainText("tab: not one of chart, map or table; the chart is shown instead.");
  await expect(mineralPage.chart(COPPER).getByTestId("chart-copper-mine-production-2024-plot")).toBeVisible();
});

test("the countries page maps WGI political stability, Pakistan in the lowest bin", async ({ page }) => {
  await page.goto("/countries?tab=map");
  const figure = page.getByRole("figure", { name: /^Political stability of the six countries/ });
  const pakistan = figure.getByRole("img", {
    name: /^Pakistan: [\d.]+ \(percentile rank, \d{4}\) — World Bank/,
  });
  await expect(pakistan).toBeVisible();
  await expect(pakistan.locator("path")).toHaveAttribute("fill", MAP_RAMP[0]!);
  await expect(figure.getByRole("list", { name: "Legend" })).toContainText("0–25 (percentile rank)");
});

// /countries?tab=map and the map tabs with their table views open are audited in accessibility.spec.ts.
for (const url of ["/minerals/copper?tab=map", "/minerals/copper?tab=table"]) {
  test(`${url} is axe-clean`, async ({ page, a11y }) => {
    // axe reads every node: a page of three maps takes tens of seconds on two busy cores.
    test.setTimeout(120_000);
    await page.goto(url);
    await a11y.expectNoViolations(url);
  });
}
