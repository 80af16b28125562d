import { expect, type Locator, type Page } from "@playwright/test";

/** Moves through a page as someone without a mouse does: Tab, Shift+Tab and keys, never a click or `focus()`. */
export class KeyboardUser {
  constructor(readonly page: Page) {}

  /**
   * Presses Tab (or Shift+Tab) until `target` has focus, and fails if it is not reached within `max` presses — a
   * control the Tab order skips is one a keyboard user cannot use. Returns the number of presses.
   */
  async tabTo(target: Locator, { backwards = false, max = 400 } = {}): Promise<number> {
    // One handle, compared in one round trip per press: resolving the locator each time doubles the cost of a walk
    // through the lab's hundred-odd stops.
    const handle = await target.elementHandle();
    const focused = () => this.page.evaluate((el) => el === document.activeElement, handle);
    for (let i = 0; i < max; i++) {
      if (await focused()) return i;
      await this.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    }
    expect(
      await focused(),
      `not reached with ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}: ${target}`,
    ).toBe(true);
    return max;
  }

  /** The focused element shows a focus ring: an outline of at least 2 px (globals.css draws 3 px in --focus). */
  async expectFocusRing(target: Locator) {
    await expect(target).toBeFocused();
    const ring = await target.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        style: s.outlineStyle,
        width: parseFloat(s.outlineWidth),
        visible: el.matches(":focus-visible"),
      };
    });
    expect(ring.visible, `${target} matches :focus-visible`).toBe(true);
    expect(ring.style, `${target} outline style`).not.toBe("none");
    expect(ring.width, `${target} outline width`).toBeGreaterThanOrEqual(2);
  }
}
