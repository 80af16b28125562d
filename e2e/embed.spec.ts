import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { expect, test } from "./fixtures";
import { ChartExport } from "./pages/export";

const COPPER = "World mine production of copper, 2024";
const COPPER_ID = "copper-mine-production-2024";

/**
 * A second origin for the framing tests: a tiny HTTP server on "localhost" (the app is on 127.0.0.1, so host and
 * port both differ) serving whatever page a test gives it, as a newsroom's article would.
 */
async function otherOrigin(): Promise<{
  url: string;
  serve: (html: string) => void;
  close: () => Promise<void>;
}> {
  let body = "";
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/article`,
    serve: (html) => (body = html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test("the copied embed code frames the chart on another site, while the site's own pages refuse to be framed", async ({
  page,
  context,
  baseURL,
  a11y,
}) => {
  // An axe audit and two page loads: seconds each on a loaded two-core machine.
  test.setTimeout(90_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto("/minerals/copper");
  const ex = new ChartExport(page, page.getByRole("figure", { name: COPPER }));
  await ex.open();
  await expect(ex.item("Cite")).toBeVisible();
  await ex.item("Copy embed code").click();
  const shown = page.getByRole("textbox", { name: `Embed code: ${COPPER}` });
  await expect(shown).toBeVisible();
  const code = await shown.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await a11y.expectNoViolations("/minerals/copper (embed code shown)");
  const src = `${baseURL}/embed/minerals/copper/${COPPER_ID}`;
  expect(code).toMatch(
    new RegExp(
      `^<iframe src="${src.replace(/[.?/]/g, "\\$&")}" title="${COPPER}" width="100%" height="\\d+" loading="lazy" style="border:0"></iframe>$`,
    ),
  );
  const height = Number(/height="(\d+)"/.exec(code)![1]);
  expect(height).toBeGreaterThan(300);

  const site = await otherOrigin();
  try {
    site.serve(
      `<!doctype html><title>An article</title><h1>An article</h1>${code}` +
        `<iframe name="home" title="The dashboard's home page" src="${baseURL}/"></iframe>`,
    );
    const home = page.waitForResponse((r) => r.url() === `${baseURL}/`);
    await page.goto(site.url);
    const embed = page.frameLocator(`iframe[title="${COPPER}"]`);
    await expect(embed.getByRole("heading", { name: COPPER })).toBeVisible();
    await expect(embed.getByRole("img", { name: /copper/i }).first()).toBeVisible();
    await expect(embed.getByRole("link", { name: "Open this chart on its page: Copper" })).toHaveAttribute(
      "href",
      `/minerals/copper#${COPPER_ID}`,
    );
    // The page itself arrives, with headers that forbid framing it: the browser puts its error page in the frame.
    const refused = await home;
    expect(refused.headers()["x-frame-options"]).toBe("DENY");
    await expect.poll(() => page.frame({ name: "home" })?.url()).toMatch(/^chrome-error:/);
  } finally {
    await site.close();
  }
});

test.describe("an embed without JavaScript, 320 px wide", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  test("draws the chart with its title, sources and the link back, without the site's header or scrolling sideways", async ({
    page,
  }) => {
    const res = await page.goto(`/embed/minerals/copper/${COPPER_ID}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(res?.headers()["x-frame-options"]).toBeUndefined();
    const figure = page.getByRole("figure", { name: COPPER });
    await expect(figure.getByRole("heading", { name: COPPER })).toBeVisible();
    await expect(figure.getByRole("img", { name: /Chile/ })).toBeVisible();
    await expect(figure.getByRole("link", { name: "USGS, MCS 2025, pp. 64–65" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test("an embed takes the page's view and scenario parameters, and shows the page's notices for bad ones", async ({
  page,
}) => {
  await page.goto("/embed/compare/compare-landed-cost?mineral=lithium&countries=PK,AU,CA&crp-pk=6");
  const figure = page.getByRole("figure", { name: "Landed cost of lithium at a US port" });
  await expect(figure).toContainText("Pakistan — country risk premium");
  await expect(
    page.getByRole("link", { name: "Open this chart on its page: Compare suppliers" }),
  ).toHaveAttribute("href", "/compare?mineral=lithium&countries=PK%2CAU%2CCA&crp-pk=6#compare-landed-cost");

  await page.goto("/compare?mineral=unobtainium");
  const pageNotice = await page
    .getByRole("alert")
    .filter({ hasText: "could not be used as given" })
    .textContent();
  await page.goto("/embed/compare/compare-landed-cost?mineral=unobtainium");
  await expect(page.getByRole("alert").filter({ hasText: "could not be used as given" })).toHaveText(
    pageNotice!,
  );
});

test("an unknown chart, page or id gets a clear 404 in the frame", async ({ page }) => {
  for (const path of [
    "/embed/minerals/copper/no-such-chart",
    "/embed/minerals/unobtainium/copper-mine-production-2024",
    "/embed/countries/pk/pk-political-stability",
    "/embed/scenario/landed-cost",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Chart not found" }), path).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }), path).toBeHidden();
  }
});

test("Cite shows the chart's citation at its exact address and the publishers' own, and the BibTeX parses", async ({
  page,
  a11y,
}) => {
  await page.goto("/minerals/copper");
  const figure = page.getByRole("figure", { name: COPPER });
  const ex = new ChartExport(page, figure);
  await ex.open();
  await ex.item("Cite").click();
  const dialog = page.getByRole("dialog", { name: `Cite this chart: ${COPPER}` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    `Critical Minerals Opportunity Dashboard (${new Date().getUTCFullYear()}). ${COPPER} [Chart].`,
  );
  await expect(dialog).toContainText(`/minerals/copper#${COPPER_ID} (accessed `);
  await expect(dialog.getByRole("listitem").first()).toHaveText(
    "U.S. Geological Survey (2025). Mineral Commodity Summaries 2025: Copper. MCS 2025, pp. 64–65. " +
      "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-copper.pdf. Licence: Public domain (U.S. Government work).",
  );
  await a11y.expectNoViolations("/minerals/copper (Cite dialog open)");

  const pending = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download BibTeX" }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${COPPER_ID}_\\d{4}-\\d{2}-\\d{2}\\.bib$`));
  const { readFile } = await import("node:fs/promises");
  // An ES module only: Playwright loads specs as CommonJS, so it is imported when used.
  const { parse } = await import("@retorquere/bibtex-parser");
  const lib = parse(await readFile((await download.path())!, "utf8"), { english: false });
  expect(lib.errors).toEqual([]);
  expect(lib.entries[0]!.fields.title).toBe(COPPER);
  expect(lib.entries[0]!.fields.url).toMatch(new RegExp(`/minerals/copper#${COPPER_ID}$`));
  expect(lib.entries.map((e) => e.key)).toContain("usgs-mcs2025-copper");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(figure.getByRole("button", { name: "Export", exact: true })).toBeFocused();
});

test("Cite this page cites the page with the sources of its charts, by keyboard", async ({ page }) => {
  await page.goto("/countries/PK");
  const button = page.getByRole("button", { name: "Cite this page" });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Cite this page: Pakistan" });
  await expect(dialog).toContainText("Pakistan [Web page].");
  await expect(dialog).toContainText(
    "World Bank (2024). Worldwide Governance Indicators, 2024 update (data through 2023). 2024 update.",
  );
  await expect(dialog.getByRole("button", { name: "Copy citation" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(button).toBeFocused();
});
