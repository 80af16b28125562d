import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

// Keyboard-only paths: after the first `goto`, every step is a key press (Tab, Shift+Tab, Enter, Space, arrows,
// letters, Escape) — no click, no `focus()` — and each control reached shows a focus ring.

const CRP = "Pakistan — country risk premium (percentage points)";
const ANTIMONY = "World mine production of antimony, 2024";

test("scenario lab: filter, open a group, move a slider, undo, pin A and open a table view", async ({
  page,
  scenarioPage,
  keyboardUser: kb,
}) => {
  // About two hundred key presses through the lab, each followed by a focus check.
  test.setTimeout(180_000);
  await scenarioPage.goto();
  const filter = page.getByRole("searchbox", { name: "Find an assumption" });
  await kb.tabTo(filter);
  await kb.expectFocusRing(filter);
  // The filter narrows the panel as you type; clearing it brings every group back as it was.
  await page.keyboard.type("country risk");
  await expect(scenarioPage.slider(CRP)).toBeVisible();
  await expect(scenarioPage.slider("Pakistan — mining wage (USD per year)")).toBeHidden();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Backspace");
  await expect(filter).toHaveValue("");

  // Groups open and close with Enter on their summary: fold the open Labour group, open Finance and risk.
  const groupNamed = (name: string) =>
    page.locator("details.assumption-group").filter({ has: page.locator("summary", { hasText: name }) });
  const labour = groupNamed("Labour");
  await expect(labour).toHaveAttribute("open", "");
  await kb.tabTo(labour.locator("> summary"));
  await kb.expectFocusRing(labour.locator("> summary"));
  await page.keyboard.press("Enter");
  await expect(labour).not.toHaveAttribute("open");
  const finance = groupNamed("Finance and risk");
  await expect(finance).not.toHaveAttribute("open");
  await kb.tabTo(finance.locator("> summary"));
  await page.keyboard.press("Enter");
  await expect(finance).toHaveAttribute("open", "");

  const slider = scenarioPage.slider(CRP);
  await kb.tabTo(slider);
  await kb.expectFocusRing(slider);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(slider).toHaveValue("12.04");
  await expect(page).toHaveURL(/[?&]crp-pk=12\.04(&|$)/);

  const undo = scenarioPage.button("Undo");
  await kb.tabTo(undo, { backwards: true });
  await kb.expectFocusRing(undo);
  await page.keyboard.press("Enter");
  await expect(slider).toHaveValue("12.02");
  await expect(page).not.toHaveURL(/crp-pk=/);
  // Undo has nothing left to undo, yet focus stays on it rather than falling back to the page.
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(slider).toHaveValue("12.02");

  const redo = scenarioPage.button("Redo");
  await kb.tabTo(redo);
  await page.keyboard.press("Enter");
  await expect(slider).toHaveValue("12.04");

  const pin = scenarioPage.button("Keep as A");
  await kb.tabTo(pin);
  await kb.expectFocusRing(pin);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Scenario A and scenario B" })).toBeVisible();
  await expect(page).toHaveURL(/[?&]a=v%3D1/);

  const figure = scenarioPage.figure("Landed cost at a US port, copper");
  const tableView = figure.locator("details.chart-frame__table > summary");
  await kb.tabTo(tableView);
  await kb.expectFocusRing(tableView);
  await page.keyboard.press("Enter");
  const table = figure.getByRole("table", { name: "Landed cost of copper by part (USD per tonne)" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "A total" })).toBeVisible();
  // The table view scrolls sideways in a narrow column; its region takes focus so arrows can scroll it.
  const region = figure.getByRole("region", { name: "Table view: Landed cost at a US port, copper" });
  await kb.tabTo(region);
  await kb.expectFocusRing(region);
});

test("compare: choose a mineral and countries, submit, sort a column", async ({
  page,
  comparePage,
  keyboardUser: kb,
}) => {
  test.setTimeout(90_000);
  await comparePage.goto();
  const mineral = page.getByRole("combobox", { name: "Mineral" });
  await kb.tabTo(mineral);
  await kb.expectFocusRing(mineral);
  // Typing a letter picks the first option that starts with it, as in any native select.
  await page.keyboard.press("a");
  await expect(mineral).toHaveValue("antimony");

  const canada = page.getByRole("checkbox", { name: "Canada (CA)" });
  await kb.tabTo(canada);
  await kb.expectFocusRing(canada);
  await page.keyboard.press("Space");
  await expect(canada).not.toBeChecked();
  const china = page.getByRole("checkbox", { name: "China (CN)" });
  await kb.tabTo(china);
  await page.keyboard.press("Space");
  await expect(china).toBeChecked();

  const submit = page.getByRole("button", { name: "Compare" });
  await kb.tabTo(submit);
  await kb.expectFocusRing(submit);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/mineral=antimony/);
  await expect(page).toHaveURL(/countries=PK&countries=AU&countries=CN/);
  await expect.poll(() => comparePage.rowOrder()).toEqual(["Pakistan", "Australia", "China"]);

  const sort = comparePage.header("Share of world mine production").getByRole("link");
  await kb.tabTo(sort);
  await kb.expectFocusRing(sort);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=production-share/);
  const header = comparePage.header("Share of world mine production");
  const dir = await header.getAttribute("aria-sort");
  expect(dir).toMatch(/^(ascending|descending)$/);
  const order = await comparePage.rowOrder();
  expect([...order].sort()).toEqual(["Australia", "China", "Pakistan"]);
  const shares = await Promise.all(
    order.map(async (c) =>
      parseFloat(await (await comparePage.cell(c, "Share of world mine production")).innerText()),
    ),
  );
  expect(shares).toEqual([...shares].sort((a, b) => (dir === "ascending" ? a - b : b - a)));
});

test("export: open the menu with Enter, move with arrows, download the CSV with Enter, Escape returns focus", async ({
  page,
  mineralPage,
  keyboardUser: kb,
}) => {
  await mineralPage.goto("antimony");
  const figure = mineralPage.chart(ANTIMONY);
  const button = figure.getByRole("button", { name: "Export", exact: true });
  await kb.tabTo(button);
  await kb.expectFocusRing(button);
  await page.keyboard.press("Enter");
  const menu = figure.getByRole("menu", { name: `Export: ${ANTIMONY}` });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const png = figure.getByRole("menuitem", { name: "Download PNG" });
  await kb.expectFocusRing(png);

  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const csv = figure.getByRole("menuitem", { name: "Download CSV", exact: true });
  await kb.expectFocusRing(csv);
  const pending = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/^antimony-mine-production-2024_.*\.csv$/);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.startsWith(`# ${ANTIMONY}\r\n`)).toBe(true);
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    comments: "#",
    skipEmptyLines: true,
  });
  expect(
    Number(rows.data.find((r) => r.Country === "China")?.["Value (t, metric tons, antimony content)"]),
  ).toBe(60000);
  // The action closes the menu and puts focus back on its button.
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(png).toBeFocused();
  await page.keyboard.press("ArrowUp");
  // Up from the first item wraps to the last: the dark-background option, which Space toggles.
  const dark = figure.getByRole("menuitemcheckbox", { name: "Dark background" });
  await expect(dark).toBeFocused();
  await page.keyboard.press("Space");
  await expect(dark).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Home");
  await expect(png).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");
});
