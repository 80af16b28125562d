import { type Page, type Route } from "@playwright/test";

/** The digest the injected fault carries; an error boundary shows it as the reference to quote. */
export const FAULT_DIGEST = "fault-injected-by-test";
const FAULT_ROW = "ffff0";

/**
 * Makes a route's page arrive failed in the browser, exactly as a Server Component that threw arrives: in the
 * React Flight payload of a client-side navigation (or of the router's prefetch of that page), the page's element
 * becomes a reference to an error row `E{"digest"}`. That is what Next sends in production when rendering fails
 * on the server, so the route's error boundary is exercised without any test-only code in the app.
 *
 * It depends on the Flight row format of the pinned Next.js (16.4): if that changes, `failed()` stays 0 and the
 * spec fails rather than passing without a fault.
 */
export class RouteFault {
  private matcher: ((url: URL) => boolean) | null = null;
  private injected = 0;

  constructor(readonly page: Page) {}

  /** From now on, every payload for `pathname` carries the page as failed (until `stop`). */
  async failPage(pathname: string) {
    this.matcher = (url) => url.pathname === pathname;
    await this.page.route(this.matcher, this.handler);
  }

  /** Lets payloads through unchanged again, so that "Try again" can succeed. */
  async stop() {
    // unroute matches by identity, so the same matcher function is passed back.
    if (this.matcher) await this.page.unroute(this.matcher, this.handler);
    this.matcher = null;
  }

  /** How many payloads were changed: 0 means the fault never reached the browser. */
  failed(): number {
    return this.injected;
  }

  private handler = async (route: Route) => {
    if (route.request().headers()["rsc"] !== "1") return route.fallback();
    try {
      const response = await route.fetch();
      const body = this.inject(await response.text());
      await route.fulfill({ response, body });
    } catch (error) {
      // The router cancels prefetches it no longer needs; a request that is gone cannot be answered, and that is fine.
      if (
        !/already handled|Target (page|closed)|has been closed|Request context disposed/i.test(String(error))
      )
        throw error;
    }
  };

  private inject(payload: string): string {
    let changed = false;
    const lines = payload.split("\n").map((line) => {
      const m = /^([0-9a-f]+):(\[.*\]|\{.*\})$/.exec(line);
      if (!m || !line.includes('"__PAGE__')) return line;
      const row = JSON.parse(m[2]!) as unknown;
      if (!replacePage(row)) return line;
      changed = true;
      return `${m[1]}:${JSON.stringify(row)}`;
    });
    if (!changed) return payload;
    this.injected++;
    return `${lines.join("\n").replace(/\n?$/, "\n")}${FAULT_ROW}:E${JSON.stringify({ digest: FAULT_DIGEST })}\n`;
  }
}

/** Replaces the rendered page (`d.r` of the `__PAGE__` segment) with a lazy reference to the error row. */
function replacePage(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(replacePage);
  if (typeof node !== "object" || node === null) return false;
  const o = node as Record<string, unknown>;
  const d = o.d as Record<string, unknown> | undefined;
  if (typeof o.s === "string" && o.s.startsWith("__PAGE__") && d && "r" in d) {
    d.r = `$L${FAULT_ROW}`;
    return true;
  }
  return Object.values(o).some(replacePage);
}
