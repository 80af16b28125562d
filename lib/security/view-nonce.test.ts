import { describe, expect, it } from "vitest";
import { viewNonce } from "./view-nonce";

describe("the nonce of a view kept in the cache", () => {
  it("is the same for every request of one view and differs between views", async () => {
    const a = await viewNonce("/prerendered/~Y3JwLXBrPTY");
    expect(await viewNonce("/prerendered/~Y3JwLXBrPTY")).toBe(a);
    expect(await viewNonce("/prerendered/~Y3JwLXBrPTc")).not.toBe(a);
    expect(await viewNonce("/compare/prerendered/~Y3JwLXBrPTY")).not.toBe(a);
    // 16 bytes, base64: a CSP nonce source.
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
