import { test as base, expect } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { MineralPage } from "./pages/mineral-page";
import { SourcesPage } from "./pages/sources-page";

/** Page objects for every spec; specs import `test` and `expect` from here. */
export const test = base.extend<{ shell: AppShell; mineralPage: MineralPage; sourcesPage: SourcesPage }>({
  shell: async ({ page }, use) => use(new AppShell(page)),
  mineralPage: async ({ page }, use) => use(new MineralPage(page)),
  sourcesPage: async ({ page }, use) => use(new SourcesPage(page)),
});

export { expect };
