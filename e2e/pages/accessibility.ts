import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices: the bar every page and state must clear. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] as const;

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** One line per offending element: rule, impact, selector, what to do. Printed when an audit fails. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `  [${v.impact ?? "n/a"}] ${v.id} at ${n.target.map(String).join(" > ")}\n      ${v.help} (${v.helpUrl})${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`,
      ),
    )
    .join("\n");
}

/** Automated accessibility checks of whatever the page shows now. */
export class Accessibility {
  constructor(readonly page: Page) {}

  /** Runs axe on the whole document and fails with a readable list of violations, labelled with `state`. */
  async expectNoViolations(state: string) {
    const { violations } = await new AxeBuilder({ page: this.page }).withTags([...AXE_TAGS]).analyze();
    expect(
      violations.map((v) => v.id),
      `axe found ${violations.length} rule(s) broken in ${state}:\n${describeViolations(violations)}`,
    ).toEqual([]);
  }

  /**
   * Every table view on the page opened with a click on its summary: the charts' and the other collapsed tables
   * that share their look (`details.chart-frame__table`), and the groups of /sources/assumptions.
   */
  async openTableViews() {
    const views = this.page.locator("details.chart-frame__table, .assumption-group > details");
    const count = await views.count();
    for (let i = 0; i < count; i++) {
      const view = views.nth(i);
      if ((await view.getAttribute("open")) === null) await view.locator("summary").click();
      await expect(view).toHaveAttribute("open", "");
    }
  }

  /**
   * Every figure has alt text — in its chart area, an element with an explicit role img (a server-drawn `svg` or
   * the wrapper of a recharts chart) and a non-empty accessible name — and a real table in its table view. Only an
   * explicit role counts: Playwright maps any `svg` to role img, so recharts' legend icons ("Baseline legend
   * icon") would pass for a chart that has no alt text.
   * Call after `openTableViews` so the tables are visible. Returns the number of figures checked.
   */
  async expectFiguresDescribed(): Promise<number> {
    const figures = this.page.getByRole("figure");
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const name = (await figure.getAttribute("id")) ?? `figure ${i}`;
      const image = figure.locator(".chart-frame__chart [role='img']").first();
      await expect(image, `${name}: alt text`).toHaveAccessibleName(/\S{3,}/);
      await expect(
        figure.locator("details.chart-frame__table").getByRole("table").first(),
        `${name}: table view`,
      ).toBeVisible();
    }
    return count;
  }
}
