import { type Locator, type Page } from "@playwright/test";

/** `/countries/[code]`: governance, risk, wages, production, projects, events. */
export class CountryPage {
  constructor(readonly page: Page) {}

  async goto(code: string) {
    return this.page.goto(`/countries/${code}`);
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** A table found by its caption. */
  table(caption: string | RegExp): Locator {
    return this.page.getByRole("table", { name: caption });
  }

  /** A row of a table, found by its row header. */
  row(table: Locator, header: string | RegExp): Locator {
    return table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: header }) });
  }

  /** The value under a key-figure label, e.g. "Country risk premium (January 2025)". */
  keyFigure(label: string | RegExp): Locator {
    return this.page
      .locator(".key-figures > div")
      .filter({ has: this.page.getByRole("term").filter({ hasText: label }) })
      .getByRole("definition");
  }

  chart(title: string | RegExp): Locator {
    return this.page.getByRole("figure", { name: title });
  }

  /** An entry of the dated timeline, found by its title. */
  event(title: string | RegExp): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title }) });
  }
}
