import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { type ModelContext } from "../model/context";
import { normaliseScenario } from "../model/scenario";
import {
  cleanName,
  parseScenarioFile,
  parseStore,
  serializeStore,
  summariseProblems,
  toScenarioFile,
} from "./scenario-file";

let ctx: ModelContext;
beforeAll(() => {
  ctx = loadModelContext();
});

const file = (o: unknown) => {
  const text = JSON.stringify(o);
  return parseScenarioFile(text, text.length, ctx.table, ctx.presets);
};

describe("scenario files", () => {
  it("round-trip a scenario", () => {
    const n = normaliseScenario(ctx.table, ctx.presets, {
      preset: "stress-case",
      assumptions: { "crp-pk": 6 },
    });
    if (!n.ok) throw new Error();
    const f = toScenarioFile("Low risk", n.scenario, "2026-11-27T12:00:00Z");
    const r = file(f);
    expect(r.ok && r.scenario).toEqual(n.scenario);
    expect(r.ok && r.name).toBe("Low risk");
  });

  it("names what is wrong with a bad file", () => {
    const bad = (o: unknown) => {
      const r = file(o);
      return r.ok ? [] : r.errors;
    };
    expect(bad([1])[0]).toMatch(/expected a scenario object, found a list/);
    expect(bad({ format: "other", version: 1 })[0]).toMatch(/"format" must be "critical-minerals-scenario"/);
    expect(bad({ format: "critical-minerals-scenario", version: 9 })[0]).toMatch(
      /"version" 9 is not supported/,
    );
    expect(
      bad({ format: "critical-minerals-scenario", version: 1, assumptions: { "crp-pk": "x" } })[0],
    ).toMatch(/assumptions\.crp-pk: .* must be a finite number/);
    expect(bad({ format: "critical-minerals-scenario", version: 1, preset: "rosy" })[0]).toMatch(
      /unknown preset/,
    );
    const r = parseScenarioFile("{", 1, ctx.table, ctx.presets);
    expect(!r.ok && r.errors[0]).toMatch(/not valid JSON/);
    const big = parseScenarioFile("x", 200 * 1024, ctx.table, ctx.presets);
    expect(!big.ok && big.errors[0]).toMatch(/200 kB; a scenario file is at most 100 kB/);
  });

  it("clamps out-of-range values with a warning and cleans hostile names", () => {
    const r = file({
      format: "critical-minerals-scenario",
      version: 1,
      name: "<img src=x onerror=alert(1)>\u0000",
      assumptions: { "crp-pk": 500 },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.values["crp-pk"]).toBe(25);
    expect(r.warnings[0]!.message).toContain("clamped");
    expect(r.name).toBe("<img src=x onerror=alert(1)>"); // kept as text: the page renders it as text, never as HTML
    expect(cleanName("a".repeat(200))).toHaveLength(80);
    expect(cleanName("\u202eevil\u202c\u2066x\u2069 name\u0085\u2028two")).toBe("evilx name two");
    expect(cleanName("نامِ\u200cمن 👨\u200d👩")).toBe("نامِ\u200cمن 👨\u200d👩");
    // Cut at whole characters: 79 letters then an emoji is 80 characters, not 79 and half a surrogate pair.
    expect(cleanName(`${"a".repeat(79)}💥💥`)).toBe(`${"a".repeat(79)}💥`);
  });
});

describe("summariseProblems", () => {
  it("lists a few problems and counts the rest", () => {
    expect(summariseProblems(["a", "b"])).toBe("a; b");
    expect(summariseProblems(Array.from({ length: 8 }, (_, i) => `p${i}`))).toBe(
      "p0; p1; p2; p3; p4; and 3 more",
    );
  });

  it("keeps a file with hundreds of unknown keys to a readable message", () => {
    const assumptions = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`bogus-${i}`, 1]));
    const r = parseScenarioFile(
      JSON.stringify({ format: "critical-minerals-scenario", version: 1, assumptions }),
      10_000,
      ctx.table,
      ctx.presets,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(300);
    expect(summariseProblems(r.errors)).toMatch(
      /^assumptions\.bogus-0: unknown assumption key "bogus-0".*; and 295 more$/,
    );
  });
});

describe("the saved-scenarios store", () => {
  it("keeps good entries, names damaged ones, and writes damaged ones back unchanged", () => {
    const good = {
      id: "s1",
      format: "critical-minerals-scenario",
      version: 1,
      name: "Mine",
      preset: "evidence-baseline",
      assumptions: { "wage-pk": 3000 },
      savedAt: "2026-11-27",
    };
    const broken = {
      id: "s2",
      format: "critical-minerals-scenario",
      version: 1,
      name: "Broken",
      assumptions: { "wage-pk": "cheap" },
    };
    const store = parseStore(JSON.stringify([good, broken, 42]), ctx.table, ctx.presets);
    expect(store.unreadable).toBeNull();
    expect(store.entries.map((e) => e.name)).toEqual(["Mine"]);
    expect(store.damaged.map((d) => [d.index, d.name])).toEqual([
      [1, "Broken"],
      [2, null],
    ]);
    expect(store.damaged[0]!.reason).toMatch(/wage-pk/);
    const written = JSON.parse(serializeStore(store.entries, store.damaged));
    expect(written).toHaveLength(3);
    expect(written[1]).toEqual(broken);
    expect(written[2]).toBe(42);
  });

  it("migrates a scenario saved before model v2: retired keys dropped and named, everything else kept", () => {
    const old = {
      id: "s1",
      format: "critical-minerals-scenario",
      version: 1,
      name: "Before v2",
      preset: "stress-case",
      assumptions: { "security-pk": 2, "cash-cost-copper": 3400, "wage-pk": 3000, "crp-pk": 6 },
      savedAt: "2026-11-01",
    };
    const store = parseStore(JSON.stringify([old]), ctx.table, ctx.presets);
    expect(store.damaged).toEqual([]);
    const [entry] = store.entries;
    expect(entry!.preset).toBe("stress-case");
    expect(entry!.assumptions).toMatchObject({ "wage-pk": 3000, "crp-pk": 6 });
    expect(entry!.assumptions).not.toHaveProperty("security-pk");
    expect(entry!.warnings.map((w) => w.field)).toEqual([
      "assumptions.security-pk",
      "assumptions.cash-cost-copper",
    ]);
    expect(entry!.warnings[1]!.message).toMatch(
      /^"cash-cost-copper" was retired in model v2: .* replaced by unit-cost-reko-diq and unit-cost-gibraltar\. Its value 3400 is not carried over/,
    );
    // Saving writes the migrated scenario: the retired keys do not come back.
    expect(JSON.parse(serializeStore(store.entries, store.damaged))[0].assumptions).not.toHaveProperty(
      "cash-cost-copper",
    );
    // A scenario file is read the same way.
    const r = file({ ...old, id: undefined });
    expect(r.ok && r.warnings.map((w) => w.field)).toEqual([
      "assumptions.security-pk",
      "assumptions.cash-cost-copper",
    ]);
    expect(r.ok && r.scenario.values["wage-pk"]).toBe(3000);
  });

  it("reports an unreadable store instead of treating it as empty", () => {
    expect(parseStore("{oops", ctx.table, ctx.presets).unreadable).toMatch(/not valid JSON/);
    expect(parseStore('{"a":1}', ctx.table, ctx.presets).unreadable).toMatch(/should be a list/);
    expect(parseStore(null, ctx.table, ctx.presets)).toEqual({ entries: [], damaged: [], unreadable: null });
  });
});
