/**
 * The reader's theme: follow the system (the default, and what a page without JavaScript does), or pin light or
 * dark. Stored in localStorage under THEME_STORAGE_KEY and applied as `<html data-theme>`, which app/globals.css
 * turns into `color-scheme` (every colour token is `light-dark(…)`).
 */

export const THEME_PREFERENCES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export const THEME_STORAGE_KEY = "cmod-theme";

/** The preference a stored value names; anything else (missing, corrupted, from an old version) is "system". */
export function parseThemePreference(raw: unknown): ThemePreference {
  return raw === "light" || raw === "dark" ? raw : "system";
}

/**
 * Runs in `<head>` before the body is parsed, so the first paint is already in the stored theme: reads the stored
 * value as parseThemePreference does (only "light" and "dark" pin a theme; storage that throws counts as none), and
 * marks the page as scripted (the theme toggle shows only then: without JavaScript it could not work).
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute("data-js","");try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")d.setAttribute("data-theme",t)}catch(e){}})();`;

/**
 * THEME_SCRIPT's SHA-256, as a CSP source: the policy allows it on every page, static or dynamic, without a nonce
 * (lib/security/csp.ts). preference.test.ts recomputes it, so a change to the script that forgets it fails there.
 */
export const THEME_SCRIPT_HASH = "'sha256-D+TNpD94cjaexRfF3lqa81lDinPIGbPKzSYN//i4lXo='";
