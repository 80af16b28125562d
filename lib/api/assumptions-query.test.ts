import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext } from "../model/context";
import { parseAssumptionsQuery, toAssumptionsAnswer } from "./assumptions-query";

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

describe("toAssumptionsAnswer", () => {
  it("answers byte for byte as GET /api/assumptions did before the table became data", async () => {
    const answer = JSON.stringify(toAssumptionsAnswer(buildModelContext(loadDataset())));
    await expect(answer).toMatchFileSnapshot("./__snapshots__/assumptions-answer.json");
  });
});
