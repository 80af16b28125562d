import { type Locator, type Page } from "@playwright/test";

/** `/compare`: a mineral, 2–6 countries, side-by-side charts and one sortable table. */
export class ComparePage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page
      .getByRole("table", { name: /^(Pakistan|Australia|Canada|Ukraine|China|United States)/ })
      .filter({ has: page.getByRole("columnheader", { name: /Total landed cost/ }) });
  }

  async goto(query = "") {
    return this.page.goto(`/compare${query}`);
  }

  /** The country names of the table's rows, top to bottom. */
  async rowOrder(): Promise<string[]> {
    return this.table.locator("tbody").getByRole("rowheader").allInnerTexts();
  }

  /** A column header of the comparison table, e.g. "Total landed cost". */
  header(name: string): Locator {
    return this.table.getByRole("columnheader", { name: new RegExp(`^${name}`) });
  }

  /** Clicks a column header's sort link. */
  async sortBy(name: string) {
    await this.header(name).getByRole("link").click();
  }

  /** The cell of a country's row under a column (columns counted after the country). */
  async cell(country: string, column: string): Promise<Locator> {
    const headers = await this.table.locator("thead tr").last().getByRole("columnheader").allInnerTexts();
    // The exact label first ("Labour", a cost part), else the first that starts with it ("Labour productivity").
    const label = (h: string) => h.replace(/[▲▼↕]/g, "").trim();
    const exact = headers.findIndex((h) => label(h) === column);
    const index = exact >= 0 ? exact : headers.findIndex((h) => h.startsWith(column));
    if (index < 0) throw new Error(`no column ${column}`);
    // The first header row holds the Country header (spanning both rows), so the last row starts at data column 1.
    return this.row(country).getByRole("cell").nth(index);
  }

  row(country: string): Locator {
    return this.table
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: country, exact: true }) });
  }

  chart(title: string | RegExp): Locator {
    return this.page.getByRole("figure", { name: title });
  }

  /** The notice naming unusable parts of the address (not Next's empty route announcer, also an alert). */
  alert(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "could not be used" });
  }
}
