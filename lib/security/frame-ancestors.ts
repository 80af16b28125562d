import { visibleName } from "../text/visible";
import { isEmbedPath } from "../url/embed";

/**
 * Who may frame the app. Every page refuses (`frame-ancestors 'none'` and `X-Frame-Options: DENY`, against
 * clickjacking) except the embed routes, which exist to be framed: by any site (`*`) unless the operator lists the
 * sites allowed in the environment variable EMBED_FRAME_ANCESTORS (space-separated origins such as
 * `https://news.example.com https://*.example.org`, or `'self'`).
 */

export const EMBED_FRAME_ANCESTORS_ENV = "EMBED_FRAME_ANCESTORS";

/** What frame-ancestors allows for pages that must not be framed. */
export const NO_FRAME_ANCESTORS: readonly string[] = ["'none'"];

/** A CSP host source with a scheme (wildcard subdomain and port allowed), `*`, `'self'` or a bare scheme. */
const SOURCE = /^(\*|'self'|https?:|https?:\/\/(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5}|:\*)?)$/;

/**
 * The frame-ancestors sources for embed routes from the environment variable's value: `*` when unset or blank. A
 * value with a token that is not a source cannot be trusted to mean what the operator meant, so the embeds then
 * refuse framing like every other page, and `problem` names the token (the server logs it).
 */
export function parseFrameAncestors(value: string | undefined): {
  sources: readonly string[];
  problem: string | null;
} {
  const tokens = (value ?? "").trim().split(/\s+/).filter(Boolean);
  if (!tokens.length) return { sources: ["*"], problem: null };
  const bad = tokens.find((t) => !SOURCE.test(t));
  if (bad !== undefined)
    return {
      sources: NO_FRAME_ANCESTORS,
      problem: `${EMBED_FRAME_ANCESTORS_ENV}: ${visibleName(bad)} is not an origin (such as https://news.example.com), * or 'self'; embeds refuse framing until it is fixed`,
    };
  return { sources: tokens, problem: null };
}

/** The frame-ancestors sources for a request path: the embed sources on embed routes, 'none' everywhere else. */
export function frameAncestorsFor(pathname: string, embedSources: readonly string[]): readonly string[] {
  return isEmbedPath(pathname) ? embedSources : NO_FRAME_ANCESTORS;
}
