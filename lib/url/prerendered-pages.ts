/**
 * The pages served as static views (lib/url/prerendered.ts decides which address goes to which view): the default
 * view prerendered once per preset at build time, any other query rendered once and kept. Apart from the presets so
 * that browser code (the navigation) can read it. Pure.
 */
export const PRERENDERED_PAGES: Readonly<Record<string, string>> = {
  "/": "/prerendered",
  "/compare": "/compare/prerendered",
  "/scenario": "/scenario/prerendered",
};

/**
 * The address a reader asked for, given the path a page was rendered at: a prerendered default view was rendered at
 * its own path (`/compare/prerendered/stress-case`) but stands for its page (`/compare`).
 */
export function readerPathname(pathname: string): string {
  for (const [page, prefix] of Object.entries(PRERENDERED_PAGES))
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return page;
  return pathname;
}
