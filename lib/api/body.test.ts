import { describe, expect, it } from "vitest";
import { readTextWithin } from "./body";

function stream(parts: readonly string[]): ReadableStream<Uint8Array> & { pulled: () => number } {
  let i = 0;
  const s = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < parts.length) controller.enqueue(new TextEncoder().encode(parts[i++]!));
      else controller.close();
    },
  });
  return Object.assign(s, { pulled: () => i });
}

describe("readTextWithin", () => {
  it("reads a body in chunks as UTF-8, split characters included", async () => {
    const bytes = new TextEncoder().encode('{"name":"Ωmega"}');
    const s = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 10));
        c.enqueue(bytes.slice(10));
        c.close();
      },
    });
    expect(await readTextWithin(s, 100)).toEqual({ ok: true, text: '{"name":"Ωmega"}' });
    expect(await readTextWithin(null, 100)).toEqual({ ok: true, text: "" });
  });

  it("stops reading once the body passes the limit", async () => {
    const s = stream(["x".repeat(60), "y".repeat(60), "z".repeat(60), "never read"]);
    expect(await readTextWithin(s, 100)).toEqual({ ok: false });
    expect(s.pulled()).toBeLessThan(4);
  });
});
