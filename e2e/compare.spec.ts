import Papa from "papaparse";
import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";

test("Pakistan beside Australia and Canada for copper by default, with the model's figures", async ({
  comparePage,
  page,
}) => {
  await comparePage.goto();
  await expect(page.getByRole("checkbox", { name: "Pakistan (PK)" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Mineral" })).toHaveValue("copper");
  expect(await comparePage.rowOrder()).toEqual(["Pakistan", "Australia", "Canada"]);
  await expect(await comparePage.cell("Pakistan", "Mining wage")).toContainText("US$2,130 a year");
  // 8 % base + 0.5 × 12.02 points of Pakistani country risk.
  await expect(await comparePage.cell("Pakistan", "Cost of capital")).toContainText("14.01 %");
  await expect(await comparePage.cell("Pakistan", "Pipeline capacity")).toContainText("460,000 t Cu/yr");
  await expect(await comparePage.cell("Pakistan", "Time to first production")).toContainText("4 years");
  await expect(await comparePage.cell("Pakistan", "Share of world mine production")).toContainText(
    "not listed",
  );
  await expect(await comparePage.cell("Australia", "Share of world reserves")).toContainText("10.2 %");
});

test("sorting the table by a column reorders the rows and marks the header", async ({
  comparePage,
  page,
}) => {
  await comparePage.goto();
  await expect(comparePage.header("Total landed cost")).not.toHaveAttribute("aria-sort");
  await comparePage.sortBy("Total landed cost");
  await expect(page).toHaveURL(/sort=landed&dir=asc/);
  await expect(comparePage.header("Total landed cost")).toHaveAttribute("aria-sort", "ascending");
  // Evidence baseline, model v2 (refined copper, Reko Diq's gold credited): Pakistan US$7,076/t, Canada
  // US$7,774/t, Australia US$8,992/t.
  expect(await comparePage.rowOrder()).toEqual(["Pakistan", "Canada", "Australia"]);
  await comparePage.sortBy("Total landed cost");
  await expect(comparePage.header("Total landed cost")).toHaveAttribute("aria-sort", "descending");
  expect(await comparePage.rowOrder()).toEqual(["Australia", "Canada", "Pakistan"]);
  await comparePage.sortBy("Political stability");
  await expect(comparePage.header("Political stability")).toHaveAttribute("aria-sort", "descending");
  await expect(comparePage.header("Total landed cost")).not.toHaveAttribute("aria-sort");
  expect(await comparePage.rowOrder()).toEqual(["Australia", "Canada", "Pakistan"]);
});

test("sorting works from the address alone, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/compare?mineral=antimony&countries=PK,CN,AU&sort=production-share&dir=desc");
  const table = page.getByRole("table", { name: /antimony, sorted by share of world mine production/ });
  expect(await table.locator("tbody").getByRole("rowheader").allInnerTexts()).toEqual([
    "China",
    "Australia",
    "Pakistan",
  ]);
  await expect(table.getByRole("columnheader", { name: /^Share of world mine production/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await context.close();
});

test("choosing a mineral and countries with the form puts the selection in the address", async ({
  comparePage,
  page,
}) => {
  await comparePage.goto();
  await page.getByRole("combobox", { name: "Mineral" }).selectOption("antimony");
  await page.getByRole("checkbox", { name: "Canada (CA)" }).uncheck();
  await page.getByRole("checkbox", { name: "China (CN)" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/mineral=antimony/);
  await expect(page).toHaveURL(/countries=PK&countries=AU&countries=CN/);
  expect(await comparePage.rowOrder()).toEqual(["Pakistan", "Australia", "China"]);
  await expect(await comparePage.cell("Pakistan", "Share of world mine production")).toContainText("0.25 %");
  await expect(await comparePage.cell("China", "Share of world mine production")).toContainText("60 %");
  await expect(comparePage.chart("World mine production of antimony, 2024").getByRole("img")).toHaveAttribute(
    "aria-label",
    /Pakistan 250 t \(0\.25 % of world\)/,
  );
});

test("the country search narrows the checkbox list", async ({ comparePage, page }) => {
  await comparePage.goto();
  await page.getByRole("searchbox", { name: "Find a country" }).fill("ukr");
  await expect(page.getByRole("checkbox", { name: "Ukraine (UA)" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Australia (AU)" })).toBeHidden();
  await expect(page.getByText("1 of 6 countries match.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Ukraine (UA)" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  // Boxes hidden by the search still submit (the form is a GET: wait for the new page).
  await expect(page).toHaveURL(/UA/);
  await expect.poll(() => comparePage.rowOrder()).toEqual(["Pakistan", "Australia", "Canada", "Ukraine"]);
});

test("the log scale moves values that span orders of magnitude onto one axis", async ({
  comparePage,
  page,
}) => {
  // Copper output of Australia and Canada (800 and 450 kt) is within a factor of ten: no toggle is offered.
  await comparePage.goto();
  await expect(
    comparePage.chart("World mine production of copper, 2024").getByRole("link", { name: "Log" }),
  ).toHaveCount(0);
  await expect(comparePage.chart("Mining wage").getByRole("link", { name: "Log" })).toHaveCount(1);
  await comparePage.goto("?mineral=antimony&countries=PK,CN,US");
  const chart = comparePage.chart("World mine production of antimony, 2024");
  await expect(chart.getByRole("link", { name: "Linear" })).toHaveAttribute("aria-current", "true");
  await chart.getByRole("link", { name: "Log" }).click();
  await expect(page).toHaveURL(/scale=log/);
  const logChart = comparePage.chart("World mine production of antimony, 2024");
  await expect(logChart.getByRole("link", { name: "Log" })).toHaveAttribute("aria-current", "true");
  await expect(logChart).toContainText("Log scale: each step is ten times the last.");
  // The US prints 0 t, which a log axis cannot place: it is named, not dropped silently.
  await expect(logChart).toContainText("0 t cannot be placed on a log scale");
  await expect(logChart.getByRole("img")).toHaveAttribute("aria-label", /Pakistan 250 t.*China 60,000 t/);
});

test("bad view parameters are named in an alert with the safe values used", async ({ comparePage }) => {
  const response = await comparePage.goto("?mineral=unobtainium&countries=PK,XX&sort=price&scale=cubic");
  expect(response?.status()).toBe(200);
  const alert = comparePage.alert();
  await expect(alert).toContainText('unknown mineral "unobtainium"; showing copper');
  await expect(alert).toContainText('unknown country "XX"');
  await expect(alert).toContainText("at least 2 countries are needed, got 1 (PK); showing PK, AU, CA");
  await expect(alert).toContainText('cannot sort by "price"');
  await expect(alert).toContainText('unknown scale "cubic"');
  expect(await comparePage.rowOrder()).toEqual(["Pakistan", "Australia", "Canada"]);
});

test("every figure's source is listed under the table", async ({ comparePage, page }) => {
  await comparePage.goto();
  await page.getByText("Where each figure comes from", { exact: true }).click();
  const list = page.getByRole("group").filter({ hasText: "Where each figure comes from" }).getByRole("list");
  await expect(list).toContainText(
    "Political stability: Pakistan, Australia, Canada — World Bank, 2024 update · 2023",
  );
  await list.getByRole("link", { name: "World Bank, 2024 update" }).first().click();
  await expect(page).toHaveURL(/\/sources#worldbank-wgi-2024$/);
});

test("keyboard only: tab to a column header, see the focus ring, sort with Enter", async ({
  comparePage,
  page,
}) => {
  await comparePage.goto();
  const target = comparePage.header("Total landed cost").getByRole("link");
  let reached = false;
  for (let i = 0; i < 300 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await target.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(comparePage.header("Total landed cost")).toHaveAttribute("aria-sort", "ascending");
  expect(await comparePage.rowOrder()).toEqual(["Pakistan", "Canada", "Australia"]);
});

/** Whole US dollars from a cell's first line: "US$1,165", "−US$2,924". */
const dollars = (text: string) => {
  const m = /^(−?)US\$([\d,]+)/.exec(text.trim());
  if (!m) throw new Error(`no dollar amount in ${JSON.stringify(text)}`);
  return (m[1] ? -1 : 1) * Number(m[2]!.replace(/,/g, ""));
};

const PARTS = [
  "Labour",
  "Energy",
  "Other operating costs",
  "Capital charge",
  "Security",
  "Processing",
  "Freight",
  "Cargo insurance",
  "US tariff",
  "By-product credit",
];

test("each row names what its cost is built on, and its ten parts add up to the landed cost", async ({
  comparePage,
  page,
}) => {
  await comparePage.goto();
  const reference = await comparePage.cell("Pakistan", "Reference operation");
  await expect(reference).toContainText("Reko Diq, phase 1");
  await expect(reference).toContainText("Pakistan's own operation; at feasibility stage, not yet producing");
  await expect(await comparePage.cell("Pakistan", "Product costed")).toContainText(
    "refined copper (cathode)",
  );
  await expect(await comparePage.cell("Pakistan", "Operation's reported cost")).toContainText(
    "US$4,440 per t payable copper",
  );
  await expect(await comparePage.cell("Pakistan", "Where it is processed")).toContainText("In China");
  const australia = await comparePage.cell("Australia", "Reference operation");
  await expect(australia).toContainText("Gibraltar copper–molybdenum mine");
  await expect(australia).toContainText("scaled from an operation in Canada to Australia's wages");
  await expect(await comparePage.cell("Australia", "Operation's reported cost")).toContainText(
    "net of molybdenum credits",
  );

  for (const country of ["Pakistan", "Australia", "Canada"]) {
    const parts: number[] = [];
    for (const part of PARTS) parts.push(dollars(await (await comparePage.cell(country, part)).innerText()));
    const total = dollars(await (await comparePage.cell(country, "Total landed cost")).innerText());
    expect(
      parts.reduce((s, x) => s + x, 0),
      country,
    ).toBe(total);
    // Reko Diq's gold and Gibraltar's molybdenum are credited: the one part below zero.
    expect(parts[9], country).toBeLessThan(0);
  }
  await expect(await comparePage.cell("Pakistan", "Total landed cost")).toHaveText("US$7,076");

  await reference.getByRole("link", { name: "Reko Diq, phase 1" }).click();
  await expect(page).toHaveURL(/\/sources#northernminer-reko-diq-lease-2011$/);
});

test("the landed-cost chart's CSV names the reference operation and holds the ten parts", async ({
  comparePage,
  page,
}) => {
  await comparePage.goto();
  const figure = comparePage.chart("Landed cost of copper at a US port");
  const text = (await new ChartExport(page, figure).download("Download CSV")).bytes.toString("utf8");
  const csv = Papa.parse<Record<string, string>>(text, { header: true, comments: "#", skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.meta.fields).toEqual([
    "Country",
    "Reference operation",
    "Source of its cost",
    "Own or scaled",
    "Where it is processed",
    ...PARTS.map((p) => `${p} (USD per t Cu)`),
    "Landed cost (USD per t Cu)",
  ]);
  const pk = csv.data.find((r) => r.Country === "Pakistan")!;
  expect([pk["Reference operation"], pk["Own or scaled"], pk["Where it is processed"]]).toEqual([
    "Reko Diq, phase 1",
    "own operation",
    "In China",
  ]);
  expect(csv.data.find((r) => r.Country === "Australia")!["Own or scaled"]).toBe("scaled from Canada");
  const sum = PARTS.reduce((s, p) => s + Number(pk[`${p} (USD per t Cu)`]), 0);
  expect(sum).toBeCloseTo(Number(pk["Landed cost (USD per t Cu)"]), 6);
});

test("a link saved before model v2 names its retired key and what replaced it, and keeps the rest", async ({
  comparePage,
}) => {
  const response = await comparePage.goto("?security-pk=12&crp-pk=6");
  expect(response?.status()).toBe(200);
  const alert = comparePage.alert();
  await expect(alert).toContainText('"security-pk" was retired in model v2');
  await expect(alert).toContainText(
    "It was replaced by physical-security-pk, political-risk-insurance-pk and risk-treatment.",
  );
  await expect(alert).toContainText("Its value 12 is not carried over");
  // The rest of the link still applies: 8 % base + 0.5 × 6 points of country risk.
  await expect(await comparePage.cell("Pakistan", "Cost of capital")).toContainText("11 %");
});
