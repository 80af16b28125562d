import { expect, test } from "./fixtures";

test("Pakistan: Reko Diq's phases with capacity, capital cost and first production", async ({
  countryPage,
}) => {
  await countryPage.goto("PK");
  await expect(countryPage.heading()).toHaveText("Pakistan");
  const phases = countryPage.table("Reko Diq: phases");
  const phase1 = countryPage.row(phases, /^Phase 1/);
  await expect(phase1.getByRole("cell").nth(0)).toHaveText("≈240,000 t Cu/yr");
  await expect(phase1.getByRole("cell").nth(1)).toHaveText("≈US$5.57 bn");
  await expect(phase1.getByRole("cell").nth(2)).toHaveText("2028");
  await expect(
    countryPage
      .row(phases, /^Phase 2/)
      .getByRole("cell")
      .nth(2),
  ).toHaveText("2034");
  // Saindak is there too, with its East Ore Body expansion and no announced start.
  await expect(
    countryPage.row(countryPage.table("Saindak: phases"), "East Ore Body expansion").getByRole("cell").nth(2),
  ).toContainText("not announced");
});

test("Pakistan: six WGI indicators with bounds, and political stability 2019–2023 as a chart", async ({
  countryPage,
}) => {
  await countryPage.goto("PK");
  const wgi = countryPage.table(/^Six governance indicators for Pakistan/);
  await expect(wgi.locator("tbody").getByRole("row")).toHaveCount(6);
  const stability = countryPage.row(wgi, "Political stability and absence of violence");
  await expect(stability.getByRole("cell").nth(0)).toHaveText("6.6");
  await expect(stability.getByRole("cell").nth(1)).toHaveText("2.8");
  await expect(stability.getByRole("cell").nth(2)).toHaveText("8.5");
  const chart = countryPage.chart("Political stability in Pakistan, 2019–2023");
  await expect(chart.getByRole("img")).toHaveAttribute(
    "aria-label",
    /from 3\.3 in 2019 to 6\.6 in 2023 \(90 % bounds 2\.8 to 8\.5\)/,
  );
  await chart.getByText(/^Table view/).click();
  await expect(chart.getByRole("table").locator("tbody").getByRole("row")).toHaveCount(5);
});

test("Pakistan: risk premium and the wage with its basis, each sourced", async ({ countryPage, page }) => {
  await countryPage.goto("PK");
  await expect(countryPage.keyFigure("Country risk premium (January 2025)")).toContainText("12.02 %");
  await expect(countryPage.keyFigure("Country risk premium (January 2025)")).toContainText(
    "Secondary report",
  );
  const wage = countryPage.keyFigure("Mining wage used by the model (2024)");
  await expect(wage).toContainText("2,133 USD per year");
  await expect(wage).toContainText("Basis: estimated mining and quarrying wage, 2024-25");
  await expect(page.getByText(/^How the wage was derived:/).locator("..")).toContainText("× 1.27");
  await wage.getByRole("link").click();
  await expect(page).toHaveURL(/\/sources#pbs-lfs-2024-25-wealthpk$/);
});

test("Pakistan: dated security incidents and agreements on the timeline", async ({ countryPage }) => {
  await countryPage.goto("PK");
  const hijack = countryPage.event("BLA hijacks the Jaffar Express");
  await expect(hijack).toContainText("11 Mar 2025");
  await expect(hijack).toContainText("Security incident");
  await expect(hijack.getByRole("link").first()).toHaveAttribute(
    "href",
    "/sources#state-dept-bla-fto-2025-08-11",
  );
  await expect(
    countryPage.event("US Strategic Metals and Frontier Works Organization sign minerals MoU"),
  ).toContainText("Agreement");
});

test("Pakistan: share of world output per mineral, with the unlisted minerals named", async ({
  countryPage,
}) => {
  await countryPage.goto("PK");
  const chart = countryPage.chart("Pakistan's share of world mine production, 2024");
  await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /Antimony 0\.25 % \(250 t\)/);
  await expect(chart).toContainText("Graphite (natural)");
});

test("Ukraine: 40 % of metal deposits in occupied territory, and the deposits there", async ({
  countryPage,
}) => {
  await countryPage.goto("UA");
  await expect(
    countryPage.keyFigure("Share of metal deposits in Russian-controlled territory"),
  ).toContainText("40 %");
  await expect(countryPage.keyFigure("Deposits listed here in occupied territory")).toContainText(
    "Shevchenkivske lithium",
  );
  await expect(
    countryPage.page
      .getByRole("listitem")
      .filter({ has: countryPage.page.getByRole("heading", { name: "Kruta Balka lithium" }) }),
  ).toContainText("Occupied territory");
});

test("a country without projects says so rather than showing an empty list", async ({
  countryPage,
  page,
}) => {
  await countryPage.goto("AU");
  await expect(page.getByRole("region", { name: "Projects pipeline" })).toContainText(
    "The data hold no projects for Australia",
  );
});

test("an unknown country code gets the 404 page with status 404", async ({ countryPage, page }) => {
  const response = await countryPage.goto("XX");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
