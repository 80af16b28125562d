import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  parseThemePreference,
  THEME_SCRIPT,
  THEME_SCRIPT_HASH,
  THEME_STORAGE_KEY,
  type ThemePreference,
} from "./preference";

/** Runs the pre-paint script against a fake page and storage; returns the attributes it set on <html>. */
function runScript(stored: string | null | Error): Record<string, string> {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) } };
  const localStorage = {
    getItem: (key: string) => {
      if (stored instanceof Error) throw stored;
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  new Function("document", "localStorage", THEME_SCRIPT)(document, localStorage);
  return attributes;
}

const STORED: readonly (readonly [string | null, ThemePreference])[] = [
  ["dark", "dark"],
  ["light", "light"],
  ["system", "system"],
  [null, "system"],
  ["", "system"],
  ["DARK", "system"],
  [" dark", "system"],
  ['"dark"', "system"],
  ['{"theme":"dark"}', "system"],
  ["undefined", "system"],
  ["\u0000dark", "system"],
];

describe("the theme preference", () => {
  it.each(STORED)("reads the stored value %j as %s", (stored, expected) => {
    expect(parseThemePreference(stored)).toBe(expected);
  });

  it("reads values that are not strings at all as system", () => {
    for (const v of [undefined, 1, true, {}, ["dark"]]) expect(parseThemePreference(v)).toBe("system");
  });

  it.each(STORED)("the pre-paint script agrees with it: %j pins %s", (stored, expected) => {
    const set = runScript(stored);
    expect(set["data-theme"] ?? "system").toBe(expected);
    expect(set["data-js"]).toBe("");
  });

  it("follows the system, without an error, when storage is blocked", () => {
    expect(runScript(new Error("SecurityError: access denied"))).toEqual({ "data-js": "" });
  });

  it("is allowed by the hash the policy carries", () => {
    const hash = createHash("sha256").update(THEME_SCRIPT, "utf8").digest("base64");
    expect(THEME_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
  });
});
