import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";

const LOCAL = /^(?:http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/|data:|blob:)/;

test("with every other host cut off, each page works and the app asks no other host for anything", async ({
  context,
  page,
  scenarioPage,
}) => {
  const foreign: string[] = [];
  await context.route(
    (url) => !LOCAL.test(url.toString()),
    async (route) => {
      foreign.push(route.request().url());
      await route.abort("internetdisconnected");
    },
  );
  for (const [url, heading] of [
    ["/", /Pakistan/],
    ["/compare", "Compare suppliers"],
    ["/minerals/rare-earths", "Rare earths"],
    ["/countries/UA", "Ukraine"],
    ["/sources", "Sources and method"],
    ["/report", "Report builder"],
  ] as const) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await page.waitForLoadState("networkidle");
  }
  // The lab computes in the browser (worker included) and its exports are made in the page.
  await scenarioPage.goto("?v=1&crp-pk=6");
  await scenarioPage.openGroupOf("Pakistan — mining wage (USD per year)");
  await scenarioPage.slider("Pakistan — mining wage (USD per year)").press("End");
  await expect(page).toHaveURL(/wage-pk=150000/);
  await scenarioPage.uncertaintyResult();
  const { download } = await new ChartExport(
    page,
    scenarioPage.figure("Landed cost at a US port, copper"),
  ).download("Download SVG");
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  expect(foreign).toEqual([]);
});
