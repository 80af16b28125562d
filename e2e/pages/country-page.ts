import { type Page } from "@playwright/test";

/** `/countries/[code]`: governance, risk, wages, production, projects, events. */
export class CountryPage {
  constructor(readonly page: Page) {}

  async goto(code: string) {
    return this.page.goto(`/countries/${code}`);
  }
}
