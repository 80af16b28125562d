import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { scriptSources } from "./built-html.mjs";
import { paintFirst, STARTUP_LOADER } from "./paint-first.mjs";

// A prerendered page's shape as Next.js 16 writes it: style sheets, a chunk preload and async startup scripts in
// the head, the theme's inline script, the no-module polyfill, then the body with the inline payload scripts.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/later.js"/>' +
  '<script src="/_next/static/chunks/framework.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack.js" async=""></script>' +
  '<script src="/_next/static/chunks/page.js" async=""></script>' +
  '<title>Copper</title><script>(function(){document.documentElement.setAttribute("data-js","")})();</script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
  "<body><main><h1>Copper</h1><p>World mine production</p></main><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>";

describe("paintFirst: a prerendered page starts its scripts after the first paint", () => {
  const after = paintFirst(PAGE);

  it("takes the startup scripts and the script preload out of the head and lists them, in order, on the loader", () => {
    const head = after.slice(0, after.indexOf("</head>"));
    expect(head).not.toMatch(/<script[^>]*\basync\b/);
    expect(head).not.toContain('rel="preload"');
    const loader = after
      .slice(after.lastIndexOf("<script "))
      .match(/^<script ([^>]*)>([\s\S]*)<\/script><\/body>/);
    expect(loader?.[1]).toBe(
      'data-startup="/_next/static/chunks/framework.js /_next/static/chunks/turbopack.js /_next/static/chunks/page.js" ' +
        'data-preload="/_next/static/chunks/later.js"',
    );
    expect(loader?.[2]).toBe(STARTUP_LOADER);
  });

  it("keeps everything else: style sheets, inline scripts, the no-module polyfill and the content", () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<script>(function(){document.documentElement.setAttribute("data-js","")})();</script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      "<main><h1>Copper</h1><p>World mine production</p></main>",
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    ])
      expect(after).toContain(kept);
  });

  it("loses no script: the page starts the same scripts in the same order", () => {
    expect(scriptSources(after)).toEqual(scriptSources(PAGE));
    expect(scriptSources(after)).toEqual([
      "/_next/static/chunks/framework.js",
      "/_next/static/chunks/turbopack.js",
      "/_next/static/chunks/page.js",
    ]);
  });

  it("is idempotent, and leaves a page without startup scripts as it is", () => {
    expect(paintFirst(after)).toBe(after);
    const noScripts = "<html><head></head><body><p>Not found</p></body></html>";
    expect(paintFirst(noScripts)).toBe(noScripts);
  });
});

/** Runs the loader against a stand-in for the browser and records what it adds to the head. */
function runLoader({ visible = true, paintTiming = true } = {}) {
  const added: string[] = [];
  const timers: (() => void)[] = [];
  let report: ((list: { getEntriesByName(n: string): unknown[] }, o: { disconnect(): void }) => void) | null =
    null;
  const attributes: Record<string, string> = {
    "data-startup": "/a.js /b.js",
    "data-preload": "/later.js",
  };
  class Observer {
    static supportedEntryTypes = paintTiming ? ["paint", "resource"] : ["resource"];
    constructor(callback: typeof report) {
      report = callback;
    }
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: "paint", buffered: true });
    }
  }
  const document = {
    currentScript: { getAttribute: (name: string) => attributes[name] ?? null },
    visibilityState: visible ? "visible" : "hidden",
    createElement: (tag: string) => ({ tag }) as Record<string, unknown>,
    head: {
      appendChild: (e: Record<string, unknown>) =>
        added.push(e.tag === "script" ? `script ${e.src} async=${e.async}` : `${e.rel} ${e.as} ${e.href}`),
    },
  };
  runInNewContext(STARTUP_LOADER, {
    document,
    window: { PerformanceObserver: Observer },
    setTimeout: (f: () => void) => timers.push(f),
  });
  const paint = (name: string) =>
    report?.(
      { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) },
      { disconnect: () => undefined },
    );
  return { added, paint, fireTimers: () => timers.forEach((f) => f()) };
}

const ALL = ["preload script /later.js", "script /a.js async=true", "script /b.js async=true"];

describe("the loader in the page", () => {
  it("adds nothing before the first contentful paint, then every script once, in order", () => {
    const page = runLoader();
    expect(page.added).toEqual([]);
    page.paint("first-paint");
    expect(page.added).toEqual([]);
    page.paint("first-contentful-paint");
    expect(page.added).toEqual(ALL);
    page.fireTimers();
    expect(page.added).toEqual(ALL);
  });

  it("starts after three seconds when no paint is reported (an embed out of view)", () => {
    const page = runLoader();
    page.fireTimers();
    expect(page.added).toEqual(ALL);
  });

  it("starts at once in a hidden tab, and in a browser without Paint Timing", () => {
    expect(runLoader({ visible: false }).added).toEqual(ALL);
    expect(runLoader({ paintTiming: false }).added).toEqual(ALL);
  });
});
