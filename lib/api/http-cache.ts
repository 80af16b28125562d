/**
 * Server-side HTTP caching for responses that change only with a new build (the dataset, the assumptions, the
 * scenario API's GET answers): an ETag, a Cache-Control a CDN can honour, and 304 for a matching If-None-Match.
 * Bodies are memoised per request key, so repeated queries cost a map lookup.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** Browsers keep a response an hour; shared caches a day, and may serve it stale for a week while revalidating. */
export const CACHEABLE = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";

/**
 * For answers that are a pure function of the normalised query and the build. Browsers keep one a day, then
 * revalidate (a 304 when the build is the same). Not `immutable` with a year's max-age: the address does not name the
 * build, so a deploy must be able to change the answer. Shared caches (deploy/nginx.conf) keep it a minute and then
 * revalidate in the background while serving the copy they hold, so a deploy shows there within about a minute.
 */
export const BUILD_CACHEABLE = "public, max-age=86400, s-maxage=60, stale-while-revalidate=86400";

const MAX_ENTRIES = 500;
const bodies = new Map<string, { body: string; etag: string }>();

function hash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 32);
}

function remember(key: string, make: () => { body: string; etag: string }): { body: string; etag: string } {
  let hit = bodies.get(key);
  if (!hit) {
    hit = make();
    if (bodies.size >= MAX_ENTRIES) bodies.delete(bodies.keys().next().value!);
    bodies.set(key, hit);
  }
  return hit;
}

/** The body for a key (built once, then remembered) and its strong ETag. */
export function memoisedBody(key: string, build: () => string): { body: string; etag: string } {
  return remember(key, () => {
    const body = build();
    return { body, etag: `"${hash(body)}"` };
  });
}

let currentBuild: string | undefined;

/**
 * The id of the build this server runs (`.next/BUILD_ID`; the standalone server runs in its own folder), or
 * "development" under `next dev` and in unit tests, where there is no build.
 */
export function buildId(): string {
  if (currentBuild === undefined) {
    try {
      currentBuild = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      currentBuild = "development";
    }
  }
  return currentBuild;
}

/** The strong ETag of an answer that is a pure function of `key` (its normalised query) and the build. */
export function buildEtag(key: string): string {
  return `"${hash(`${buildId()}\n${key}`)}"`;
}

/**
 * The one call a GET route makes when its answer is a pure function of its normalised query and the build: the
 * ETag names the build and `key`, so a client that has the answer gets 304 without the body being built or
 * serialised; otherwise the body (built once per key, then remembered), with BUILD_CACHEABLE. `key` must hold
 * everything the body depends on (the normalised query, and any warnings about the raw one).
 */
export function pureGetResponse(
  request: Request,
  key: string,
  body: () => string,
  contentType = "application/json",
): Response {
  const etag = buildEtag(key);
  const headers = { ETag: etag, "Cache-Control": BUILD_CACHEABLE };
  if (notModified(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  const hit = remember(`pure\n${key}`, () => ({ body: body(), etag }));
  return new Response(hit.body, { headers: { "Content-Type": contentType, ...headers } });
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
