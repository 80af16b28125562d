import { DEFAULT_PRESET, PRESET_IDS } from "../model/presets";
import { PRERENDERED_PAGES } from "./prerendered-pages";
import { PRESET_PARAM, URL_VERSION, VERSION_PARAM } from "./scenario-params";

/*
 * The proxy sends every address of a page in PRERENDERED_PAGES to a static route under its prefix, one per view:
 * `/` and `/?preset=stress-case` (what the scenario picker submits) to the view prerendered at build time for that
 * preset, and any other query to a view named by the query itself, rendered on its first request and then kept
 * (Next's incremental cache), so a crowd following one shared link costs one render. The view's name is the query
 * normalised (Next's cache-busting parameter dropped, parameters in name order, repeated ones in their order), so
 * the same parameters in another order are the same view. Pure.
 */

/** Next's cache-busting parameter on client-side navigations: it never changes what the page shows. */
const RSC_PARAM = "_rsc";

/**
 * Marks a view named by its query rather than by a preset. Not a character of a preset id, nor of base64url, so the
 * two kinds of name cannot meet.
 */
const QUERY_VIEW = "~";

/**
 * The longest query name kept (base64url characters, about 1.5 kB of query): a longer address (the lab's A/B state
 * can reach 8 kB) is rendered per request rather than made into a path segment of that length.
 */
export const MAX_QUERY_VIEW_LENGTH = 2048;

/**
 * The static route that shows exactly what `pathname?params` would render: the prerendered view of a preset when
 * the query names at most that preset (and the current link version), else the view named by the normalised query.
 * Null for a page without prerendered views, or a query too long to name a view (rendered per request).
 */
export function prerenderedPath(pathname: string, params: URLSearchParams): string | null {
  const prefix = PRERENDERED_PAGES[pathname];
  if (prefix === undefined) return null;
  const kept = [...params].filter(([name]) => name !== RSC_PARAM);
  // A name every object inherits (`constructor`, `toString`) reaches a page rendered behind a rewrite as a second,
  // empty value (Next reads the query into a plain object), so the reader would be told they gave it twice. Such
  // addresses are rendered per request, where the page reads the query as given.
  if (kept.some(([name]) => name in Object.prototype)) return null;
  const preset = presetOnly(kept);
  if (preset !== null) return `${prefix}/${preset}`;
  const sorted = kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); // stable: repeats keep their order
  const name = QUERY_VIEW + toBase64Url(new URLSearchParams(sorted).toString());
  return name.length > MAX_QUERY_VIEW_LENGTH ? null : `${prefix}/${name}`;
}

/** The preset a query names when it asks for nothing else (no parameter twice), or null. */
function presetOnly(params: readonly (readonly [string, string])[]): string | null {
  let preset: string = DEFAULT_PRESET;
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name)) return null;
    seen.add(name);
    if (name === VERSION_PARAM && value === String(URL_VERSION)) continue;
    if (name === PRESET_PARAM && (PRESET_IDS as readonly string[]).includes(value)) preset = value;
    else return null;
  }
  return preset;
}

/** True when a view's name stands for a query (rather than a preset prerendered at build time). */
export function isQueryView(view: string): boolean {
  return view.startsWith(QUERY_VIEW);
}

/**
 * The query a view stands for, as Next gives a page its `searchParams` (a repeated parameter as an array): none for
 * the default preset, so its links and notices are those of the bare address; `?preset=<id>` for another preset;
 * the decoded query for a query view. Null for a name no address produces (an unknown preset, a damaged query).
 */
export function viewQuery(view: string): Record<string, string | string[]> | null {
  if (!isQueryView(view)) {
    if (!(PRESET_IDS as readonly string[]).includes(view)) return null;
    return view === DEFAULT_PRESET ? {} : { [PRESET_PARAM]: view };
  }
  const text = fromBase64Url(view.slice(QUERY_VIEW.length));
  return text === null ? null : toQueryRecord(new URLSearchParams(text));
}

/**
 * A query as a page reads it: a plain object, a repeated name becoming an array. Only the object's own names count,
 * so a parameter called `constructor`, `toString` or `__proto__` is a parameter given once, not a clash with what every object
 * inherits (the page then names it as unknown).
 */
function toQueryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const existing = Object.hasOwn(query, key) ? query[key] : undefined;
    if (Array.isArray(existing)) existing.push(value);
    // Defined rather than assigned, so even `__proto__` is kept as a parameter of its own.
    else
      Object.defineProperty(query, key, {
        value: existing === undefined ? value : [existing, value],
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return query;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(name: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(name)) return null;
  try {
    const binary = atob(name.replaceAll("-", "+").replaceAll("_", "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * True when a path is a view named by its query: what prerenderedPath returns for such a query, or the same path
 * asked for directly (which renders the same view, so it must be given the same nonce).
 */
export function isQueryViewPath(path: string): boolean {
  return Object.values(PRERENDERED_PAGES).some((prefix) => path.startsWith(`${prefix}/${QUERY_VIEW}`));
}
