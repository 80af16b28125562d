/**
 * Security headers for every response. The Content-Security-Policy allows scripts only from this origin, with
 * inline scripts allowed by a per-request nonce (dynamic pages: Next.js puts the nonce on its scripts) or by their
 * SHA-256 hash (static pages: the hashes are computed from the built HTML by scripts/postbuild.mjs); the theme's
 * pre-paint script (lib/theme/preference.ts) by its hash on every page, so it needs no nonce. No
 * 'unsafe-eval', no 'unsafe-inline' for scripts, no framing.
 */

import { THEME_SCRIPT_HASH } from "@/lib/theme/preference";

export interface CspOptions {
  nonce: string;
  /** 'sha256-…' sources of the inline scripts of a prerendered page. */
  scriptHashes: readonly string[];
}

export function buildCsp({ nonce, scriptHashes }: CspOptions): string {
  const script = ["'self'", `'nonce-${nonce}'`, THEME_SCRIPT_HASH, ...scriptHashes].join(" ");
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
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The other security headers, the same on every response. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  [
    "Permissions-Policy",
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), display-capture=(), browsing-topics=()",
  ],
  ["X-Frame-Options", "DENY"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

/** Hashes per route of the prerendered pages, and those of the not-found page for every other path. */
export interface CspHashes {
  routes: Record<string, string[]>;
  fallback: string[];
}

/** The inline-script hashes for a request path (trailing slashes and index normalised). */
export function hashesForPath(hashes: CspHashes | null, pathname: string): string[] {
  if (!hashes) return [];
  const path = pathname !== "/" && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  return hashes.routes[path] ?? hashes.fallback;
}

/** A random nonce, base64, from the Web Crypto API (available in the proxy's Node.js runtime). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
