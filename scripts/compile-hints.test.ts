import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, markStartupScripts, startupScripts } from "./compile-hints.mjs";

let next: string;
const put = (rel: string, text: string) => {
  const file = path.join(next, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const read = (rel: string) => readFileSync(path.join(next, rel), "utf8");

beforeEach(() => {
  next = mkdtempSync(path.join(tmpdir(), "hints-"));
  // Two prerendered pages sharing the framework chunk; one page has its own chunk and a no-module polyfill.
  put(
    "server/app/index.html",
    '<script src="/_next/static/chunks/framework.js" async=""></script><script src="/_next/static/chunks/home.js" async=""></script>' +
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script><script>self.__next_f=[]</script>',
  );
  put(
    "server/app/minerals/copper.html",
    '<script async="" src="/_next/static/chunks/framework.js"></script>',
  );
  put("static/chunks/framework.js", "(globalThis.TURBOPACK||[]).push([1,()=>{}]);");
  put(
    "static/chunks/home.js",
    "(globalThis.TURBOPACK||[]).push([2,()=>{}]);\n//# sourceMappingURL=home.js.map",
  );
  put("static/chunks/home.js.map", JSON.stringify({ version: 3, sources: ["a.ts"], mappings: "AAAA" }));
  put("static/chunks/lazy-panel.js", "(globalThis.TURBOPACK||[]).push([3,()=>{}]);");
  put("static/chunks/polyfills.js", "!function(){}();");
});
afterEach(() => rmSync(next, { recursive: true, force: true }));

describe("startup scripts and their compile hint", () => {
  it("finds each script a prerendered page loads at startup once, without the no-module polyfill", () => {
    expect(startupScripts(path.join(next, "server", "app"))).toEqual([
      "static/chunks/framework.js",
      "static/chunks/home.js",
    ]);
  });

  it("puts the hint on the first line of startup scripts only, and keeps their code unchanged after it", () => {
    expect(markStartupScripts(next)).toEqual(["static/chunks/framework.js", "static/chunks/home.js"]);
    expect(read("static/chunks/framework.js")).toBe(
      `${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1,()=>{}]);`,
    );
    expect(read("static/chunks/home.js").startsWith("//# allFunctionsCalledOnLoad\n(globalThis")).toBe(true);
    // Fetched later (not in any page's HTML) or never run by a modern browser: left to lazy compilation.
    expect(read("static/chunks/lazy-panel.js")).toBe("(globalThis.TURBOPACK||[]).push([3,()=>{}]);");
    expect(read("static/chunks/polyfills.js")).toBe("!function(){}();");
  });

  it("moves a marked script's source map down the one line the hint adds", () => {
    markStartupScripts(next);
    expect(JSON.parse(read("static/chunks/home.js.map")).mappings).toBe(";AAAA");
  });

  it("moves each section of an index map down one line", () => {
    put(
      "static/chunks/home.js.map",
      JSON.stringify({
        version: 3,
        sections: [
          { offset: { line: 0, column: 0 }, map: {} },
          { offset: { line: 4, column: 2 }, map: {} },
        ],
      }),
    );
    markStartupScripts(next);
    const offsets = JSON.parse(read("static/chunks/home.js.map")).sections.map(
      (s: { offset: { line: number; column: number } }) => s.offset,
    );
    expect(offsets).toEqual([
      { line: 1, column: 0 },
      { line: 5, column: 2 },
    ]);
  });

  it("marks a script once when the build step runs again", () => {
    markStartupScripts(next);
    expect(markStartupScripts(next)).toEqual(["static/chunks/framework.js", "static/chunks/home.js"]);
    expect(read("static/chunks/framework.js").split(COMPILE_HINT)).toHaveLength(2);
    expect(JSON.parse(read("static/chunks/home.js.map")).mappings).toBe(";AAAA");
  });
});
