import { expect, type Locator, type Page } from "@playwright/test";

/** `/scenario`: the scenario lab. */
export class ScenarioPage {
  readonly status: Locator;
  readonly preset: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole("status").filter({ hasText: "Pakistan lands at" });
    this.preset = page.getByRole("combobox", { name: "Preset" });
  }

  async goto(query = "") {
    const response = await this.page.goto(`/scenario${query}`);
    await this.chartsDrawn();
    return response;
  }

  /** Scrolls to the first chart, as a reader would, and waits for its drawing. */
  async chartsDrawn() {
    const plot = this.page.getByTestId("chart-landed-cost-plot");
    await plot.scrollIntoViewIfNeeded();
    await expect(plot).toBeVisible();
  }

  /** The uncertainty result, once the run has finished: the run starts when its section nears the screen. */
  async uncertaintyResult(): Promise<Locator> {
    await this.page.getByRole("heading", { name: "Uncertainty", exact: true }).scrollIntoViewIfNeeded();
    const result = this.page.getByTestId("uncertainty-result");
    await expect(result).toBeVisible({ timeout: 20_000 });
    return result;
  }

  /** Scrolls through the whole lab, so that every chart is drawn and the uncertainty run has reported. */
  async drawEverything() {
    for (const id of ["landed-cost", "cost-gap", "china-dependency", "supply-mix", "tornado"]) {
      const plot = this.page.getByTestId(`chart-${id}-plot`);
      await plot.scrollIntoViewIfNeeded();
      await expect(plot).toBeVisible();
    }
    const result = await this.uncertaintyResult();
    await expect(result.getByTestId("chart-uncertainty-plot")).toBeVisible();
    await this.page.evaluate(() => window.scrollTo(0, 0));
  }

  /** The slider of an assumption, by its accessible name, e.g. "Pakistan — country risk premium (percentage points)". */
  slider(name: string): Locator {
    return this.page.getByRole("slider", { name, exact: true });
  }

  exact(name: string): Locator {
    return this.page.getByRole("textbox", { name: `${name}, exact value`, exact: true });
  }

  /** Types an exact value and commits it with Enter. */
  async setExact(name: string, value: string) {
    await this.openGroupOf(name);
    const field = this.exact(name);
    await field.fill(value);
    await field.press("Enter");
  }

  /** Opens the collapsible group that holds an assumption, by filtering the panel to it (the search reads whole names). */
  async openGroupOf(name: string) {
    const slider = this.slider(name);
    if (await slider.isVisible()) return;
    await this.page.getByRole("searchbox", { name: "Find an assumption" }).fill(name);
    await expect(slider).toBeVisible();
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  claim(id: string): Locator {
    return this.page.locator(`[data-claim="${id}"]`);
  }

  figure(title: string | RegExp): Locator {
    return this.page.getByRole("figure", { name: title });
  }

  /** Opens a chart's table view and returns the table. */
  async table(title: string | RegExp): Promise<Locator> {
    const figure = this.figure(title);
    const details = figure.locator("details.chart-frame__table");
    if (!(await details.getAttribute("open"))) await figure.locator("summary").click();
    return figure.getByRole("table").first();
  }

  /** A cell of a table row found by its header: the n-th data cell (0-based). */
  cell(table: Locator, row: string, n: number): Locator {
    return table
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: row, exact: true }) })
      .getByRole("cell")
      .nth(n);
  }

  /** Loads a scenario file through the lab's file picker, as a user choosing it would. */
  async loadFile(name: string, content: string | Buffer) {
    await this.page.getByLabel("Scenario file to load").setInputFiles({
      name,
      mimeType: "application/json",
      buffer: typeof content === "string" ? Buffer.from(content) : content,
    });
  }

  /** The saved-scenarios panel. */
  savedPanel(): Locator {
    return this.page.getByRole("region", { name: "Saved scenarios" });
  }

  /** The list of scenarios saved in this browser. */
  savedList(): Locator {
    return this.page.getByRole("list", { name: "Saved scenarios" });
  }

  /** Saves the current scenario under a name typed into the Name field. */
  async saveAs(name: string) {
    await this.page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await this.button("Save scenario").click();
  }

  /** The saved-scenarios store exactly as this browser holds it. */
  async storedScenarios(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem("critical-minerals:saved-scenarios"));
  }

  /** Replaces the store (from another tab, an older version, or a hand edit), then reloads the lab. */
  async setStoredScenarios(raw: string) {
    await this.page.evaluate((r) => localStorage.setItem("critical-minerals:saved-scenarios", r), raw);
    await this.page.reload();
    await this.chartsDrawn();
  }

  /** The number in a table cell (grouping commas removed). */
  async number(cell: Locator): Promise<number> {
    return Number((await cell.innerText()).replace(/,/g, ""));
  }
}
