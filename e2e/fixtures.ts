import { test as base, expect } from "@playwright/test";
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

/** Page objects for every spec; specs import `test` and `expect` from here. */
export const test = base.extend<PageObjects>({
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
