import { describe, expect, it } from "vitest";
import { parseAssumptionsQuery } from "./assumptions-query";

describe("parseAssumptionsQuery", () => {
  it("accepts no parameters", () => {
    expect(parseAssumptionsQuery(new URLSearchParams(""))).toEqual([]);
  });

  it("names each parameter once, even when repeated", () => {
    const errors = parseAssumptionsQuery(new URLSearchParams("group=finance-risk&group=labour&<b>=1"));
    expect(errors.map((e) => e.field)).toEqual(["group", "<b>"]);
    expect(errors[0]!.message).toContain('unknown parameter "group"');
  });
});
