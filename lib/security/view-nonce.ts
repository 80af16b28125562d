/**
 * The nonce of a view rendered once and then served from Next's incremental cache (lib/url/prerendered.ts): its
 * HTML keeps the nonce of the request that rendered it, so every later request of that view must be sent the same
 * one. It is an HMAC of the view's path under a key made at random when the process starts and never leaves it:
 * the same for one view, unguessable for any other, and unknown to anyone who has not been served that view. The
 * view's HTML is a pure function of its path (the normalised query), so markup that could carry an injected script
 * would change the path, and with it the nonce. The cache lives in the process's memory (next.config.js), so no
 * kept page outlives the key it was rendered with.
 */
let key: Promise<CryptoKey> | undefined;

/** The view's nonce, base64 (16 bytes of the HMAC-SHA-256 of its path). */
export async function viewNonce(path: string): Promise<string> {
  key ??= crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]) as Promise<CryptoKey>;
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await key, new TextEncoder().encode(path)));
  return btoa(String.fromCharCode(...mac.subarray(0, 16)));
}
