import { type Page } from "@playwright/test";
import { FOCUS_COUNTRIES, MINERAL_IDS } from "../lib/data/constants";
import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";
import { type ScenarioPage } from "./pages/scenario-page";

/** Every page of the site; each is audited in its default state and again with every chart's table view open. */
const PAGES = [
  "/",
  "/scenario",
  "/compare",
  "/minerals",
  ...MINERAL_IDS.map((m) => `/minerals/${m}`),
  "/countries",
  ...FOCUS_COUNTRIES.map((c) => `/countries/${c}`),
  "/report",
  "/sources",
  "/sources/assumptions",
  "/minerals/copper/values",
  "/api",
];

/** Index and registry pages: tables and lists, no charts. */
const WITHOUT_CHARTS = new Set([
  "/minerals",
  "/countries",
  "/report",
  "/sources",
  "/sources/assumptions",
  "/minerals/copper/values",
  "/api",
]);

/** axe reads every node and computes contrast for every text: long pages take seconds per audit on two cores. */
const AUDIT_TIMEOUT_MS = 120_000;

const LANDED_COST = "Landed cost at a US port, copper";
const ANTIMONY = "World mine production of antimony, 2024";

test("the audited pages are all the minerals and countries the index pages link to", async ({ page }) => {
  await page.goto("/minerals");
  const minerals = await page
    .locator("main a[href^='/minerals/']")
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")))]);
  expect(minerals.sort()).toEqual(MINERAL_IDS.map((m) => `/minerals/${m}`).sort());
  await page.goto("/countries");
  const countries = await page
    .locator("main a[href^='/countries/']")
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")))]);
  expect(countries.sort()).toEqual(FOCUS_COUNTRIES.map((c) => `/countries/${c}`).sort());
});

/** Opens a page and waits until it has settled: the lab's charts drawn and its uncertainty result arrived. */
async function openSettled(page: Page, scenarioPage: ScenarioPage, path: string) {
  if (path === "/scenario") {
    await scenarioPage.goto();
    // Every chart drawn and the uncertainty result in, so that axe audits the lab as a reader who scrolled through it sees it.
    await scenarioPage.drawEverything();
  } else {
    expect((await page.goto(path))?.status()).toBe(200);
  }
}

for (const path of PAGES) {
  test(`axe: ${path} by default and with its table views open; every figure has alt text and a table`, async ({
    page,
    a11y,
    scenarioPage,
  }) => {
    test.setTimeout(AUDIT_TIMEOUT_MS);
    await openSettled(page, scenarioPage, path);
    await a11y.expectNoViolations(`${path} (default state)`);
    await a11y.openTableViews();
    const figures = await a11y.expectFiguresDescribed();
    if (WITHOUT_CHARTS.has(path)) expect(figures).toBe(0);
    else expect(figures).toBeGreaterThan(0);
    await a11y.expectNoViolations(`${path} (table views open)`);
  });
}

// On a phone (and at 400 % zoom) wide tables, equations and charts scroll or reflow: problems a desktop-width
// audit cannot see, such as a scrolling region a keyboard cannot reach.
test.describe("on a 360 px wide screen", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of PAGES) {
    test(`axe: ${path} with its table views open`, async ({ page, a11y, scenarioPage }) => {
      test.setTimeout(AUDIT_TIMEOUT_MS);
      await openSettled(page, scenarioPage, path);
      await a11y.openTableViews();
      await a11y.expectNoViolations(`${path} at 360 px (table views open)`);
    });
  }
});

test("axe: the 404 page", async ({ page, a11y }) => {
  test.setTimeout(AUDIT_TIMEOUT_MS);
  for (const path of ["/no-such-page", "/minerals/unobtainium", "/countries/XX"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await a11y.expectNoViolations(`${path} (404)`);
  }
});

test("axe: the report builder with an added chart, standard charts chosen and their previews shown", async ({
  page,
  a11y,
  scenarioPage,
}) => {
  test.setTimeout(AUDIT_TIMEOUT_MS);
  await scenarioPage.goto("?v=1&crp-pk=6");
  const lab = new ChartExport(page, scenarioPage.figure(LANDED_COST));
  await lab.open();
  await lab.item("Add to report").click();
  await expect(page.getByRole("status").filter({ hasText: "Added to the report builder." })).toBeVisible();

  await page.goto("/report");
  for (const t of [LANDED_COST, ANTIMONY, "Reserves of lithium, 2024"])
    await page.getByRole("checkbox", { name: t, exact: true }).check();
  await expect(page.getByRole("list", { name: "Report order" }).getByRole("listitem")).toHaveCount(3);
  for (const t of [LANDED_COST, ANTIMONY, "Reserves of lithium, 2024"])
    await expect(page.getByRole("img", { name: `Figure: ${t}` })).toBeVisible();
  await a11y.expectNoViolations("/report (charts chosen, previews shown)");
  await page.getByRole("button", { name: "Download ZIP" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ZIP with 3 charts ready." })).toBeVisible({
    timeout: 20_000,
  });
  await a11y.expectNoViolations("/report (after a download, with its message)");
});

test("axe: an open export menu on a mineral page and in the scenario lab", async ({
  page,
  a11y,
  mineralPage,
  scenarioPage,
}) => {
  test.setTimeout(AUDIT_TIMEOUT_MS);
  await mineralPage.goto("antimony");
  const mineral = new ChartExport(page, mineralPage.chart(ANTIMONY));
  await mineral.open();
  await a11y.expectNoViolations("/minerals/antimony (export menu open)");
  await mineral.item("Copy link").click();
  await expect(mineralPage.chart(ANTIMONY).getByRole("status")).toBeVisible();
  await a11y.expectNoViolations("/minerals/antimony (export message shown)");

  await scenarioPage.goto();
  const lab = new ChartExport(page, scenarioPage.figure(LANDED_COST));
  await lab.open();
  await a11y.expectNoViolations("/scenario (export menu open)");
});

test("axe: the scenario lab with every assumption group and note open and scenario A pinned", async ({
  page,
  a11y,
  scenarioPage,
}) => {
  test.setTimeout(AUDIT_TIMEOUT_MS);
  await scenarioPage.goto();
  await scenarioPage.button("Keep as A").click();
  await scenarioPage.setExact("Pakistan — country risk premium (percentage points)", "6");
  await scenarioPage.setExact("Pakistan — mining wage (USD per year)", "999999");
  await expect(
    page.getByRole("table", { name: /Assumptions that differ between A and B \(2\)/ }),
  ).toBeVisible();
  await page.getByRole("searchbox", { name: "Find an assumption" }).fill("");
  const groups = page.locator("details.assumption-group");
  const count = await groups.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    if ((await group.getAttribute("open")) === null) await group.locator("> summary").click();
    await expect(group).toHaveAttribute("open", "");
  }
  // Each assumption's basis note too: over a hundred of them, so opened at once rather than clicked one by one.
  await page
    .locator("details.assumption__help")
    .evaluateAll((notes) => notes.forEach((n) => ((n as HTMLDetailsElement).open = true)));
  await a11y.openTableViews();
  await a11y.expectNoViolations("/scenario (groups open, A pinned, a value clamped)");
});
