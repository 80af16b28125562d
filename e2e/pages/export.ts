import { type Download, expect, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The export menu of one chart frame. */
export class ChartExport {
  constructor(
    readonly page: Page,
    readonly figure: Locator,
  ) {}

  async open() {
    if (!(await this.figure.getByRole("menu").isVisible()))
      await this.figure.getByRole("button", { name: "Export", exact: true }).click();
    await expect(this.figure.getByRole("menu")).toBeVisible();
  }

  item(name: string): Locator {
    return this.figure.getByRole("menuitem", { name, exact: true });
  }

  /** Chooses an image size preset (menu item radio) or toggles a transparent or dark background. */
  async choose(name: string) {
    await this.open();
    const checkbox = name === "Transparent background" || name === "Dark background";
    await this.figure
      .getByRole(checkbox ? "menuitemcheckbox" : "menuitemradio", {
        name,
        exact: true,
      })
      .click();
  }

  /** Opens the menu, picks an item and returns the download with its bytes. */
  async download(name: string): Promise<{ download: Download; bytes: Buffer }> {
    await this.open();
    const pending = this.page.waitForEvent("download");
    await this.item(name).click();
    const download = await pending;
    return { download, bytes: readFileSync((await download.path())!) };
  }
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
