import { describe, expect, it } from "vitest";
import { prerenderedPath } from "./prerendered";
import { readerPathname } from "./prerendered-pages";

const at = (path: string, query = "") => prerenderedPath(path, new URLSearchParams(query));

describe("which addresses the prerendered default views answer", () => {
  it("sends the bare overview and comparison to the Evidence baseline's prerendered page", () => {
    expect(at("/")).toBe("/prerendered/evidence-baseline");
    expect(at("/compare")).toBe("/compare/prerendered/evidence-baseline");
  });

  it("sends what the scenario picker submits (a preset and the link version) to that preset's page", () => {
    expect(at("/", "preset=stress-case&v=1")).toBe("/prerendered/stress-case");
    expect(at("/compare", "v=1&preset=article-framing")).toBe("/compare/prerendered/article-framing");
    expect(at("/", "preset=evidence-baseline")).toBe("/prerendered/evidence-baseline");
  });

  it("ignores Next's cache-busting parameter of client-side navigations", () => {
    expect(at("/", "_rsc=1x2y3")).toBe("/prerendered/evidence-baseline");
  });

  it("leaves every other query to the page rendered per request, which names what it could not use", () => {
    expect(at("/", "crp-pk=6")).toBeNull();
    expect(at("/", "preset=worst-case")).toBeNull();
    expect(at("/", "preset=stress-case&preset=article-framing")).toBeNull();
    expect(at("/", "v=2")).toBeNull();
    expect(at("/compare", "mineral=antimony")).toBeNull();
    expect(at("/scenario")).toBeNull();
    expect(at("/minerals/copper")).toBeNull();
  });

  it("marks a prerendered view, rendered at its own path, as the page it stands for", () => {
    expect(readerPathname("/prerendered/stress-case")).toBe("/");
    expect(readerPathname("/compare/prerendered/evidence-baseline")).toBe("/compare");
    expect(readerPathname("/compare")).toBe("/compare");
    expect(readerPathname("/prerenderedx")).toBe("/prerenderedx");
  });
});
