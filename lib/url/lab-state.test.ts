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
    const r = parseLabParams(
      new URLSearchParams("crp-pk=9999&wage-pk=abc&mineral=gold&competitor=XX&be=nope&zzz=1&a=crp-pk%3Dx"),
      ctx.table,
      ctx.presets,
    );
    expect(r.current.values["crp-pk"]).toBe(25);
    expect(r.current.values["wage-pk"]).toBe(defaultValues(ctx.table)["wage-pk"]);
    expect(r.view).toEqual({ mineral: "copper", competitor: "AU", breakEvenKey: "crp-pk" });
    // Pages name the URL parameter a reader sees, even for a clamped value (the API names its body path instead).
    expect(r.warnings.map((w) => w.field).sort()).toEqual(
      ["a.crp-pk", "crp-pk", "be", "competitor", "mineral", "wage-pk", "zzz"].sort(),
    );
  });

  it("names repeated view parameters and view parameters inside scenario A, using the first value", () => {
    const r = parseLabParams(
      new URLSearchParams(
        "mineral=lithium&mineral=nickel&competitor=CA&competitor=UA&be=wage-pk&be=crp-pk&a=v%3D1&a=preset%3Dstress-case",
      ),
      ctx.table,
      ctx.presets,
    );
    expect(r.view).toEqual({ mineral: "lithium", competitor: "CA", breakEvenKey: "wage-pk" });
    expect(r.a!.preset).toBe("evidence-baseline");
    expect(r.warnings.map((w) => w.field)).toEqual(["a", "mineral", "competitor", "be"]);
    expect(r.warnings[1]!.message).toBe('given 2 times — using the first, "lithium"');
    const nested = parseLabParams(
      new URLSearchParams({ a: "mineral=lithium&crp-pk=3" }),
      ctx.table,
      ctx.presets,
    );
    expect(nested.warnings.map((w) => w.field)).toEqual(["a.mineral"]);
    expect(nested.a!.values["crp-pk"]).toBe(3);
  });

  it("opens a link saved before model v2 with its retired keys named, in the scenario, in A and as break-even", () => {
    const r = parseLabParams(
      new URLSearchParams({
        "security-pk": "12",
        "crp-pk": "6",
        be: "cash-cost-copper",
        a: "capex-copper=20000",
      }),
      ctx.table,
      ctx.presets,
    );
    expect(r.current.values["crp-pk"]).toBe(6);
    expect(r.current.values["physical-security-pk"]).toBe(defaultValues(ctx.table)["physical-security-pk"]);
    expect(r.view.breakEvenKey).toBe("crp-pk");
    expect(r.warnings.map((w) => w.field)).toEqual(["security-pk", "a.capex-copper", "be"]);
    expect(r.warnings[0]!.message).toMatch(/^"security-pk" was retired in model v2/);
    expect(r.warnings[1]!.message).toContain("replaced by capex-reko-diq and capex-gibraltar");
    expect(r.warnings[2]!.message).toMatch(
      /^"cash-cost-copper" was retired in model v2: .*unit-cost-gibraltar\. — using the country risk premium$/,
    );
  });

  it("names a number too large to be finite instead of dropping the whole scenario", () => {
    const r = parseLabParams(new URLSearchParams("crp-pk=1e999&wage-pk=3000"), ctx.table, ctx.presets);
    expect(r.warnings).toEqual([
      { field: "crp-pk", message: 'crp-pk must be a finite number, got "1e999" — ignored' },
    ]);
    expect(r.current.values["wage-pk"]).toBe(3000);
  });
});
