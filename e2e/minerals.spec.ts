import { expect, test } from "./fixtures";

test("rare earths: China's 2024 mine production is shown as 270,000 t with its share", async ({ mineralPage, page }) => {
  await mineralPage.goto("rare-earths");
  await expect(mineralPage.heading()).toHaveText("Rare earths");
  const title = "World mine production of rare earths, 2024";
  const table = await mineralPage.openTable(title);
  const china = mineralPage.row(table, "China");
  await expect(china.getByRole("cell").first()).toHaveText("270,000 t");
  await expect(china.getByRole("cell").nth(1)).toHaveText("69.2 %");
  // The chart itself carries the same value, as a bar label and in its generated description.
  await expect(mineralPage.chart(title).getByRole("img")).toHaveAttribute("aria-label", /China 270,000 t \(69\.2 % of world\)/);
  await expect(mineralPage.keyFigure("China's share of world mine production")).toContainText("69.2 % of world");
  // The provenance table names the status of the same value.
  await page.getByText(/Show all \d+ values with their provenance/).click();
  const provenance = page.getByRole("table", { name: "USGS rows with provenance" });
  const row = provenance.getByRole("row").filter({ hasText: "Mine production" }).filter({ has: page.getByRole("rowheader", { name: "China", exact: true }) }).filter({ hasText: "2024" });
  await expect(row).toContainText("270,000 t");
  await expect(row).toContainText("Source's estimate");
});

test("antimony: Pakistan is listed with 250 t, 0.25 % of world output, and its reserves", async ({ mineralPage }) => {
  await mineralPage.goto("antimony");
  await expect(mineralPage.keyFigure("Pakistan's share of world mine production")).toContainText("0.25 % of world");
  await expect(mineralPage.keyFigure("Pakistan's share of world mine production")).toContainText("250 t in 2024");
  const table = await mineralPage.openTable("Reserves of antimony, 2024");
  await expect(mineralPage.row(table, "Pakistan").getByRole("cell").first()).toHaveText("26,000 t");
  await expect(mineralPage.row(table, "World").getByRole("cell").first()).toHaveText(">2,000,000 t");
});

test("graphite: Pakistan has no USGS row and the page says so", async ({ mineralPage, page }) => {
  await mineralPage.goto("graphite");
  await expect(mineralPage.keyFigure("Pakistan's share of world mine production")).toContainText("Not listed by USGS");
  await expect(page.getByRole("figure", { name: /World mine production of graphite/ })).toContainText("Pakistan:");
});

test("titanium: the missing ilmenite and rutile data are named, sponge production is shown", async ({ mineralPage, page }) => {
  await mineralPage.goto("titanium");
  await expect(page.getByRole("note")).toContainText("ilmenite, rutile");
  await expect(mineralPage.chart(/World titanium sponge production/)).toBeVisible();
});

test("every value on a mineral page links to its source entry", async ({ mineralPage, page }) => {
  await mineralPage.goto("copper");
  const table = await mineralPage.openTable("World mine production of copper, 2024");
  await mineralPage.row(table, "China").getByRole("link").click();
  await expect(page).toHaveURL(/\/sources#usgs-mcs2025-copper$/);
  await expect(page.locator("#usgs-mcs2025-copper")).toContainText("U.S. Geological Survey");
  await expect(page.locator("#usgs-mcs2025-copper")).toContainText("Public domain");
});

test("all ten mineral pages render their charts", async ({ mineralPage, page }) => {
  for (const id of ["copper", "lithium", "rare-earths", "graphite", "antimony", "chromium", "nickel", "cobalt", "manganese", "titanium"]) {
    const response = await mineralPage.goto(id);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("figure").count()).toBeGreaterThan(0);
  }
});

test("an unknown mineral gets the 404 page with status 404", async ({ mineralPage, page }) => {
  const response = await mineralPage.goto("unobtainium");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
