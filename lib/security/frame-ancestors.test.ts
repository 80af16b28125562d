import { describe, expect, it } from "vitest";
import { buildCsp } from "./csp";
import { frameAncestorsFor, NO_FRAME_ANCESTORS, parseFrameAncestors } from "./frame-ancestors";

function frameAncestors(csp: string): string {
  return csp.split("; ").find((d) => d.startsWith("frame-ancestors "))!;
}

describe("framing per route", () => {
  it("lets any site frame the embed routes by default, and no site frame anything else", () => {
    const { sources, problem } = parseFrameAncestors(undefined);
    expect(problem).toBeNull();
    const csp = (path: string) =>
      frameAncestors(
        buildCsp({ nonce: "n", scriptHashes: [], frameAncestors: frameAncestorsFor(path, sources) }),
      );
    expect(csp("/embed/minerals/copper/copper-mine-production-2024")).toBe("frame-ancestors *");
    for (const path of ["/", "/minerals/copper", "/compare", "/api/dataset", "/embedded", "/scenario"])
      expect(csp(path), path).toBe("frame-ancestors 'none'");
  });

  it("takes the list of sites an operator allows from EMBED_FRAME_ANCESTORS", () => {
    expect(parseFrameAncestors("  https://news.example.com   https://*.example.org:8443 'self' ")).toEqual({
      sources: ["https://news.example.com", "https://*.example.org:8443", "'self'"],
      problem: null,
    });
    expect(parseFrameAncestors("   ").sources).toEqual(["*"]);
  });

  it("refuses framing of the embeds too, and names the token, when the setting is not a list of origins", () => {
    for (const bad of [
      "news.example.com",
      "https://a.example.com; script-src *",
      "'none' javascript:",
      "*.example.org",
    ]) {
      const { sources, problem } = parseFrameAncestors(bad);
      expect(sources, bad).toBe(NO_FRAME_ANCESTORS);
      expect(problem, bad).toMatch(/^EMBED_FRAME_ANCESTORS: .+ is not an origin/);
    }
    expect(parseFrameAncestors("https://ok.example.com evil;").problem).toContain("evil;");
  });
});
