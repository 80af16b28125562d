import { DEFAULT_PRESET, PRESET_IDS } from "../model/presets";
import { PRERENDERED_PAGES } from "./prerendered-pages";
import { PRESET_PARAM, URL_VERSION, VERSION_PARAM } from "./scenario-params";

/*
 * The proxy sends `/` and `/?preset=stress-case` (what the scenario picker submits) to the static page under the
 * prefix in PRERENDERED_PAGES, and every other query to the page itself, rendered per request. Nearly every reader
 * arriving from a link asks for one of these few views, so they cost a file read instead of a render
 * (PERFORMANCE.md). Pure.
 */

/** Next's cache-busting parameter on client-side navigations: it never changes what the page shows. */
const RSC_PARAM = "_rsc";

/**
 * The prerendered page that shows exactly what `pathname?params` would render, or null when the query asks for
 * anything else (an assumption, a view parameter, an unknown preset, an old link version, a repeated parameter),
 * which the page renders per request with its notices.
 */
export function prerenderedPath(pathname: string, params: URLSearchParams): string | null {
  const prefix = PRERENDERED_PAGES[pathname];
  if (prefix === undefined) return null;
  let preset: string = DEFAULT_PRESET;
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name)) return null;
    seen.add(name);
    if (name === RSC_PARAM) continue;
    if (name === VERSION_PARAM && value === String(URL_VERSION)) continue;
    if (name === PRESET_PARAM && (PRESET_IDS as readonly string[]).includes(value)) preset = value;
    else return null;
  }
  return `${prefix}/${preset}`;
}
