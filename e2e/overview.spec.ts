import { expect, test } from "./fixtures";

const VERDICT = /^Verdict: (Holds|Mixed|Does not hold|Not enough data)$/;

test("the overview judges all five claims under the Evidence baseline", async ({ overviewPage, page }) => {
  await overviewPage.goto();
  await expect(page.getByRole("article")).toHaveCount(5);
  for (const heading of [
    "C1. Untapped resources",
    "C2. Cheaper",
    "C3. Stable supply",
    "C4. Less dependence on China",
    "C5. Alongside Ukraine",
  ]) {
    await expect(overviewPage.verdict(heading)).toHaveText(VERDICT);
  }
  // Published data: Pakistan ranks at the 6.6th WGI percentile for political stability and risk is priced in.
  await expect(overviewPage.verdict("C3. Stable supply")).toHaveText("Verdict: Does not hold");
  await expect(overviewPage.keyNumber("C3. Stable supply", "Political stability, Pakistan")).toContainText(
    "6.6",
  );
  // Pakistan ahead on risk premium and access, behind on stability: the cost count decides, in about half the draws.
  await expect(overviewPage.verdict("C5. Alongside Ukraine")).toHaveText("Verdict: Mixed");
  await expect(overviewPage.card("C5. Alongside Ukraine")).toContainText(/Holds in \d+ % of 1,000 draws/);
  await expect(page.getByText("Scenario: Evidence baseline.")).toBeVisible();
});

test("switching to the article's framing changes the verdicts and the link", async ({
  overviewPage,
  page,
}) => {
  await overviewPage.goto();
  await overviewPage.choosePreset("Article's framing");
  await expect(page).toHaveURL(/[?&]preset=article-framing/);
  // Every country priced like Australia except for wages: Pakistan's copper, antimony and chromium land below
  // Australia's and Canada's. Stability rests on WGI's published rank, which no preset moves.
  await expect(overviewPage.verdict("C3. Stable supply")).toHaveText("Verdict: Does not hold");
  await expect(overviewPage.verdict("C2. Cheaper")).toHaveText("Verdict: Holds");
  // Under it all three of Pakistan's minerals on record land below Australia and Canada (as do Ukraine's three).
  await expect(
    overviewPage.keyNumber("C5. Alongside Ukraine", "Pakistan's minerals on record landing below"),
  ).toContainText("100 % of 3");
  // Where-it-is-tested links keep the scenario.
  const link = overviewPage
    .card("C2. Cheaper")
    .getByRole("link", { name: "Compare landed costs, part by part" });
  await expect(link).toHaveAttribute(
    "href",
    /^\/compare\?mineral=copper&countries=PK,AU,CA&sort=landed&dir=asc&v=1&preset=article-framing$/,
  );
});

test("the preset picker works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?crp-pk=6");
  await page.getByRole("radio", { name: /^Stress case/ }).check();
  await page.getByRole("button", { name: "Show the verdicts" }).click();
  // The assumption the address set is kept when the preset changes.
  await expect(page).toHaveURL(/preset=stress-case/);
  await expect(page).toHaveURL(/crp-pk=6/);
  await expect(
    page.getByText(
      /^Scenario: Stress case, with 1 assumption changed \(Pakistan — country risk premium = 6 percentage points\)\.$/,
    ),
  ).toBeVisible();
  await context.close();
});

