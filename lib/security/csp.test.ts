import { describe, expect, it } from "vitest";
import { THEME_SCRIPT_HASH } from "@/lib/theme/preference";
import { buildCsp, hashesForPath, isPrerenderedRoute, makeNonce } from "./csp";

describe("the content security policy", () => {
  it("allows scripts only from this origin, by nonce or hash, and forbids eval, inline scripts and framing", () => {
    const csp = buildCsp({ nonce: "abc", scriptHashes: ["'sha256-xyz='"] });
    const script = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(script).toBe(`script-src 'self' 'nonce-abc' ${THEME_SCRIPT_HASH} 'sha256-xyz='`);
    expect(csp).not.toContain("unsafe-eval");
    expect(script).not.toContain("unsafe-inline");
    // Framing is refused unless the caller allows it (the embed routes: frame-ancestors.test.ts).
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("finds a page's hashes, falling back to the not-found page's", () => {
    const h = {
      routes: { "/": ["'sha256-a'"], "/minerals/copper": ["'sha256-b'"] },
      fallback: ["'sha256-404'"],
    };
    expect(hashesForPath(h, "/")).toEqual(["'sha256-a'"]);
    expect(hashesForPath(h, "/minerals/copper/")).toEqual(["'sha256-b'"]);
    expect(hashesForPath(h, "/nowhere")).toEqual(["'sha256-404'"]);
    expect(hashesForPath(null, "/")).toEqual([]);
  });

  it("gives prerendered pages their hashes and no nonce, a header a shared cache may keep", () => {
    const h = { routes: { "/compare/prerendered/stress-case": ["'sha256-c'"] }, fallback: [] };
    expect(isPrerenderedRoute(h, "/compare/prerendered/stress-case/")).toBe(true);
    expect(isPrerenderedRoute(h, "/compare")).toBe(false);
    expect(isPrerenderedRoute(null, "/compare/prerendered/stress-case")).toBe(false);
    const script = buildCsp({ scriptHashes: ["'sha256-c'"] })
      .split("; ")
      .find((d) => d.startsWith("script-src "));
    expect(script).toBe(`script-src 'self' ${THEME_SCRIPT_HASH} 'sha256-c'`);
  });

  it("makes a fresh nonce each time", () => {
    expect(makeNonce()).not.toBe(makeNonce());
    expect(makeNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
