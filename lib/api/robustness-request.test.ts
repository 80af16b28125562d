import { beforeAll, describe, expect, it } from "vitest";
import { KEYS } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { loadModelContext } from "./model-context";
import { handleRobustnessQuery } from "./robustness-request";

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

const ask = (query: string) => handleRobustnessQuery(ctx, new URLSearchParams(query));
const fieldsOf = (query: string) => {
  const o = ask(query);
  return o.status === 200 ? [] : o.body.errors.map((e) => e.field);
};

describe("GET /api/robustness", () => {
  it("answers the issue's example: 21 × 21 cells of C2 for copper, x Pakistan's risk premium, y Australian wages", () => {
    const o = ask("claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=21");
    expect(o.status).toBe(200);
    if (o.status !== 200) return;
    const { x, y, cells, scenario, competitor } = o.body;
    expect(x.key).toBe("crp-pk");
    expect(y.key).toBe("wage-au");
    expect(x.values).toHaveLength(21);
    expect(x.values[0]).toBe(ctx.table.find((a) => a.key === "crp-pk")!.min);
    expect(x.values[20]).toBe(ctx.table.find((a) => a.key === "crp-pk")!.max);
    expect(cells).toHaveLength(21);
    expect(cells.every((row) => row.length === 21)).toBe(true);
    expect(cells[0]![0]).toEqual({ verdict: expect.any(String), gap: expect.any(Number) });
    expect(competitor).toBe("AU");
    // Where the scenario sits, for the map's marker: the preset's values of the two keys.
    expect(scenario.x).toBe(ctx.table.find((a) => a.key === "crp-pk")!.default);
  });

  it("takes the scenario parameters /api/scenario takes: a changed Australian wage moves the marker, not the axis", () => {
    const o = ask(`claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=3&${KEYS.wage("AU")}=60000`);
    expect(o.status).toBe(200);
    if (o.status !== 200) return;
    expect(o.body.scenario.y).toBe(60000);
    expect(o.body.scenario.query).toContain("wage-au=60000");
  });

  it("and the other parameters: a higher Pakistani wage raises every gap of a C2 map over two freight keys", () => {
    const base = ask("claim=C2&mineral=copper&x=ocean-freight-pk&y=ocean-freight-au&n=3");
    const dear = ask(
      `claim=C2&mineral=copper&x=ocean-freight-pk&y=ocean-freight-au&n=3&${KEYS.wage("PK")}=20000`,
    );
    if (base.status !== 200 || dear.status !== 200) throw new Error("expected 200s");
    expect(dear.body.cells[1]![1]!.gap!).toBeGreaterThan(base.body.cells[1]![1]!.gap!);
  });

  it.each([
    ["claim=C9&mineral=copper&x=crp-pk&y=wage-au", ["claim"]],
    ["claim=C2&mineral=unobtainium&x=crp-pk&y=wage-au", ["mineral"]],
    ["claim=C2&mineral=copper&x=crp-xx&y=wage-au", ["x"]],
    ["claim=C2&mineral=copper&x=crp-pk&y=crp-pk", ["y"]],
    ["claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=2", ["n"]],
    ["claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=42", ["n"]],
    ["claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=ten", ["n"]],
    ["claim=C2&mineral=copper&x=crp-pk&y=wage-au&competitor=PK", ["competitor"]],
    ["mineral=copper&x=crp-pk&y=wage-au", ["claim"]],
    ["claim=C2&mineral=copper&x=crp-pk&y=wage-au&wage-pk=lots", ["wage-pk"]],
    ["claim=C2&mineral=copper&x=crp-pk&y=wage-au&colour=red", ["colour"]],
  ])("refuses %s with 400 naming %j", (query, fields) => {
    expect(ask(query).status).toBe(400);
    expect(fieldsOf(query)).toEqual(fields);
  });

  it("names every bad field at once, with a message saying what to send", () => {
    const o = ask("claim=C0&mineral=copper&x=a&y=a&n=99");
    expect(o.status).toBe(400);
    if (o.status === 200) return;
    expect(o.body.errors.map((e) => e.field)).toEqual(["claim", "x", "y", "n"]);
    expect(o.body.errors.find((e) => e.field === "n")!.message).toContain("3 to 41");
  });
});
