import { describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { defaultValues } from "../model/assumptions";
import { assumptionName, assumptionNameParts, describePreset, describeScenario } from "./scenario-text";

const ctx = loadModelContext();
const defaults = defaultValues(ctx.table);
const preset = (id: string) => ctx.presets.find((p) => p.id === id)!;
const crp = ctx.table.find((a) => a.key === "crp-pk")!;

describe("scenario in words", () => {
  it("names an assumption in parts, so nothing strips a unit again", () => {
    expect(assumptionNameParts(crp)).toEqual({
      who: "Pakistan",
      quantity: "country risk premium",
      unit: "percentage points",
    });
    expect(assumptionName(crp)).toBe("Pakistan — country risk premium (percentage points)");
  });

  it("writes the preset alone when nothing changed, and lists changes from the preset otherwise", () => {
    expect(describeScenario(ctx.table, preset("evidence-baseline"), defaults, defaults).line).toBe(
      "Evidence baseline",
    );
    const stress = { ...defaults, ...preset("stress-case").values, "crp-pk": 6 };
    const d = describeScenario(ctx.table, preset("stress-case"), stress, defaults);
    expect(d.line).toBe(
      "Stress case, with 1 assumption changed (Pakistan — country risk premium = 6 percentage points)",
    );
    // Exports list every difference from the evidence baseline, the preset's own changes included.
    expect(d.fromBaseline).toContain(
      "Pakistan — country risk premium: 6 percentage points (baseline 12.02 percentage points)",
    );
    expect(d.fromBaseline.length).toBe(
      Object.keys(preset("stress-case").values).length +
        1 -
        ("crp-pk" in preset("stress-case").values ? 1 : 0),
    );
  });

  it("counts changes beyond the fourth without listing them", () => {
    const keys = ["crp-pk", "wage-pk", "wage-au", "wage-ca", "wage-ua"];
    const values = { ...defaults, ...Object.fromEntries(keys.map((k) => [k, defaults[k]! + 1])) };
    const d = describeScenario(ctx.table, preset("evidence-baseline"), values, defaults);
    expect(d.line).toMatch(/^Evidence baseline, with 5 assumptions changed \(.*; and 1 more\)$/);
    expect(d.fromPreset.map((c) => c.key).sort()).toEqual([...keys].sort());
  });

  it("writes each preset's description from the values it sets", () => {
    const words = describePreset(ctx.table, preset("article-framing"));
    expect(words.lead).toBe("Only wages differ between countries");
    expect(words.text).toContain("country risk premium 0 percentage points for Pakistan, Ukraine, China");
    // Every value the preset sets is named in its words, and nothing else.
    expect(words.sets.length).toBe(
      new Set(
        Object.keys(preset("article-framing").values).map((k) => ctx.table.find((a) => a.key === k)!.label),
      ).size,
    );
    expect(describePreset(ctx.table, preset("stress-case")).text).toContain(
      "first production year 2031 for Pakistan",
    );
    expect(describePreset(ctx.table, preset("evidence-baseline")).text).toBe(
      "Published figures and the sourced defaults for every assumption.",
    );
  });
});
