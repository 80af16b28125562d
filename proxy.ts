import { readFileSync } from "node:fs";
import path from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { buildCsp, type CspHashes, hashesForPath, makeNonce, SECURITY_HEADERS } from "@/lib/security/csp";

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
 * put the nonce on the scripts of dynamic pages, and sent on the response), and the other security headers.
 */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const csp = buildCsp({ nonce, scriptHashes: hashesForPath(loadHashes(), request.nextUrl.pathname) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of SECURITY_HEADERS) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every response, pages, API and static files alike.
  matcher: "/:path*",
};
