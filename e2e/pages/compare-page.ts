import { type Page } from "@playwright/test";

/** `/compare`: a mineral, 2–6 countries, side-by-side charts and one sortable table. */
export class ComparePage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    return this.page.goto(`/compare${query}`);
  }
}
