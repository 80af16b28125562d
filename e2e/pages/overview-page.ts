import { type Locator, type Page } from "@playwright/test";

/** `/`: one card per claim with its verdict. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    return this.page.goto(`/${query}`);
  }

  /** A claim's card, found by its heading (e.g. "C2. Cheaper"). */
  card(heading: string | RegExp): Locator {
    return this.page.getByRole("article").filter({ has: this.page.getByRole("heading", { name: heading }) });
  }
}
