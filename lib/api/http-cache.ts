/**
 * Server-side HTTP caching for responses that change only with a new build (the dataset and the assumptions):
 * an ETag from the body's hash, a Cache-Control a CDN can honour, and 304 for a matching If-None-Match. Bodies are
 * memoised per request key, so repeated queries cost a map lookup.
 */
import { createHash } from "node:crypto";

/** Browsers keep a response an hour; shared caches a day, and may serve it stale for a week while revalidating. */
export const CACHEABLE = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";

const MAX_ENTRIES = 500;
const bodies = new Map<string, { body: string; etag: string }>();

/** The body for a key (built once, then remembered) and its strong ETag. */
export function memoisedBody(key: string, build: () => string): { body: string; etag: string } {
  let hit = bodies.get(key);
  if (!hit) {
    const body = build();
    hit = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"` };
    if (bodies.size >= MAX_ENTRIES) bodies.delete(bodies.keys().next().value!);
    bodies.set(key, hit);
  }
  return hit;
}

/** True when the client's If-None-Match already names this ETag (a list or "*"). */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((s) => s.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

/** A cacheable response: 304 when the client has it, otherwise the body with ETag and Cache-Control. */
export function cachedResponse(
  request: Request,
  key: string,
  contentType: string,
  build: () => string,
  extra: Record<string, string> = {},
): Response {
  const { body, etag } = memoisedBody(key, build);
  const headers = { ETag: etag, "Cache-Control": CACHEABLE, ...extra };
  if (notModified(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { "Content-Type": contentType, ...headers } });
}
