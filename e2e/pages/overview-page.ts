import { type Locator, type Page } from "@playwright/test";

/** `/`: the article's argument, the scenario picker and one card per claim with its verdict. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    return this.page.goto(`/${query}`);
  }

  /** A claim's card, found by its heading (e.g. "C2. Cheaper"). */
  card(heading: string | RegExp): Locator {
    return this.page.getByRole("article").filter({ has: this.page.getByRole("heading", { name: heading }) });
  }

  /** The "Verdict: …" line of a claim's card. */
  verdict(heading: string | RegExp): Locator {
    return this.card(heading).getByText(/^Verdict:/);
  }

  /** The value shown under a key number's label on a card. */
  keyNumber(heading: string | RegExp, label: string | RegExp): Locator {
    return this.card(heading)
      .locator("dl > div")
      .filter({ has: this.page.getByRole("term").filter({ hasText: label }) })
      .getByRole("definition");
  }

  /** Picks a preset in the scenario form and submits it. */
  async choosePreset(label: string) {
    await this.page
      .getByRole("group", { name: "Scenario" })
      .getByRole("radio", { name: new RegExp(`^${label}`) })
      .check();
    await this.page.getByRole("button", { name: "Show the verdicts" }).click();
  }

  /** The notice naming unusable parts of the address (not Next's empty route announcer, also an alert). */
  alert(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "could not be used" });
  }
}
