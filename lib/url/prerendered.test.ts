import { describe, expect, it } from "vitest";
import { isQueryViewPath, MAX_QUERY_VIEW_LENGTH, prerenderedPath, viewQuery } from "./prerendered";
import { readerPathname } from "./prerendered-pages";

const at = (path: string, query = "") => prerenderedPath(path, new URLSearchParams(query));

describe("which addresses the prerendered default views answer", () => {
  it("sends the bare overview and comparison to the Evidence baseline's prerendered page", () => {
    expect(at("/")).toBe("/prerendered/evidence-baseline");
    expect(at("/compare")).toBe("/compare/prerendered/evidence-baseline");
    expect(at("/scenario")).toBe("/scenario/prerendered/evidence-baseline");
  });

  it("sends what the scenario picker submits (a preset and the link version) to that preset's page", () => {
    expect(at("/", "preset=stress-case&v=1")).toBe("/prerendered/stress-case");
    expect(at("/compare", "v=1&preset=article-framing")).toBe("/compare/prerendered/article-framing");
    expect(at("/", "preset=evidence-baseline")).toBe("/prerendered/evidence-baseline");
  });

  it("ignores Next's cache-busting parameter of client-side navigations", () => {
    expect(at("/", "_rsc=1x2y3")).toBe("/prerendered/evidence-baseline");
  });

  it("names any other query's view by the query, normalised: same parameters in another order, same view", () => {
    const a = at("/", "crp-pk=6&v=1&wage-pk=3000")!;
    expect(a.startsWith("/prerendered/~")).toBe(true);
    expect(isQueryViewPath(a)).toBe(true);
    expect(at("/", "wage-pk=3000&crp-pk=6&v=1")).toBe(a);
    expect(at("/", "wage-pk=3000&_rsc=9z&crp-pk=6&v=1")).toBe(a);
    // A different value, or a different page, is another view.
    expect(at("/", "crp-pk=6.5&v=1&wage-pk=3000")).not.toBe(a);
    expect(at("/compare", "crp-pk=6&v=1&wage-pk=3000")).toBe(
      a.replace("/prerendered/", "/compare/prerendered/"),
    );
    expect(isQueryViewPath("/prerendered/stress-case")).toBe(false);
    expect(isQueryViewPath("/minerals/~abc")).toBe(false);
  });

  it("gives the page back exactly the query it was asked with, repeats in their order and odd names included", () => {
    for (const [path, query, expected] of [
      ["/", "crp-pk=6&v=1", { "crp-pk": "6", v: "1" }],
      [
        "/compare",
        "countries=UA&mineral=antimony&countries=PK",
        { countries: ["UA", "PK"], mineral: "antimony" },
      ],
      ["/", "preset=worst-case", { preset: "worst-case" }],
      ["/", "preset=stress-case&preset=article-framing", { preset: ["stress-case", "article-framing"] }],
      ["/", "v=2", { v: "2" }],
      ["/", "x=%3Cscript%3E%E2%82%AC+%26", { x: "<script>€ &" }],
    ] as const) {
      const view = at(path, query)!.split("/").pop()!;
      expect(viewQuery(view), query).toEqual(expected);
    }
  });

  it("leaves addresses with a parameter named like an inherited method to be rendered per request", () => {
    for (const query of [
      "toString=82&v=1",
      "constructor=1",
      "v=1&__proto__=2",
      "hasOwnProperty=x&preset=stress-case",
    ])
      expect(at("/", query), query).toBeNull();
    expect(at("/compare", "valueOf=1&mineral=copper"), "compare").toBeNull();
  });

  it("reads a view's parameters named like an object's own methods as parameters given once", () => {
    // Asked for by its path (the proxy does not send such a query to a view, but anyone may request the path).
    const view = `~${Buffer.from("constructor=44&toString=82&__proto__=3&v=1").toString("base64url")}`;
    const query = viewQuery(view)!;
    for (const [name, value] of [
      ["constructor", "44"],
      ["toString", "82"],
      ["__proto__", "3"],
      ["v", "1"],
    ] as const)
      expect(Object.getOwnPropertyDescriptor(query, name)?.value, name).toBe(value);
  });

  it("reads the preset views as the bare address or the preset, and no other name as a view", () => {
    expect(viewQuery("evidence-baseline")).toEqual({});
    expect(viewQuery("stress-case")).toEqual({ preset: "stress-case" });
    expect(viewQuery("worst-case")).toBeNull();
    expect(viewQuery("~not base64!")).toBeNull();
    expect(viewQuery("~" + btoa("\xff\xfe"))).toBeNull(); // not UTF-8
  });

  it("leaves pages without static views, and queries too long to name one, to be rendered per request", () => {
    expect(at("/minerals/copper")).toBeNull();
    expect(at("/", `a=${"x".repeat(MAX_QUERY_VIEW_LENGTH)}`)).toBeNull();
    expect(at("/", `a=${"x".repeat(1000)}`)).not.toBeNull();
  });

  it("marks a prerendered view, rendered at its own path, as the page it stands for", () => {
    expect(readerPathname("/prerendered/stress-case")).toBe("/");
    expect(readerPathname("/compare/prerendered/evidence-baseline")).toBe("/compare");
    expect(readerPathname("/compare")).toBe("/compare");
    expect(readerPathname("/prerenderedx")).toBe("/prerenderedx");
  });
});
