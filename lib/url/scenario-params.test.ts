import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { KEYS } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { normaliseScenario } from "../model/scenario";
import { formatParamValue, parseScenarioParams, serializeScenarioParams } from "./scenario-params";

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

describe("scenario URL parameters", () => {
  it("round-trip a scenario: only changed values, the preset and the version are written", () => {
    const n = normaliseScenario(ctx.table, ctx.presets, {
      preset: "article-framing",
      assumptions: { [KEYS.crp("PK")]: 6, [KEYS.wage("PK")]: 4000.5 },
    });
    if (!n.ok) throw new Error("invalid");
    const params = serializeScenarioParams(n.scenario, ctx.table);
    expect(params.toString()).toBe("v=1&preset=article-framing&wage-pk=4000.5&crp-pk=6");
    const parsed = parseScenarioParams(params, ctx.table, ctx.presets, { strict: true });
    expect(parsed.errors).toEqual([]);
    const again = normaliseScenario(ctx.table, ctx.presets, parsed.input);
    expect(again.ok && again.scenario).toEqual(n.scenario);
  });

  it("writes nothing but the version for the default scenario", () => {
    const n = normaliseScenario(ctx.table, ctx.presets, {});
    if (!n.ok) throw new Error("invalid");
    expect(serializeScenarioParams(n.scenario, ctx.table).toString()).toBe("v=1");
  });

  it("formats floating-point noise away", () => {
    expect(formatParamValue(0.1 + 0.2)).toBe("0.3");
    expect(formatParamValue(12.020000000000001)).toBe("12.02");
  });

  it("strict mode (API) names unknown, repeated, non-numeric and script-bearing parameters", () => {
    const params = new URLSearchParams(
      "crp-pk=abc&crp-pk=5&wage-zz=1&preset=<script>alert(1)</script>&v=9&wage-pk=0x10",
    );
    const parsed = parseScenarioParams(params, ctx.table, ctx.presets, { strict: true });
    expect(parsed.errors.map((e) => e.field).sort()).toEqual(
      ["crp-pk", "crp-pk", "preset", "v", "wage-pk", "wage-zz"].sort(),
    );
    expect(parsed.errors.find((e) => e.field === "preset")!.message).toContain('"<script>alert(1)</script>"');
  });

  it("lenient mode (page) ignores what it cannot read, with a warning naming it", () => {
    const parsed = parseScenarioParams(
      new URLSearchParams("crp-pk=lots&wage-pk=3000&colour=red"),
      ctx.table,
      ctx.presets,
      { strict: false },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.input.assumptions).toEqual({ "wage-pk": 3000 });
    expect(parsed.warnings.map((w) => w.field)).toEqual(["crp-pk", "colour"]);
    expect(parsed.warnings[0]!.message).toMatch(/must be a number.*ignored/);
  });

  it("names a key model v2 retired with what replaced it: refused by the API, dropped by a page", () => {
    const params = new URLSearchParams("v=1&security-pk=12&wage-pk=3000&energy-share=25");
    const strict = parseScenarioParams(params, ctx.table, ctx.presets, { strict: true });
    expect(strict.errors.map((e) => e.field)).toEqual(["security-pk", "energy-share"]);
    expect(strict.errors[0]!.message).toMatch(
      /^"security-pk" was retired in model v2: .* It was replaced by physical-security-pk, political-risk-insurance-pk and risk-treatment\. Its value cannot be carried over/,
    );
    const lenient = parseScenarioParams(params, ctx.table, ctx.presets, { strict: false });
    expect(lenient.errors).toEqual([]);
    // Everything else in the link is kept.
    expect(lenient.input.assumptions).toEqual({ "wage-pk": 3000 });
    expect(lenient.warnings.map((w) => w.field)).toEqual(["security-pk", "energy-share"]);
    expect(lenient.warnings[0]!.message).toContain(
      "Its value 12 is not carried over (the old figure covered both parts at once), so the new keys keep their defaults",
    );
    expect(lenient.warnings[1]!.message).toContain("electricity-share-<mineral> and fuel-share-<mineral>");
  });

  it("names a number that overflows to Infinity, in both modes, and keeps the rest", () => {
    const strict = parseScenarioParams(
      new URLSearchParams("crp-pk=1e999&wage-pk=-1e400"),
      ctx.table,
      ctx.presets,
      { strict: true },
    );
    expect(strict.errors.map((e) => e.field)).toEqual(["crp-pk", "wage-pk"]);
    expect(strict.errors[0]!.message).toBe('crp-pk must be a finite number, got "1e999"');
    const lenient = parseScenarioParams(
      new URLSearchParams("crp-pk=1e999&wage-pk=3000"),
      ctx.table,
      ctx.presets,
      { strict: false },
    );
    expect(lenient.input.assumptions).toEqual({ "wage-pk": 3000 });
    expect(lenient.warnings.map((w) => w.field)).toEqual(["crp-pk"]);
  });

  it("quotes hostile values visibly in messages", () => {
    const parsed = parseScenarioParams(
      new URLSearchParams({ "crp-pk": "\u202e9\u0000" }),
      ctx.table,
      ctx.presets,
      { strict: true },
    );
    expect(parsed.errors[0]!.message).toBe('crp-pk must be a number, got "\\u202e9\\u0000"');
  });
});
