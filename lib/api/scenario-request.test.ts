import { beforeAll, describe, expect, it } from "vitest";
import { KEYS } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { loadModelContext } from "./model-context";
import { checkContentType, handleScenarioBody, handleScenarioQuery } from "./scenario-request";

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

const errorsOf = (o: ReturnType<typeof handleScenarioBody>) => (o.status !== 200 ? o.body.errors : []);

describe("POST /api/scenario bodies", () => {
  it("answers a valid body with the scenario, costs, dependency, claims and comparisons", () => {
    const o = handleScenarioBody(
      ctx,
      JSON.stringify({ preset: "evidence-baseline", assumptions: { [KEYS.crp("PK")]: 6 } }),
    );
    expect(o.status).toBe(200);
    if (o.status !== 200) return;
    expect(o.body.scenario.changed).toEqual({ [KEYS.crp("PK")]: 6 });
    expect(o.body.scenario.query).toBe("v=1&crp-pk=6");
    expect(o.body.costs).toHaveLength(60);
    const pk = o.body.costs.find((c) => c.country === "PK" && c.mineral === "copper")!;
    // The contract of issue 11: ten parts adding up to the landed cost, and the product and operation behind it.
    expect(Object.keys(pk.breakdown)).toEqual([
      "labor",
      "energy",
      "otherOpex",
      "capital",
      "security",
      "processing",
      "freight",
      "insurance",
      "tariff",
      "byproductCredit",
    ]);
    expect(pk.product).toMatchObject({
      id: "refined-copper",
      name: "refined copper (cathode)",
      unit: "t Cu",
    });
    expect(pk.reference).toMatchObject({ id: "reko-diq", country: "PK", scaled: false });
    const sum = Object.values(pk.breakdown).reduce((s, x) => s + x, 0);
    expect(pk.landedCostUsdPerTonne).toBeCloseTo(sum, 9);
    expect(o.body.dependency).toHaveLength(10);
    expect(o.body.claims.map((c) => c.id)).toEqual(["C1", "C2", "C3", "C4", "C5"]);
    const cmp = o.body.comparisons.find((c) => c.mineral === "copper" && c.competitor === "AU")!;
    expect(cmp.gapUsdPerTonne).toBeCloseTo(cmp.pakistanUsdPerTonne - cmp.competitorUsdPerTonne, 9);
    expect(cmp.decidingKey).toBeTruthy();
  });

  it("clamps an out-of-range number and reports it in warnings", () => {
    const o = handleScenarioBody(ctx, JSON.stringify({ assumptions: { [KEYS.crp("PK")]: 99 } }));
    expect(o.status).toBe(200);
    if (o.status !== 200) return;
    expect(o.body.scenario.values[KEYS.crp("PK")]).toBe(25);
    expect(o.body.warnings).toEqual([
      { field: "assumptions.crp-pk", message: expect.stringContaining("clamped to 25") },
    ]);
  });

  it.each([
    ["malformed JSON", "{ preset: ", "body", /malformed JSON/],
    ["a list", "[1,2]", "body", /must be a JSON object/],
    ["null", "null", "body", /must be a JSON object/],
    [
      "a wrong type for a value",
      JSON.stringify({ assumptions: { "crp-pk": "6" } }),
      "assumptions.crp-pk",
      /must be a finite number/,
    ],
    [
      "an unknown assumption key",
      JSON.stringify({ assumptions: { "crp-xx": 6 } }),
      "assumptions.crp-xx",
      /unknown assumption key/,
    ],
    ["an unknown preset", JSON.stringify({ preset: "rosy" }), "preset", /unknown preset/],
    ["a preset of the wrong type", JSON.stringify({ preset: 3 }), "preset", /must be a string/],
    [
      "assumptions of the wrong type",
      JSON.stringify({ assumptions: [1] }),
      "assumptions",
      /must be an object/,
    ],
    ["an unknown top-level field", JSON.stringify({ scenario: {} }), "scenario", /unknown field/],
    [
      "an oversized body",
      JSON.stringify({ assumptions: { x: "y".repeat(70_000) } }),
      "body",
      /larger than 64 kB/,
    ],
  ])("answers %s with 400 naming the field", (_label, body, field, message) => {
    const o = handleScenarioBody(ctx, body);
    expect(o.status).toBe(400);
    const e = errorsOf(o).find((x) => x.field === field);
    expect(e, JSON.stringify(errorsOf(o))).toBeDefined();
    expect(e!.message).toMatch(message);
  });
});

