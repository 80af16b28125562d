import { describe, expect, it } from "vitest";
import { compareHref, DEFAULT_COMPARE_VIEW, nextSort, parseCompareParams } from "./compare-params";

const parse = (q: string) => parseCompareParams(new URLSearchParams(q));

describe("parseCompareParams", () => {
  it("defaults to copper with Pakistan, Australia and Canada, unsorted, linear", () => {
    const { view, warnings } = parse("");
    expect(view).toEqual(DEFAULT_COMPARE_VIEW);
    expect(view.countries).toEqual(["PK", "AU", "CA"]);
    expect(warnings).toEqual([]);
  });

  it("reads a comma list and the repeated form a plain HTML form submits", () => {
    expect(parse("mineral=lithium&countries=PK,UA,CN").view).toMatchObject({
      mineral: "lithium",
      countries: ["PK", "UA", "CN"],
    });
    expect(parse("countries=PK&countries=UA&countries=us").view.countries).toEqual(["PK", "UA", "US"]);
  });

  it("names an unknown mineral and falls back to copper", () => {
    const { view, warnings } = parse("mineral=unobtainium");
    expect(view.mineral).toBe("copper");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('"unobtainium"');
  });

  it("ignores an unknown country by name and keeps the rest", () => {
    const { view, warnings } = parse("countries=PK,XX,AU");
    expect(view.countries).toEqual(["PK", "AU"]);
    expect(warnings.map((w) => w.message).join()).toContain('"XX"');
  });

  it("falls back to the default selection with fewer than two countries", () => {
    const { view, warnings } = parse("countries=PK");
    expect(view.countries).toEqual(["PK", "AU", "CA"]);
    expect(warnings[0]!.message).toMatch(/at least 2 countries.*got 1 \(PK\).*showing PK, AU, CA/);
  });

  it("reports more than six countries and duplicates", () => {
    const { view, warnings } = parse("countries=PK,AU,CA,UA,CN,US,PK");
    expect(view.countries).toEqual(["PK", "AU", "CA", "UA", "CN", "US"]);
    const text = warnings.map((w) => w.message).join(" | ");
    expect(text).toContain("listed more than once");
    expect(text).toContain("7 countries given");
  });

  it("reads sort, direction and scale, and names bad ones", () => {
    expect(parse("sort=landed").view).toMatchObject({ sort: "landed", dir: "asc" });
    expect(parse("sort=stability").view).toMatchObject({ sort: "stability", dir: "desc" });
    expect(parse("sort=landed&dir=desc&scale=log").view).toMatchObject({
      sort: "landed",
      dir: "desc",
      scale: "log",
    });
    const bad = parse("sort=price&dir=up&scale=cubic");
    expect(bad.view).toMatchObject({ sort: null, scale: "linear" });
    expect(bad.warnings.map((w) => w.field)).toEqual(["sort", "dir", "scale"]);
    expect(bad.warnings[0]!.message).toContain('"price"');
  });

  it("names empty and repeated sort, direction and scale instead of quietly dropping them", () => {
    const empty = parse("sort=&dir=&scale=");
    expect(empty.view).toMatchObject({ sort: null, dir: "asc", scale: "linear" });
    expect(empty.warnings.map((w) => w.field)).toEqual(["sort", "dir", "scale"]);
    const repeated = parse("sort=landed&sort=wage&dir=desc&dir=asc&scale=log&scale=linear");
    expect(repeated.view).toMatchObject({ sort: "landed", dir: "desc", scale: "log" });
    expect(repeated.warnings.map((w) => w.field)).toEqual(["sort", "dir", "scale"]);
    expect(repeated.warnings[0]!.message).toBe('sort is given 2 times; using the first, "landed"');
  });

  it("quotes hostile values visibly and briefly", () => {
    const { warnings } = parse(`mineral=${encodeURIComponent("\u202egold<script>")}&sort=${"z".repeat(500)}`);
    expect(warnings[0]!.message).toContain('"\\u202egold<script>"');
    expect(warnings[1]!.message).toContain(`"${"z".repeat(40)}…"`);
  });
});

describe("compare links and sorting", () => {
  it("writes the view with literal commas and the scenario query after it", () => {
    const view = { ...DEFAULT_COMPARE_VIEW, sort: "landed", dir: "desc" as const, scale: "log" as const };
    expect(compareHref(view, "v=1&crp-pk=6")).toBe(
      "/compare?mineral=copper&countries=PK,AU,CA&sort=landed&dir=desc&scale=log&v=1&crp-pk=6",
    );
    expect(compareHref(DEFAULT_COMPARE_VIEW, "")).toBe("/compare?mineral=copper&countries=PK,AU,CA");
  });

  it("flips the direction of the sorted column and starts others at their first direction", () => {
    const sorted = nextSort(DEFAULT_COMPARE_VIEW, "landed");
    expect(sorted).toMatchObject({ sort: "landed", dir: "asc" });
    expect(nextSort(sorted, "landed")).toMatchObject({ sort: "landed", dir: "desc" });
    expect(nextSort(sorted, "reserves-share")).toMatchObject({ sort: "reserves-share", dir: "desc" });
  });
});
