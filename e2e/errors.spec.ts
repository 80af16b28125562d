import { expect, test } from "./fixtures";
import { FAULT_DIGEST } from "./pages/route-fault";

/** What must never reach a browser or an API client: stack frames, server file paths, bundler internals. */
const INTERNALS =
  /\n\s+at |\bat [\w.$<>]+ \(|\/work\/|node_modules|\.next\/server|webpack-internal|file:\/\//;

/** Every route, the link that leads to it from another page, and what its error boundary must say. */
const ROUTES = [
  {
    path: "/",
    from: "/sources",
    link: "Overview",
    heading: "This page could not be shown",
    back: "the minerals",
    page: /Pakistan/,
  },
  {
    path: "/scenario",
    from: "/sources",
    link: "Scenario lab",
    heading: "The scenario lab could not be shown",
    back: "the lab on the Evidence baseline",
    page: "Scenario lab",
  },
  {
    path: "/compare",
    from: "/sources",
    link: "Compare suppliers",
    heading: "The supplier comparison could not be shown",
    back: "a new comparison",
    page: "Compare suppliers",
  },
  {
    path: "/minerals",
    from: "/sources",
    link: "Minerals",
    heading: "This mineral page could not be shown",
    back: "all ten minerals",
    page: "Minerals",
  },
  {
    path: "/minerals/copper",
    from: "/minerals",
    link: "Copper",
    heading: "This mineral page could not be shown",
    back: "all ten minerals",
    page: "Copper",
  },
  {
    path: "/countries",
    from: "/sources",
    link: "Countries",
    heading: "This country page could not be shown",
    back: "the six countries",
    page: "Countries",
  },
  {
    path: "/countries/PK",
    from: "/countries",
    link: "Pakistan",
    heading: "This country page could not be shown",
    back: "the six countries",
    page: "Pakistan",
  },
  {
    path: "/report",
    from: "/sources",
    link: "Report builder",
    heading: "The report builder could not be shown",
    back: "the mineral charts",
    page: "Report builder",
  },
  {
    path: "/sources",
    from: "/minerals",
    link: "Sources and method",
    heading: "Sources and method could not be shown",
    back: "the minerals",
    page: "Sources and method",
  },
] as const;

test.describe("every route has an error boundary with a helpful message and a way back", () => {
  for (const r of ROUTES) {
    test(`${r.path}: a failed page shows its boundary, no internals, and recovers with "Try again"`, async ({
      page,
      shell,
      routeFault,
    }) => {
      // Before the first page loads: the router fetches a linked page ahead once the pointer is on its link.
      await routeFault.failPage(r.path);
      await page.goto(r.from);
      await page
        .getByRole("main")
        .or(shell.nav)
        .getByRole("link", { name: r.link, exact: true })
        .first()
        .click();

      const alert = page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 1 }) });
      await expect(shell.mainHeading).toHaveText(r.heading);
      expect(routeFault.failed()).toBeGreaterThan(0);
      await expect(page).toHaveURL(new RegExp(`${r.path === "/" ? "/$" : r.path}$`));
      await expect(alert).toContainText(`quote reference ${FAULT_DIGEST}`);
      await expect(alert.getByRole("link", { name: r.back, exact: true })).toBeVisible();
      await expect(alert.getByRole("link", { name: "the overview", exact: true })).toHaveAttribute(
        "href",
        "/",
      );
      expect(await page.locator("body").innerText()).not.toMatch(INTERNALS);
      // The site's header and navigation stay, so every other page is one click away.
      await expect(shell.link("Sources and method")).toBeVisible();

      await routeFault.stop();
      await alert.getByRole("button", { name: "Try again" }).click();
      await expect(shell.mainHeading).toHaveText(r.page);
      await expect(shell.errorBoundary).toHaveCount(0);
    });
  }
});

test.describe("unknown addresses get the not-found page with a 404, at any depth", () => {
  const PATHS = [
    "/nope",
    "/a/b/c/d/e/f/g",
    "/minerals/unobtainium",
    "/minerals/copper/extra/deeper",
    "/countries/XX",
    "/countries/pk",
    "/countries/PK/projects",
    "/scenario/x",
    "/compare/a/b",
    "/report/1",
    "/sources/x/y/z",
    "/api/nope",
    "/api/dataset/extra",
    "/%E0%A4%A",
    "/minerals/%",
    "/countries/%ZZ",
  ];

  test("every unknown path answers 404 with the not-found page and its links", async ({ request }) => {
    for (const path of PATHS) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      const html = await res.text();
      expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
      expect(html, path).toContain('href="/minerals"');
      expect(html, path).not.toMatch(INTERNALS);
    }
  });

  test("in the browser, the not-found page explains the address and links back", async ({ page, shell }) => {
    const response = await page.goto("/minerals/gold/reserves");
    expect(response?.status()).toBe(404);
    await expect(shell.mainHeading).toHaveText("Page not found");
    await expect(page.getByRole("main")).toContainText("Mineral pages use ids such as rare-earths");
    await page.getByRole("main").getByRole("link", { name: "All ten minerals" }).click();
    await expect(shell.mainHeading).toHaveText("Minerals");
  });
});

test.describe("a refused request says what is wrong and nothing about the server", () => {
  test("malformed, oversized and mistyped bodies and queries get JSON errors without stack or paths", async ({
    request,
  }) => {
    const answers = [
      await request.post("/api/scenario", {
        data: '{"preset": "evidence-baseline", "assumptions": {',
        headers: { "content-type": "application/json" },
      }),
      await request.post("/api/scenario", {
        data: "x".repeat(200_000),
        headers: { "content-type": "application/json" },
      }),
      await request.post("/api/scenario", {
        data: "preset=stress-case",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      await request.get("/api/scenario?crp-pk=1e999&a=zz%3D1"),
      await request.get("/api/dataset?mineral=%00&format=%3Cscript%3E"),
      await request.get("/api/assumptions?key=crp-pk"),
    ];
    const fields = [["body"], ["body"], ["content-type"], ["crp-pk", "a.zz"], ["mineral", "format"], ["key"]];
    for (const [i, res] of answers.entries()) {
      expect(res.status()).toBeGreaterThanOrEqual(400);
      expect(res.status()).toBeLessThan(500);
      expect(res.headers()["content-type"]).toContain("application/json");
      const text = await res.text();
      expect(text).not.toMatch(INTERNALS);
      const body = JSON.parse(text);
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields[i]!));
      for (const e of body.errors) expect(e.message.length).toBeGreaterThan(10);
    }
  });
});
