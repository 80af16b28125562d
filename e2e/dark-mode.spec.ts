import { type Page } from "@playwright/test";
import { BACKGROUND_COLOUR, DARK_BACKGROUND_COLOUR } from "../lib/charts/palette";
import { THEME_STORAGE_KEY } from "../lib/theme/preference";
import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";

/** The main routes: the overview, the lab, compare, a mineral, the countries index and a country, the sources, the API. */
const ROUTES = [
  "/",
  "/scenario",
  "/compare",
  "/minerals/copper",
  "/countries",
  "/countries/PK",
  "/sources",
  "/api",
];

/** A hex colour as getComputedStyle writes it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
const DARK = rgb(DARK_BACKGROUND_COLOUR);
const LIGHT = rgb(BACKGROUND_COLOUR);

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The background of the first chart's plot, if the page draws one. */
const plotBackground = (page: Page) =>
  page.evaluate(() => {
    const rect = document.querySelector("[data-testid$='-plot'] > rect");
    return rect ? getComputedStyle(rect).fill : null;
  });

/**
 * Records, before any of the page's own scripts run, the theme <html> had when <body> was first parsed (that is,
 * before first paint) and every Content-Security-Policy violation.
 */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { themeAtBody?: string | null; cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(e.violatedDirective));
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.themeAtBody = document.documentElement.getAttribute("data-theme");
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { themeAtBody?: string | null; cspViolations: string[] };
      return { themeAtBody: w.themeAtBody, cspViolations: w.cspViolations };
    });
}

test.describe("with the system in dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const path of ROUTES) {
    test(`${path} is dark, its charts too, and axe-clean`, async ({ page, a11y, scenarioPage }) => {
      test.setTimeout(150_000);
      if (path === "/scenario") {
        await scenarioPage.goto();
        await scenarioPage.drawEverything();
      } else {
        expect((await page.goto(path))?.status()).toBe(200);
      }
      expect(await bodyBackground(page)).toBe(DARK);
      await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
      const plot = await plotBackground(page);
      if (!["/countries", "/sources", "/api"].includes(path)) expect(plot).toBe(DARK);
      await a11y.expectNoViolations(`${path} in the dark theme`);
    });
  }

  test("without JavaScript the page follows the system, and the toggle that could not work is not shown", async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/minerals/copper");
    expect(await bodyBackground(page)).toBe(DARK);
    expect(await plotBackground(page)).toBe(DARK);
    await expect(page.getByRole("combobox", { name: "Theme" })).toBeHidden();
    await context.close();
  });

  test("Light pins the light theme over the system's dark, before first paint on reload, on static and dynamic pages", async ({
    page,
  }) => {
    const firstPaint = await watchFirstPaint(page);
    await page.goto("/minerals/copper");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("Light");
    expect(await bodyBackground(page)).toBe(LIGHT);
    expect(await plotBackground(page)).toBe(LIGHT);
    for (const path of ["/minerals/copper", "/scenario"]) {
      await page.goto(path);
      expect(await firstPaint()).toEqual({ themeAtBody: "light", cspViolations: [] });
      expect(await bodyBackground(page)).toBe(LIGHT);
      await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("light");
    }
    await page.getByRole("combobox", { name: "Theme" }).selectOption("System");
    expect(await bodyBackground(page)).toBe(DARK);
    await page.reload();
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBeNull();
    expect(await bodyBackground(page)).toBe(DARK);
  });

  test("a corrupted stored theme falls back to the system without an error", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript((key) => localStorage.setItem(key, '{"theme":"light"'), THEME_STORAGE_KEY);
    await page.goto("/");
    expect(await bodyBackground(page)).toBe(DARK);
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    expect(errors).toEqual([]);
  });

  test("an exported SVG keeps a light background and light colours, unless Dark background is chosen", async ({
    page,
  }) => {
    await page.goto("/minerals/copper");
    const ex = new ChartExport(page, page.getByRole("figure").first());
    const read = async () => {
      const svg = (await ex.download("Download SVG")).bytes.toString("utf8");
      expect(svg).not.toMatch(/var\(--|light-dark\(/);
      return page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const figureBackground = doc.querySelector(":root > rect")?.getAttribute("fill");
        const plotBackground = doc.querySelector(":root > svg > rect")?.getAttribute("fill");
        const title = doc.querySelector(":root > text")?.getAttribute("fill");
        return { figureBackground, plotBackground, title };
      }, svg);
    };
    expect(await read()).toEqual({ figureBackground: "#ffffff", plotBackground: LIGHT, title: "#1B2327" });
    await ex.choose("Dark background");
    const dark = await read();
    expect([dark.figureBackground, dark.plotBackground]).toEqual([DARK_BACKGROUND_COLOUR, DARK]);
    expect(dark.title).not.toBe("#1B2327");
  });
});

test("with the system in light mode, Dark persists across a reload", async ({ page, a11y }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/compare");
  expect(await bodyBackground(page)).toBe(LIGHT);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
  await page.reload();
  expect(await bodyBackground(page)).toBe(DARK);
  expect(await plotBackground(page)).toBe(DARK);
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
  await a11y.expectNoViolations("/compare with Dark chosen");
});
