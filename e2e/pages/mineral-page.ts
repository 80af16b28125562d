import { type Locator, type Page } from "@playwright/test";

/**
 * /minerals/[id]: key figures, world charts with table views, concentration, US import reliance and sources,
 * Pakistan's position, dated events, the MCS 2026 update and the provenance table.
 */
export class MineralPage {
  constructor(readonly page: Page) {}

  async goto(id: string) {
    return this.page.goto(`/minerals/${id}`);
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** The value shown under a key-figure label, e.g. "China's share of world mine production". */
  keyFigure(label: string): Locator {
    return this.page
      .locator(".key-figures > div")
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator("dd");
  }

  /** A chart's figure, found by its title heading. */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole("figure", { name: title });
  }

  /** Opens a chart's table view and returns the table. */
  async openTable(title: string | RegExp): Promise<Locator> {
    const figure = this.chart(title);
    await figure.locator("summary").click();
    return figure.getByRole("table");
  }

  /** A row of a table, found by its row header (the country). */
  row(table: Locator, country: string): Locator {
    return table
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: country, exact: true }) });
  }

  /** A section of the page, found by its heading. */
  section(heading: string | RegExp): Locator {
    return this.page.getByRole("region", { name: heading });
  }

  /** A table found by its caption. */
  table(caption: string | RegExp): Locator {
    return this.page.getByRole("table", { name: caption });
  }

  /** An entry of the dated timeline, found by its title. */
  event(title: string | RegExp): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title }) });
  }
}
