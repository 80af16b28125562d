import { type Page } from "@playwright/test";

/** `/scenario`: the scenario lab. */
export class ScenarioPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    return this.page.goto(`/scenario${query}`);
  }
}
