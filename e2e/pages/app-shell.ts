import { type Locator, type Page } from "@playwright/test";

/** The site header and navigation, present on every page, and what any page can show in its main area. */
export class AppShell {
  readonly nav: Locator;
  /** The notice naming parts of the address that could not be used (not Next's empty route announcer, also an alert). */
  readonly urlNotice: Locator;
  /** An error boundary's message (every boundary's heading ends "could not be shown"). */
  readonly errorBoundary: Locator;
  readonly mainHeading: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole("navigation", { name: "Main" });
    this.urlNotice = page.getByRole("alert").filter({ hasText: "could not be used" });
    this.errorBoundary = page.getByRole("heading", { level: 1, name: /could not be shown/ });
    this.mainHeading = page.getByRole("main").getByRole("heading", { level: 1 });
  }

  link(name: string): Locator {
    return this.nav.getByRole("link", { name, exact: true });
  }

  /**
   * Waits until scripts loaded with the page have run and React has had two frames to hydrate and commit, then
   * reads `window.__pwned`, which every fuzz payload sets if it runs (one round trip: the fuzz specs load hundreds
   * of pages).
   */
  async settleAndReadInjectedMarker(): Promise<unknown> {
    return this.page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              setTimeout(() => resolve((window as unknown as { __pwned?: unknown }).__pwned), 30),
            ),
          ),
        ),
    );
  }
}
