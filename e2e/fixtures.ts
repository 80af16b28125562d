import { test as base, expect, type Page } from "@playwright/test";
import { Accessibility } from "./pages/accessibility";
import { AppShell } from "./pages/app-shell";
import { ComparePage } from "./pages/compare-page";
import { CountryPage } from "./pages/country-page";
import { KeyboardUser } from "./pages/keyboard-user";
import { MineralPage } from "./pages/mineral-page";
import { OverviewPage } from "./pages/overview-page";
import { RouteFault } from "./pages/route-fault";
import { ScenarioPage } from "./pages/scenario-page";
import { SourcesPage } from "./pages/sources-page";

interface PageObjects {
  a11y: Accessibility;
  keyboardUser: KeyboardUser;
  shell: AppShell;
  overviewPage: OverviewPage;
  scenarioPage: ScenarioPage;
  comparePage: ComparePage;
  mineralPage: MineralPage;
  countryPage: CountryPage;
  sourcesPage: SourcesPage;
  routeFault: RouteFault;
}

/**
 * Prerendered pages request their scripts after their first paint (scripts/paint-first.mjs), so the load event that
 * `goto` waits for can come before the framework has started, and a click then would reach a page that does not
 * answer yet. After every navigation `page` makes, this waits until Next.js has started (it sets `window.next`
 * before hydrating), as the load event did when the scripts were in the HTML. Pages without the loader (an API's
 * JSON, a view rendered on request) and pages opened with JavaScript off are not waited for.
 */
export function waitForStartup(page: Page): Promise<unknown> {
  return page.waitForFunction(() => !document.querySelector("script[data-startup]") || "next" in window);
}

/** Page objects for every spec; specs import `test` and `expect` from here. */
export const test = base.extend<PageObjects>({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false)
      for (const method of ["goto", "reload", "goBack", "goForward"] as const) {
        const navigate = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
        (page as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
          const response = await navigate(...args);
          await waitForStartup(page);
          return response;
        };
      }
    await use(page);
  },
  a11y: async ({ page }, use) => use(new Accessibility(page)),
  keyboardUser: async ({ page }, use) => use(new KeyboardUser(page)),
  shell: async ({ page }, use) => use(new AppShell(page)),
  overviewPage: async ({ page }, use) => use(new OverviewPage(page)),
  scenarioPage: async ({ page }, use) => use(new ScenarioPage(page)),
  comparePage: async ({ page }, use) => use(new ComparePage(page)),
  mineralPage: async ({ page }, use) => use(new MineralPage(page)),
  countryPage: async ({ page }, use) => use(new CountryPage(page)),
  sourcesPage: async ({ page }, use) => use(new SourcesPage(page)),
  routeFault: async ({ page }, use) => use(new RouteFault(page)),
});

export { expect };
