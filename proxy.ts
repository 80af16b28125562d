import { readFileSync } from "node:fs";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import {
  buildCsp,
  type CspHashes,
  hashesForPath,
  isPrerenderedRoute,
  makeNonce,
  NO_FRAMING_HEADER,
  SECURITY_HEADERS,
} from "@/lib/security/csp";
import {
  EMBED_FRAME_ANCESTORS_ENV,
  frameAncestorsFor,
  NO_FRAME_ANCESTORS,
  parseFrameAncestors,
} from "@/lib/security/frame-ancestors";
import { tabRewritePath } from "@/lib/url/chart-tab";
import { isQueryViewPath, prerenderedPath } from "@/lib/url/prerendered";
import { viewNonce } from "@/lib/security/view-nonce";

let hashes: CspHashes | null | undefined;

/** The inline-script hashes written after the build (missing in `next dev`, where only nonces apply). */
function loadHashes(): CspHashes | null {
  if (hashes === undefined) {
    try {
      hashes = JSON.parse(
        readFileSync(path.join(process.cwd(), ".next", "csp-hashes.json"), "utf8"),
      ) as CspHashes;
    } catch {
      hashes = null;
    }
  }
  return hashes;
}

let embedSources: readonly string[] | undefined;

/** Who may frame the embed routes, read once from the environment at run time; a bad value is logged once. */
function loadEmbedSources(): readonly string[] {
  if (embedSources === undefined) {
    const { sources, problem } = parseFrameAncestors(process.env[EMBED_FRAME_ANCESTORS_ENV]);
    if (problem) console.error(`proxy: ${problem}`);
    embedSources = sources;
  }
  return embedSources;
}

/**
 * Runs before every request. The overview and the comparison, whatever their query, are rewritten to a static view
 * (lib/url/prerendered.ts): a preset's view prerendered at build time, or the view of the normalised query, rendered
 * on its first request and then kept. A page with maps asked for in another view (`?tab=map`) goes to that view's
 * prerendered path (lib/url/chart-tab.ts). Then the Content-Security-Policy: on pages prerendered at build time
 * their scripts' hashes and no nonce (the same header for everyone, so a shared cache may keep it); on a query's
 * view the nonce it was rendered with, the same for every request of that view (lib/security/view-nonce.ts); on the
 * other dynamic pages a fresh nonce. The nonce is passed to Next.js on the request so it can put it on the page's
 * scripts, and sent on the response. And the other security headers.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const target = prerenderedPath(pathname, searchParams) ?? tabRewritePath(pathname, searchParams);
  const served = target ?? pathname;
  const known = loadHashes();
  const frameAncestors = frameAncestorsFor(pathname, loadEmbedSources());
  const csp = buildCsp({
    nonce: isPrerenderedRoute(known, served)
      ? undefined
      : isQueryViewPath(served)
        ? await viewNonce(served)
        : makeNonce(),
    scriptHashes: hashesForPath(known, served),
    frameAncestors,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const init = { request: { headers: requestHeaders } };
  let response: NextResponse;
  if (target === null) response = NextResponse.next(init);
  else {
    const url = request.nextUrl.clone();
    url.pathname = target;
    response = NextResponse.rewrite(url, init);
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of SECURITY_HEADERS) response.headers.set(name, value);
  if (frameAncestors === NO_FRAME_ANCESTORS) response.headers.set(...NO_FRAMING_HEADER);
  return response;
}

export const config = {
  // Every response, pages, API and static files alike.
  matcher: "/:path*",
};
