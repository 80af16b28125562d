import { expect, test } from "./fixtures";
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from "../lib/theme/preference";
import { ChartExport } from "./pages/export";

const URLS = [
  "/",
  "/scenario?v=1&crp-pk=6",
  "/compare",
  "/minerals/antimony",
  "/countries/PK",
  "/report",
  "/sources",
  "/no/such/page",
  "/api/dataset?mineral=antimony",
  "/api/dataset?mineral=antimony&format=csv",
  "/api/dataset?mineral=gold",
  "/api/assumptions",
  "/api/scenario?crp-pk=6",
  "/icon.svg",
  "/api",
  "/api/openapi.json",
  "/embed/minerals/antimony/antimony-mine-production-2024",
  "/embed/compare/compare-wage?mineral=nickel",
  "/embed/minerals/antimony/no-such-chart",
];

/** Embed routes exist to be framed by other sites; every other response refuses framing. */
const FRAMABLE = (url: string) => url.startsWith("/embed/");

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test("every response, pages, API and static files alike, carries the security headers; only embeds may be framed", async ({
  request,
  page,
}) => {
  await page.goto("/minerals/antimony");
  const chunk = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  for (const url of [...URLS, chunk!]) {
    const res =
      url === URLS[12]
        ? await request.post("/api/scenario", { data: { assumptions: { "crp-pk": 6 } } })
        : await request.get(url);
    const h = res.headers();
    const csp = h["content-security-policy"];
    expect(csp, url).toBeTruthy();
    const d = directives(csp!);
    expect(csp, url).not.toContain("unsafe-eval");
    expect(d.get("script-src"), url).not.toContain("'unsafe-inline'");
    expect(
      d.get("script-src")!.every((s) => s === "'self'" || /^'(nonce|sha256)-[A-Za-z0-9+/=]+'$/.test(s)),
      url,
    ).toBe(true);
    expect(d.get("frame-ancestors"), url).toEqual(FRAMABLE(url) ? ["*"] : ["'none'"]);
    expect(d.get("object-src"), url).toEqual(["'none'"]);
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], url).toContain("camera=()");
    expect(h["x-frame-options"], url).toBe(FRAMABLE(url) ? undefined : "DENY");
  }
});

test("dynamic pages put the response's nonce on their scripts; a fresh nonce each time", async ({
  request,
}) => {
  // An embedded chart is rendered for each request (the overview, comparison and lab are static views).
  const url = "/embed/compare/compare-landed-cost?mineral=lithium&countries=PK,AU,CA&crp-pk=6";
  const a = await request.get(url);
  const b = await request.get(url);
  const nonce = (r: typeof a) =>
    directives(r.headers()["content-security-policy"]!)
      .get("script-src")!
      .find((s) => s.startsWith("'nonce-"))!
      .slice(7, -1);
  expect(nonce(a)).not.toBe(nonce(b));
  const html = await a.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(inline.length).toBeGreaterThan(0);
  const allowed = directives(a.headers()["content-security-policy"]!).get("script-src")!;
  for (const [, attrs, body] of inline) {
    // The theme's pre-paint script is the same on every page and allowed by its hash; every other carries the nonce.
    if (body === THEME_SCRIPT) expect(allowed).toContain(THEME_SCRIPT_HASH);
    else expect(attrs).toContain(`nonce="${nonce(a)}"`);
  }
});

test("using the app breaks no rule of the policy: charts, worker, exports, report PDF", async ({
  page,
  scenarioPage,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  for (const url of ["/", "/compare", "/minerals/antimony", "/countries/UA", "/sources", "/no/such/page"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await violations(), url).toEqual([]);
  }
  await scenarioPage.goto("?v=1&crp-pk=6");
  await scenarioPage.openGroupOf("Pakistan — mining wage (USD per year)");
  await scenarioPage.slider("Pakistan — mining wage (USD per year)").press("ArrowRight");
  await scenarioPage.uncertaintyResult();
  await new ChartExport(page, scenarioPage.figure("Landed cost at a US port, copper")).download(
    "Download PNG",
  );
  expect(await violations()).toEqual([]);
  await page.goto("/report");
  await page.getByRole("checkbox", { name: "World mine production of antimony, 2024", exact: true }).check();
  const pdf = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  await pdf;
  expect(await violations()).toEqual([]);
});

test("a script in a parameter is shown as text, never run", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto(
    `/scenario?preset=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&mineral=${encodeURIComponent("<script>alert(2)</script>")}`,
  );
  await expect(
    page.getByRole("alert").filter({ hasText: "address could not be used as given" }),
  ).toContainText("<img src=x onerror=alert(1)>");
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(dialog).toBe(false);
});