test("each number behind a verdict is two clicks from its source", async ({ overviewPage, page }) => {
  await overviewPage.goto();
  const antimony = overviewPage.keyNumber(
    "C1. Untapped resources",
    "Pakistan's share of world antimony reserves",
  );
  await expect(antimony).toContainText("≤ 1.3 %");
  await expect(antimony).toContainText("Derived (our calculation)");
  await antimony.getByRole("link", { name: /USGS, MCS 2025/ }).click();
  await expect(page).toHaveURL(/\/sources#usgs-mcs2025-antimony$/);
  await expect(page.locator("#usgs-mcs2025-antimony")).toContainText("U.S. Geological Survey");
});

test("each card has a small chart in the shared frame with a table view", async ({ overviewPage }) => {
  await overviewPage.goto();
  const card = overviewPage.card("C1. Untapped resources");
  const figure = card.getByRole("figure", { name: "Pakistan's share of world reserves" });
  await expect(figure.getByRole("img")).toHaveAttribute(
    "aria-label",
    /Copper 1\.5 % \(Reko Diq's reported reserves\); Antimony ≤ 1\.3 %/,
  );
  // The table view holds exactly the bars (the CSV's rows); a mineral with no figure is named under the chart.
  await figure.getByText("Table view: Pakistan's share of world reserves").click();
  await expect(figure.getByRole("table").getByRole("rowheader")).toHaveText(["Copper", "Antimony"]);
  await expect(figure).toContainText(
    /Not shown: .*Lithium.* — no published reserves or resource estimate for Pakistan/,
  );
  // C4 is tested at both stages; its verdict names the stage it rests on, and copper refined in China adds to
  // China's share (a bar left of zero, named in the legend).
  const c4Card = overviewPage.card("C4. Less dependence on China");
  await expect(c4Card).toContainText(/at the refining stage/);
  const c4 = c4Card.getByRole("figure", { name: /cut in China's share of US supply by 2030/ });
  await expect(c4.getByRole("list", { name: /Legend/ })).toContainText("adds to China's share");
  await c4.getByText(/^Table view:/).click();
  await expect(c4.getByRole("row", { name: /Copper, refining/ })).toContainText("−2.67 points");
});

test("bad parameters in the address are named in an alert and the page still renders", async ({
  overviewPage,
  page,
}) => {
  const response = await overviewPage.goto("?preset=optimistic&crp-pk=abc&wage-pk=999999&colour=blue");
  expect(response?.status()).toBe(200);
  const alert = overviewPage.alert();
  await expect(alert).toContainText('unknown preset "optimistic"');
  await expect(alert).toContainText('crp-pk must be a number, got "abc"');
  await expect(alert).toContainText("wage-pk");
  await expect(alert).toContainText("clamped to 150000");
  await expect(alert).toContainText('unknown parameter "colour"');
  await expect(page.getByRole("article")).toHaveCount(5);
  await expect(overviewPage.verdict("C1. Untapped resources")).toHaveText(VERDICT);
});

test("a clean address shows no alert", async ({ overviewPage, page }) => {
  await overviewPage.goto("?preset=stress-case");
  await expect(page.getByRole("article")).toHaveCount(5);
  await expect(overviewPage.alert()).toHaveCount(0);
  await expect(overviewPage.verdict("C2. Cheaper")).toHaveText("Verdict: Does not hold");
});

test("the default views are prerendered, one per preset; any other query is rendered once and kept", async ({
  page,
  request,
}) => {
  for (const [url, line] of [
    ["/", "Scenario: Evidence baseline."],
    ["/?preset=stress-case&v=1", "Scenario: Stress case."],
    ["/compare", "Scenario: Evidence baseline."],
    ["/compare?preset=article-framing&v=1", "Scenario: Article's framing."],
  ] as const) {
    const res = (await page.goto(url))!;
    expect(res.status(), url).toBe(200);
    // Built once: cacheable by shared caches, and its scripts allowed by hash, with no per-request nonce.
    expect(res.headers()["cache-control"], url).toContain("s-maxage=");
    expect(res.headers()["content-security-policy"], url).not.toContain("'nonce-");
    await expect(page.getByText(line), url).toBeVisible();
  }
  // Any other query is rendered on its first request and then kept: cacheable, with the nonce it was rendered with,
  // the same for the same parameters in any order and another for another query.
  const nonce = (r: Awaited<ReturnType<typeof request.get>>) =>
    /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"]!)![1];
  const custom = await request.get("/?v=1&crp-pk=6");
  expect(custom.headers()["cache-control"]).toContain("s-maxage=");
  const html = await custom.text();
  expect(html).toContain("Pakistan — country risk premium = 6 percentage points");
  expect(html).toContain(`nonce="${nonce(custom)}"`);
  const again = await request.get("/?crp-pk=6&v=1");
  expect(nonce(again)).toBe(nonce(custom));
  expect(await again.text()).toBe(html);
  // Served again from the cache, its scripts still run under the policy: nothing blocked, the page hydrated.
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto("/compare?crp-pk=6&v=1&mineral=antimony");
  await page.goto("/compare?v=1&mineral=antimony&crp-pk=6");
  await page.getByRole("button", { name: "Export", exact: true }).first().click();
  await expect(page.getByRole("menuitem", { name: "Download CSV" })).toBeVisible();
  expect(blocked).toEqual([]);
  const other = await request.get("/?v=1&crp-pk=7");
  expect(nonce(other)).not.toBe(nonce(custom));
  expect(await other.text()).toContain("Pakistan — country risk premium = 7 percentage points");
});

test("a static view is served by the server itself, not proxied back to it over HTTP", async ({
  request,
}) => {
  // Next names the view a request was rewritten to: a path when the server serves it itself, a full address when it
  // took the rewrite for another host's and proxied it (as it did with a loopback HOSTNAME: a second request per
  // view, and a reset connection under load answered with a 500).
  for (const [url, view] of [
    ["/", "/prerendered/evidence-baseline"],
    ["/compare?preset=stress-case&v=1", "/compare/prerendered/stress-case"],
    ["/scenario", "/scenario/prerendered/evidence-baseline"],
    ["/minerals/copper?tab=map", "/minerals/copper/tab/map"],
  ] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["x-middleware-rewrite"]?.split("?")[0], url).toBe(view);
  }
});