describe("POST bodies written before model v2", () => {
  it("refuses a retired key like an unknown one (400), naming what replaced it, and keeps other errors", () => {
    const o = handleScenarioBody(
      ctx,
      JSON.stringify({ assumptions: { "energy-share": 25, "crp-pk": 6, "no-such-key": 1 } }),
    );
    expect(o.status).toBe(400);
    expect(errorsOf(o).map((e) => e.field)).toEqual(["assumptions.energy-share", "assumptions.no-such-key"]);
    expect(errorsOf(o)[0]!.message).toMatch(
      /^"energy-share" was retired in model v2: .* It was replaced by electricity-share-<mineral> and fuel-share-<mineral>\. Its value cannot be carried over/,
    );
    expect(errorsOf(o)[1]!.message).toMatch(/^unknown assumption key "no-such-key"/);
  });
});

describe("POST content types", () => {
  it.each([
    [null],
    ["application/json"],
    ["application/json; charset=utf-8"],
    ["Application/JSON"],
    ["application/vnd.api+json"],
  ])("accepts %s", (type) => {
    expect(checkContentType(type)).toBeNull();
  });

  it.each([
    ["text/plain;charset=UTF-8"],
    ["application/x-www-form-urlencoded"],
    ["multipart/form-data; boundary=x"],
    [""],
    ["application/jsonp"],
  ])("answers %s with 415 naming the header", (type) => {
    const o = checkContentType(type);
    expect(o?.status).toBe(415);
    expect(o?.status === 415 && o.body.errors[0]).toMatchObject({
      field: "content-type",
      message: expect.stringContaining("application/json"),
    });
  });
});

describe("GET /api/scenario query strings", () => {
  it("reads the page's parameters", () => {
    const o = handleScenarioQuery(ctx, new URLSearchParams("v=1&preset=stress-case&crp-pk=6"));
    expect(o.status).toBe(200);
    if (o.status !== 200) return;
    expect(o.body.scenario.preset).toBe("stress-case");
    expect(o.body.scenario.values[KEYS.riskLoading]).toBe(1);
    expect(o.body.scenario.values[KEYS.crp("PK")]).toBe(6);
  });

  it("refuses bad view parameters of the page and bad parameters inside scenario A, naming them", () => {
    const ok = handleScenarioQuery(
      ctx,
      new URLSearchParams("crp-pk=6&mineral=lithium&competitor=CA&be=wage-pk&a=v%3D1%26crp-pk%3D4"),
    );
    expect(ok.status).toBe(200);
    const bad = handleScenarioQuery(
      ctx,
      new URLSearchParams("mineral=gold&competitor=XX&competitor=AU&be=nope&a=crp-pk%3Dabc%26zz%3D1"),
    );
    expect(bad.status).toBe(400);
    expect(errorsOf(bad).map((e) => e.field)).toEqual([
      "mineral",
      "competitor",
      "competitor",
      "be",
      "a.crp-pk",
      "a.zz",
    ]);
    expect(errorsOf(bad)[0]!.message).toMatch(/^unknown mineral "gold"; use one of copper, lithium/);
  });

  it("refuses a key model v2 retired with 400, naming what replaced it", () => {
    const o = handleScenarioQuery(ctx, new URLSearchParams("v=1&security-ua=2&crp-pk=6"));
    expect(o.status).toBe(400);
    expect(errorsOf(o)).toEqual([
      {
        field: "security-ua",
        message: expect.stringMatching(
          /^"security-ua" was retired in model v2: .* replaced by physical-security-ua, political-risk-insurance-ua and risk-treatment\./,
        ),
      },
    ]);
  });

  it("answers unknown keys, non-numbers and unknown presets with 400", () => {
    for (const q of ["crp-xx=1", "crp-pk=abc", "preset=rosy", "crp-pk=1&crp-pk=2", "v=2"]) {
      const o = handleScenarioQuery(ctx, new URLSearchParams(q));
      expect(o.status, q).toBe(400);
    }
  });
});
