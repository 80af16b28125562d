import Papa from "papaparse";
import { MINERAL_IDS } from "../lib/data/constants";
import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";

test("rare earths: China's 2024 mine production is shown as 270,000 t with its share", async ({
  mineralPage,
  page,
}) => {
  await mineralPage.goto("rare-earths");
  await expect(mineralPage.heading()).toHaveText("Rare earths");
  const title = "World mine production of rare earths, 2024";
  const table = await mineralPage.openTable(title);
  const china = mineralPage.row(table, "China");
  await expect(china.getByRole("cell").first()).toHaveText("270,000 t");
  await expect(china.getByRole("cell").nth(1)).toHaveText("69.2 %");
  // The chart itself carries the same value, as a bar label and in its generated description.
  await expect(mineralPage.chart(title).getByRole("img")).toHaveAttribute(
    "aria-label",
    /China 270,000 t \(69\.2 % of world\)/,
  );
  await expect(mineralPage.keyFigure("China's share of world mine production")).toContainText(
    "69.2 % of world",
  );
  // The page of every value, one click away, names the status of the same value.
  await page.getByRole("link", { name: "Rare earths: every MCS 2025 value" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rare earths: every MCS 2025 value");
  const provenance = page.getByRole("table", { name: "USGS rows with provenance" });
  const row = provenance
    .getByRole("row")
    .filter({ hasText: "Mine production" })
    .filter({ has: page.getByRole("rowheader", { name: "China", exact: true }) })
    .filter({ hasText: "2024" });
  await expect(row).toContainText("270,000 t");
  await expect(row).toContainText("Source's estimate");
});

test("antimony: Pakistan is listed with 250 t, 0.25 % of world output, and its reserves", async ({
  mineralPage,
}) => {
  await mineralPage.goto("antimony");
  await expect(mineralPage.keyFigure("Pakistan's share of world mine production")).toContainText(
    "0.25 % of world",
  );
  await expect(mineralPage.keyFigure("Pakistan's share of world mine production")).toContainText(
    "250 t in 2024",
  );
  const table = await mineralPage.openTable("Reserves of antimony, 2024");
  await expect(mineralPage.row(table, "Pakistan").getByRole("cell").first()).toHaveText("26,000 t");
  await expect(mineralPage.row(table, "World").getByRole("cell").first()).toHaveText(">2,000,000 t");
});

test("graphite: Pakistan has no USGS row and the page says so", async ({ mineralPage, page }) => {
  await mineralPage.goto("graphite");
  await expect(mineralPage.keyFigure("Pakistan's share of world mine production")).toContainText(
    "Not listed by USGS",
  );
  await expect(page.getByRole("figure", { name: /World mine production of graphite/ })).toContainText(
    /Not shown: .*Pakistan — Not listed by USGS/,
  );
});

test("titanium: the missing ilmenite and rutile data are named, sponge production is shown", async ({
  mineralPage,
  page,
}) => {
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

test("every mineral page renders its charts", async ({ mineralPage, page }) => {
  for (const id of MINERAL_IDS) {
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

test("graphite: China's share of world mine production is 79.4 %", async ({ mineralPage }) => {
  await mineralPage.goto("graphite");
  // USGS MCS 2025: China 1,270,000 t of a 1,600,000 t world total in 2024.
  await expect(mineralPage.keyFigure("China's share of world mine production")).toContainText(
    "79.4 % of world",
  );
  await expect(mineralPage.keyFigure("China's share of world mine production")).toContainText(
    "1,270,000 t in 2024",
  );
});

test("rare earths: concentration with its formula, HHI, top three and China's share", async ({
  mineralPage,
}) => {
  await mineralPage.goto("rare-earths");
  const section = mineralPage.section("How concentrated supply is");
  await expect(section).toContainText("HHI = Σ (100 × si)²");
  const row = mineralPage
    .table(/^Concentration of world rare earths supply/)
    .getByRole("row")
    .filter({ hasText: "Mine production, 2024" });
  // Shares 69.2 %, 11.5 %, 7.9 %, …: HHI = Σ (100 × s)² = 5,024; top three 88.7 %.
  await expect(row.getByRole("cell").nth(0)).toHaveText("5,024");
  await expect(row.getByRole("cell").nth(1)).toContainText("China 69.2 %");
  await expect(row.getByRole("cell").nth(2)).toHaveText("88.7 %");
  await expect(row.getByRole("cell").nth(3)).toHaveText("69.2 %");
});

test("rare earths: US import reliance by year and where US imports come from", async ({ mineralPage }) => {
  await mineralPage.goto("rare-earths");
  const reliance = mineralPage.table("US net import reliance on rare earths, MCS 2025 edition");
  await expect(reliance.getByRole("row").filter({ hasText: "mineral concentrates" })).toContainText(
    "net exporter",
  );
  await expect(reliance.getByRole("row").filter({ hasText: "compounds and metals" })).toContainText(">95 %");
  const chart = mineralPage.chart(/Where US imports of rare-earth compounds and metals came from, 2020–2023/);
  await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /China 70 %/);
  // The MCS 2026 update is a separate, labelled table, never mixed into the chart.
  await expect(
    mineralPage.table(/^Update: US import sources of rare earths, MCS 2026 edition/),
  ).toContainText("China 71 %");
});

test("antimony: China's export controls on a dated timeline", async ({ mineralPage }) => {
  await mineralPage.goto("antimony");
  const licences = mineralPage.event("China requires export licences for antimony");
  await expect(licences).toContainText("Aug 2024");
  await expect(licences).toContainText("Export control");
  await expect(licences).toContainText("in force 15 Sep 2024");
  await expect(mineralPage.event(/China bans exports of antimony, gallium and germanium/)).toContainText(
    "3 Dec 2024",
  );
  await expect(mineralPage.section("Export controls and other events")).toContainText(/3 export controls/);
});

test("copper: Pakistan is not listed by USGS, and Reko Diq's pipeline is shown", async ({ mineralPage }) => {
  await mineralPage.goto("copper");
  const section = mineralPage.section("Pakistan's position");
  await expect(section).toContainText("Not listed in the USGS table of world mine production in 2024");
  const phases = mineralPage.table("Reko Diq: phases");
  await expect(mineralPage.row(phases, "Phase 1 (45 Mtpa mill)").getByRole("cell").nth(2)).toHaveText("2028");
});

test("graphite: MCS 2025 and MCS 2026 values sit in separate, labelled columns", async ({
  mineralPage,
  page,
}) => {
  await mineralPage.goto("graphite");
  const table = mineralPage.table("Graphite (natural): values as each edition prints them");
  await expect(table.getByRole("columnheader", { name: "MCS 2025 edition" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "MCS 2026 edition" })).toBeVisible();
  const canada = mineralPage.row(table, "Canada");
  // MCS 2025 estimated Canada's 2024 output at 20,000 t; MCS 2026 revised it to 11,700 t.
  await expect(canada).toContainText("20,000 t");
  await expect(canada).toContainText("11,700 t");
  await expect(page.getByRole("figure", { name: /MCS 2026/ })).toHaveCount(0);
});

const COPPER_STAGES = "Mining vs refining: shares of world copper output, 2024";

test("copper: mining vs refining side by side, China at 7.8 % of mining and 44.4 % of refining", async ({
  mineralPage,
}) => {
  await mineralPage.goto("copper");
  const section = mineralPage.section("Mining vs refining");
  const figure = mineralPage.chart(COPPER_STAGES);
  await expect(section.getByRole("figure", { name: COPPER_STAGES })).toBeVisible();
  // USGS MCS 2025: China mined 1,800 of 23,000 kt and refined 12,000 of 27,000 kt in 2024.
  await expect(figure.getByRole("img")).toHaveAttribute(
    "aria-label",
    /China: mining 7\.8 %, refining 44\.4 %/,
  );
  const table = await mineralPage.openTable(COPPER_STAGES);
  const china = mineralPage.row(table, "China");
  await expect(china.getByRole("cell").nth(0)).toContainText("7.8 %");
  await expect(china.getByRole("cell").nth(1)).toHaveText("1,800 kt");
  await expect(china.getByRole("cell").nth(3)).toContainText("44.4 %");
  await expect(china.getByRole("cell").nth(4)).toHaveText("12,000 kt");
  // "Rest of world" is a bound on any one country, not a country.
  const rest = table.getByRole("row").filter({ hasText: "Rest of world" });
  await expect(rest.getByRole("cell").nth(0)).toContainText("≤ 11.7 %");
  await expect(rest.getByRole("cell").nth(3)).toContainText("≤ 9.3 %");
  // Exported like every chart: its CSV is its table.
  const csv = Papa.parse<Record<string, string>>(
    (await new ChartExport(mineralPage.page, figure).download("Download CSV")).bytes.toString("utf8"),
    { header: true, comments: "#", skipEmptyLines: true },
  );
  expect(csv.data.find((r) => r["ISO code"] === "CN")).toMatchObject({
    "Mining: share of world (%)": expect.stringMatching(/^7\.82/),
    "Refining: share of world (%)": expect.stringMatching(/^44\.44/),
    "Refining: output (kt)": "12000",
  });
  expect(csv.data.map((r) => r["ISO code"])).toEqual(
    await table.locator("tbody tr td:last-child").allTextContents(),
  );
  // The exported figure is the drawn chart with its title and source line.
  const svg = (await new ChartExport(mineralPage.page, figure).download("Download SVG")).bytes.toString(
    "utf8",
  );
  expect(svg).toContain(COPPER_STAGES);
  expect(svg).toContain("refining 44.4 %");
  expect(svg).toContain("USGS, MCS 2025");
});

test("lithium: both sources' mining figures for China, 41,000 t (USGS) and 56.86 kt (IEA), and why", async ({
  mineralPage,
}) => {
  await mineralPage.goto("lithium");
  // Refining comes from the IEA: China refines 70.2 % of the world's lithium chemicals.
  await expect(
    mineralPage.chart(/Mining vs refining: shares of world lithium output/).getByRole("img"),
  ).toHaveAttribute("aria-label", /China: mining 17\.1 %, refining 70\.2 %/);
  const table = mineralPage.table(/^Where USGS and the IEA differ: world lithium output/);
  const usgs = mineralPage.row(table, "USGS used in the chart");
  const iea = mineralPage.row(table, "IEA");
  await expect(usgs).toContainText("41,000 t");
  await expect(usgs).toContainText("17.1 %");
  await expect(iea).toContainText("56.86 kt");
  await expect(iea).toContainText("22.3 %");
  await expect(iea).toContainText("+5.2 points");
  await expect(iea).toContainText("The IEA puts China's output 38.7 % above USGS's");
});

test("antimony: Pakistan's share of world reserves is a bound, ≤ 1.3 %, as USGS prints the world as >2,000,000 t", async ({
  mineralPage,
}) => {
  await mineralPage.goto("antimony");
  await expect(mineralPage.keyFigure("Pakistan's share of world reserves")).toContainText("≤ 1.3 % of world");
  await expect(mineralPage.keyFigure("Pakistan's share of world reserves")).toContainText(
    "of a world total USGS prints as >2,000,000 t",
  );
  const title = "Reserves of antimony, 2024";
  const table = await mineralPage.openTable(title);
  await expect(mineralPage.row(table, "Pakistan").getByRole("cell").nth(1)).toHaveText("≤ 1.3 %");
  await expect(mineralPage.chart(title)).toContainText(
    'USGS prints the world total as ">2,000,000", a lower bound',
  );
  // One stage only: said in words, not drawn.
  await expect(mineralPage.section("Mining vs refining")).toContainText(
    "Only the mining stage of antimony is in the data",
  );
  await expect(mineralPage.chart(/Mining vs refining/)).toHaveCount(0);
});
