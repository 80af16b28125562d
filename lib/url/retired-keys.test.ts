import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { type ModelContext } from "../model/context";
import { findRetiredKey, nameRetiredKeys, retiredKeyMessage, withoutRetiredKeys } from "./retired-keys";

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

describe("the table of keys model v2 retired", () => {
  it("names what replaced each family, read from the current table", () => {
    expect(findRetiredKey("security-pk", ctx.table)?.replacedBy).toEqual([
      "physical-security-pk",
      "political-risk-insurance-pk",
      "risk-treatment",
    ]);
    expect(findRetiredKey("energy-share", ctx.table)?.replacedBy).toEqual([
      "electricity-share-<mineral>",
      "fuel-share-<mineral>",
    ]);
    // Copper's cost and capital now belong to its two reference operations.
    expect(findRetiredKey("cash-cost-copper", ctx.table)?.replacedBy).toEqual([
      "unit-cost-reko-diq",
      "unit-cost-gibraltar",
    ]);
    expect(findRetiredKey("capex-rare-earths", ctx.table)?.replacedBy).toEqual([
      "capex-lynas",
      "capex-mp-materials",
    ]);
    expect(findRetiredKey("transit-days-ua", ctx.table)?.replacedBy).toEqual([]);
  });

  it("every replacement it names is a key of the current table (or a per-mineral pattern)", () => {
    const keys = new Set(ctx.table.map((a) => a.key));
    const retired = [
      "energy-share",
      "labour-on-cost",
      "reference-electricity-price",
      ...["pk", "au", "ca", "ua", "cn", "us"].flatMap((c) => [`security-${c}`, `transit-days-${c}`]),
      ...["copper", "lithium", "rare-earths", "graphite"].flatMap((m) => [`cash-cost-${m}`, `capex-${m}`]),
    ];
    for (const key of retired) {
      const r = findRetiredKey(key, ctx.table);
      expect(r, key).not.toBeNull();
      expect(keys.has(key), key).toBe(false);
      for (const k of r!.replacedBy)
        expect(keys.has(k) || k.endsWith("-<mineral>"), `${key} → ${k}`).toBe(true);
    }
  });

  it("leaves current keys and unknown names alone, including the six minerals that keep a cash cost", () => {
    expect(findRetiredKey("physical-security-pk", ctx.table)).toBeNull();
    expect(findRetiredKey("cash-cost-antimony", ctx.table)).toBeNull();
    expect(findRetiredKey("capex-reko-diq", ctx.table)).toBeNull();
    expect(findRetiredKey("no-such-key", ctx.table)).toBeNull();
  });

  it("says the value is dropped (nothing maps one to one) when a user gave one, and what to set otherwise", () => {
    const r = findRetiredKey("security-pk", ctx.table)!;
    expect(retiredKeyMessage(r, "12")).toBe(
      '"security-pk" was retired in model v2: the security cost mixed physical security with political-risk cover; political risk is now priced once, in the discount rate or as an insurance premium, as risk-treatment chooses. It was replaced by physical-security-pk, political-risk-insurance-pk and risk-treatment. Its value 12 is not carried over (the old figure covered both parts at once), so the new keys keep their defaults; everything else is kept.',
    );
    expect(retiredKeyMessage(r)).toMatch(
      /Its value cannot be carried over \(.*\); set the new keys instead\.$/,
    );
    // Input is echoed visibly quoted unless it is a plain number.
    expect(retiredKeyMessage(r, "12; drop")).toContain('Its value "12; drop" is not carried over');
  });

  it("takes retired keys out of a saved scenario, keeping the rest", () => {
    const r = withoutRetiredKeys(
      { "security-pk": 2, "wage-pk": 3000, "cash-cost-copper": 3400 },
      ctx.table,
      "assumptions.",
    );
    expect(r.assumptions).toEqual({ "wage-pk": 3000 });
    expect(r.warnings.map((w) => w.field)).toEqual([
      "assumptions.security-pk",
      "assumptions.cash-cost-copper",
    ]);
    expect(r.warnings[1]!.message).toContain(
      "It was replaced by unit-cost-reko-diq and unit-cost-gibraltar.",
    );
  });

  it("rewords only the unknown-key errors of retired keys", () => {
    const errors = [
      { field: "assumptions.security-pk", message: "unknown assumption key" },
      { field: "assumptions.nonsense", message: "unknown assumption key" },
    ];
    const named = nameRetiredKeys(errors, ctx.table, "assumptions.");
    expect(named[0]!.message).toMatch(/^"security-pk" was retired in model v2/);
    expect(named[1]).toEqual(errors[1]);
  });
});
