import { expect, test } from "./fixtures";

test("the sources page lists each source with producer, edition, date, licence and what it is used for", async ({
  sourcesPage,
  page,
}) => {
  await sourcesPage.goto();
  const entry = sourcesPage.entry("Mineral Commodity Summaries 2025: Antimony");
  await expect(entry).toContainText("U.S. Geological Survey");
  await expect(entry).toContainText("MCS 2025, pp. 34–35");
  await expect(entry).toContainText("Jan 2025");
  await expect(entry).toContainText("Public domain (U.S. Government work)");
  await expect(entry).toContainText(/mine production \(antimony\), 2023–2024 — \d+ values/);
  await expect(
    entry.getByRole("link", { name: "Mineral Commodity Summaries 2025: Antimony" }),
  ).toHaveAttribute("href", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-antimony.pdf");
  const wgi = sourcesPage.entry("Worldwide Governance Indicators, 2024 update (data through 2023)");
  await expect(wgi).toContainText("CC BY 4.0");
  await expect(page.getByRole("heading", { name: "What the status of a number means" })).toBeVisible();
});

test("the sources page shows the model's method and every assumption with its source", async ({
  sourcesPage,
  page,
}) => {
  await sourcesPage.goto();
  await expect(page.getByRole("heading", { name: "Landed cost per tonne at a US port" })).toBeVisible();
  await expect(page.getByLabel("Landed-cost equations")).toContainText("CRF(r, n)");
  await expect(page.getByLabel("Landed-cost equations")).toContainText("byproductCredit");
  // What version 2 changed, with the copper comparison computed from the model at the evidence baseline.
  const changes = page.getByRole("table", { name: "What version 2 of the model changed, and why" });
  await expect(changes.getByRole("row")).toHaveCount(11);
  await expect(changes).toContainText("Tariff charged on the customs value");
  await expect(page.getByText(/Pakistan US\$6,942\/t → US\$7,076\/t/)).toBeVisible();
  await page.getByRole("link", { name: "Assumptions of the model" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assumptions of the model");
  // One table per group. The first group is open at load; the others open from their link or their summary.
  await expect(page.getByRole("table", { name: /^Labour — assumptions of the model/ })).toBeVisible();
  const table = page.getByRole("table", { name: /^Finance and risk — assumptions of the model/ });
  await expect(table).toBeHidden();
  await page.getByRole("link", { name: "Finance and risk", exact: true }).click();
  await expect(page).toHaveURL(/#assumptions-finance-risk$/);
  await expect(table).toBeVisible();
  const crp = table.getByRole("row").filter({
    has: page.getByRole("rowheader", { name: "Pakistan — country risk premium (percentage points)" }),
  });
  await expect(crp).toContainText("crp-pk");
  await expect(crp).toContainText("12.02");
  // A closed group opens from its summary, and its table holds as many rows as the summary counts.
  const summary = page.getByText(/^The \d+ dependency assumptions?$/);
  const dependency = page.getByRole("table", { name: /^Dependency — / });
  await expect(dependency).toBeHidden();
  await summary.click();
  await expect(dependency).toBeVisible();
  const shown = Number((await summary.textContent())!.match(/\d+/)![0]);
  await expect(dependency.locator("tbody tr")).toHaveCount(shown);
  await crp.getByRole("link").click();
  await expect(page).toHaveURL(/#damodaran-crp-2025-01$/);
});
