import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { defaultValues } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { parseLabParams, serializeLabParams } from "./lab-state";

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

describe("the scenario lab's URL", () => {
  it("round-trips scenario, view and a pinned scenario A", () => {
    const d = defaultValues(ctx.table);
    const state = {
      current: { preset: "evidence-baseline", values: { ...d, "crp-pk": 6 } },
      a: { preset: "stress-case", values: { ...ctx.presets[2]!.values, ...d, ...ctx.presets[2]!.values } },
      view: { mineral: "lithium" as const, competitor: "CA" as const, breakEvenKey: "wage-pk" },
    };
    const q = serializeLabParams(state, ctx.table, ctx.presets);
    expect(q).toBe("v=1&crp-pk=6&mineral=lithium&competitor=CA&be=wage-pk&a=v%3D1%26preset%3Dstress-case");
    const back = parseLabParams(new URLSearchParams(q), ctx.table, ctx.presets);
    expect(back.warnings).toEqual([]);
    expect(back.current).toEqual(state.current);
    expect(back.a!.preset).toBe("stress-case");
    expect(back.view).toEqual(state.view);
  });

  it("opens a damaged link on a safe state and names every bad parameter", () => {
    const r = parseLabParams(new URLSearchParams("crp-pk=9999&wage-pk=abc&mineral=gold&competitor=XX&be=nope&zzz=1&a=crp-pk%3Dx"), ctx.table, ctx.presets);
    expect(r.current.values["crp-pk"]).toBe(25);
    expect(r.current.values["wage-pk"]).toBe(defaultValues(ctx.table)["wage-pk"]);
    expect(r.view).toEqual({ mineral: "copper", competitor: "AU", breakEvenKey: "crp-pk" });
    expect(r.warnings.map((w) => w.field).sort()).toEqual(["a.crp-pk", "assumptions.crp-pk", "be", "competitor", "mineral", "wage-pk", "zzz"].sort());
  });
});
