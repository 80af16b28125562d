/**
 * Security headers for every response. The Content-Security-Policy allows scripts only from this origin, with
 * inline scripts allowed by a per-request nonce (dynamic pages: Next.js puts the nonce on its scripts) or by their
 * SHA-256 hash (static pages: the hashes are computed from the built HTML by scripts/postbuild.mjs); the theme's
 * pre-paint script (lib/theme/preference.ts) by its hash on every page, so it needs no nonce. No 'unsafe-eval', no
 * 'unsafe-inline' for scripts, no framing except of the embed routes (frame-ancestors.ts).
 */

import { THEME_SCRIPT_HASH } from "@/lib/theme/preference";

export interface CspOptions {
  /** Omitted for prerendered pages: their scripts carry no nonce, and a shared cache may keep the header. */
  nonce?: string;
  /** 'sha256-…' sources of the inline scripts of a prerendered page. */
  scriptHashes: readonly string[];
  /** Who may frame the response: 'none' unless it is an embed route (frameAncestorsFor). */
  frameAncestors?: readonly string[];
}

export function buildCsp({ nonce, scriptHashes, frameAncestors = ["'none'"] }: CspOptions): string {
  const script = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), THEME_SCRIPT_HASH, ...scriptHashes].join(
    " ",
  );
  return [
    "default-src 'self'",
    `script-src ${script}`,
    // React's style attributes (chart sizes, swatches) need inline styles; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    // Exports draw figures through data: and blob: images and download blobs.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The uncertainty run's Web Worker is a same-origin script.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(" ")}`,
  ].join("; ");
}

/** The other security headers, the same on every response; X-Frame-Options is NO_FRAMING_HEADER. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  [
    "Permissions-Policy",
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), display-capture=(), browsing-topics=()",
  ],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

/** For browsers without frame-ancestors: sent on every response except the embed routes'. */
export const NO_FRAMING_HEADER = ["X-Frame-Options", "DENY"] as const;

/** Hashes per route of the prerendered pages, and those of the not-found page for every other path. */
export interface CspHashes {
  routes: Record<string, string[]>;
  fallback: string[];
}

/** The inline-script hashes for a request path (trailing slashes and index normalised). */
export function hashesForPath(hashes: CspHashes | null, pathname: string): string[] {
  if (!hashes) return [];
  return hashes.routes[routeOf(pathname)] ?? hashes.fallback;
}

/** True when the path is a page prerendered at build time (its inline scripts are known by hash). */
export function isPrerenderedRoute(hashes: CspHashes | null, pathname: string): boolean {
  return hashes?.routes[routeOf(pathname)] !== undefined;
}

function routeOf(pathname: string): string {
  return pathname !== "/" && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
}

/** A random nonce, base64, from the Web Crypto API (available in the proxy's Node.js runtime). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
