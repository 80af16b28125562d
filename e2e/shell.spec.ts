import { expect, test } from "./fixtures";

const PAGES = [
  { link: "Overview", path: "/", heading: /Pakistan/ },
  { link: "Scenario lab", path: "/scenario", heading: "Scenario lab" },
  { link: "Compare suppliers", path: "/compare", heading: "Compare suppliers" },
  { link: "Minerals", path: "/minerals", heading: "Minerals" },
  { link: "Countries", path: "/countries", heading: "Countries" },
  { link: "Report builder", path: "/report", heading: "Report builder" },
  { link: "Sources and method", path: "/sources", heading: "Sources and method" },
];

test("the navigation reaches every page and marks the current one", async ({ page, shell }) => {
  await page.goto("/");
  for (const p of PAGES) {
    await shell.link(p.link).click();
    await expect(page).toHaveURL(new RegExp(`${p.path === "/" ? "/$" : p.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
    await expect(shell.link(p.link)).toHaveAttribute("aria-current", "page");
  }
});

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await page.goto("/minerals");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the page makes no request to another host", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const host = new URL(r.url()).hostname;
    if (host !== "127.0.0.1" && host !== "localhost") foreign.push(r.url());
  });
  await page.goto("/minerals/antimony");
  await page.goto("/sources");
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
});

test("a linked page is fetched ahead when the pointer reaches its link, not while the page loads", async ({
  page,
}) => {
  // The router's fetch of a page's data carries the RSC header; a prefetch also says so.
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["rsc"] === "1") fetched.push(new URL(r.url()).pathname);
  });
  // The first screen links to the overview (the site's title), the sources list and the lab.
  await page.goto("/sources/assumptions");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  expect(fetched).toEqual([]);

  const lab = page.getByRole("main").getByRole("link", { name: "scenario lab", exact: true });
  await lab.hover();
  await expect.poll(() => fetched.filter((p) => p.startsWith("/scenario"))).not.toEqual([]);
  // Only the page the reader pointed at.
  expect(fetched.every((p) => p.startsWith("/scenario"))).toBe(true);
});
