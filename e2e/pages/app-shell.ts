import { type Locator, type Page } from "@playwright/test";

/** The site header and navigation, present on every page. */
export class AppShell {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole("navigation", { name: "Main" });
  }

  link(name: string): Locator {
    return this.nav.getByRole("link", { name, exact: true });
  }
}
