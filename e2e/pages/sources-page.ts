import { type Locator, type Page } from "@playwright/test";

/** /sources: the registry of every source and the method notes. */
export class SourcesPage {
  constructor(readonly page: Page) {}

  async goto() {
    return this.page.goto("/sources");
  }

  /** A source's list entry, found by its title link. */
  entry(title: string): Locator {
    return this.page
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }
}
