import { readFileSync } from "node:fs";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { buildCsp, type CspHashes, hashesForPath, makeNonce, SECURITY_HEADERS } from "@/lib/security/csp";
import { tabRewritePath } from "@/lib/url/chart-tab";

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

/**
 * Runs before every request: a fresh nonce, the Content-Security-Policy (passed to Next.js on the request so it can
 * put the nonce on the scripts of dynamic pages, and sent on the response), and the other security headers. A page
 * with maps asked for in another view (`?tab=map`) is served from that view's prerendered path, whose scripts the
 * policy's hashes must then match.
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const tabPath = tabRewritePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  const csp = buildCsp({
    nonce,
    scriptHashes: hashesForPath(loadHashes(), tabPath ?? request.nextUrl.pathname),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const target = tabPath ? new URL(tabPath + request.nextUrl.search, request.nextUrl) : null;
  const response = target
    ? NextResponse.rewrite(target, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of SECURITY_HEADERS) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every response, pages, API and static files alike.
  matcher: "/:path*",
};
