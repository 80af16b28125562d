import { describe, expect, it } from "vitest";
import { cachedResponse, memoisedBody, notModified } from "./http-cache";

describe("HTTP caching of build-time responses", () => {
  it("gives the same body the same strong ETag and builds it once", () => {
    let builds = 0;
    const a = memoisedBody("k1", () => (builds++, "hello"));
    const b = memoisedBody("k1", () => (builds++, "other"));
    expect(a).toEqual(b);
    expect(builds).toBe(1);
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(memoisedBody("k2", () => "world").etag).not.toBe(a.etag);
  });

  it("answers 304 to a matching If-None-Match, weak or in a list", async () => {
    const first = cachedResponse(new Request("http://x/api"), "k3", "application/json", () => "{}");
    const etag = first.headers.get("etag")!;
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toContain("s-maxage=86400");
    expect(await first.text()).toBe("{}");
    const again = cachedResponse(
      new Request("http://x/api", { headers: { "If-None-Match": `"zzz", W/${etag}` } }),
      "k3",
      "application/json",
      () => "{}",
    );
    expect(again.status).toBe(304);
    expect(notModified(null, etag)).toBe(false);
    expect(notModified('"other"', etag)).toBe(false);
  });
});
