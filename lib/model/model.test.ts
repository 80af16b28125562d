import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { defaultValues, KEYS } from "./assumptions";
import { solveBreakEven } from "./break-even";
import { buildModelContext, type ModelContext } from "./context";
import { allocate, dependencyCosts } from "./dependency";
import { capitalRecoveryFactor, computeLandedCost } from "./landed-cost";
import { presetValues } from "./presets";
import { computeCosts, normaliseScenario, runScenario } from "./scenario";
import { computeSensitivity } from "./sensitivity";
import { COST_COUNTRIES, SUPPLIERS, type ScenarioValues } from "./types";
import { runMonteCarlo } from "./uncertainty";

let ctx: ModelContext;
let defaults: ScenarioValues;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  defaults = defaultValues(ctx.table);
});

const mineral = (id: string) => ctx.data.minerals.find((m) => m.id === id)!;

describe("capital recovery factor", () => {
  it("matches the published annuity table", () => {
    // cost-parameters §8: r = 8 %: 0.149 (10 y), 0.102 (20 y), 0.085 (37 y); r = 14 %: 0.151 (20 y).
    expect(capitalRecoveryFactor(0.08, 10)).toBeCloseTo(0.149, 3);
    expect(capitalRecoveryFactor(0.08, 20)).toBeCloseTo(0.10185, 5);
    expect(capitalRecoveryFactor(0.08, 37)).toBeCloseTo(0.085, 3);
    expect(capitalRecoveryFactor(0.14, 20)).toBeCloseTo(0.151, 3);
    expect(capitalRecoveryFactor(0, 20)).toBe(0.05);
  });
});

describe("landed cost, worked by hand", () => {
  it("prices Australian copper by scaling Canada's Gibraltar mine part by part", () => {
    const values = {
      ...defaults,
      [KEYS.labourShare("copper")]: 35,
      [KEYS.electricityShare("copper")]: 10,
      [KEYS.fuelShare("copper")]: 10,
      [KEYS.wage("AU")]: 103500,
      [KEYS.productivity("AU")]: 1,
      [KEYS.electricity("AU")]: 0.12,
      [KEYS.diesel("AU")]: 0.92,
    };
    const c = computeLandedCost(ctx.data, values, "AU", mineral("copper"));
    const op = mineral("copper").anchors.AU!.operation;
    expect(op.id).toBe("gibraltar");
    // Gibraltar's site cost = its C1 (5,864) less the parts it covers at the defaults (TC/RC, freight, Mo credit).
    const site = defaults[KEYS.unitCost("gibraltar")]! - op.coveredOffsetUsdPerTonne;
    // Canada's defaults are the basis: wage 85,400, productivity 1, electricity 0.05, diesel 1.05.
    expect(ctx.data.factorDefaults.CA).toEqual({
      wage: 85400,
      productivity: 1,
      electricity: 0.05,
      diesel: 1.05,
    });
    // labour = site × 0.35 × (103,500 / 85,400) × (1 / 1)
    expect(c.breakdown.labor).toBeCloseTo(site * 0.35 * (103500 / 85400), 9);
    // energy = site × (0.10 × 0.12 / 0.05 + 0.10 × 0.92 / 1.05)
    expect(c.breakdown.energy).toBeCloseTo(site * (0.1 * (0.12 / 0.05) + 0.1 * (0.92 / 1.05)), 9);
    // other = site × (1 − 0.35 − 0.10 − 0.10)
    expect(c.breakdown.otherOpex).toBeCloseTo(site * 0.45, 9);
    expect(c.reference).toMatchObject({ id: "gibraltar", country: "CA", scaled: true });
  });

  it("adds back to the cash cost for the assumed US reference of a mineral without sourced costs", () => {
    const values = { ...defaults, [KEYS.capex("nickel")]: 0, [KEYS.inlandFreight("US")]: 0 };
    const c = computeLandedCost(ctx.data, values, "US", mineral("nickel"));
    expect(c.reference).toMatchObject({ id: "assumed-nickel", country: "US", scaled: false });
    expect(c.landedCostUsdPerTonne).toBeCloseTo(values[KEYS.cashCost("nickel")]!, 9);
  });

  it("applies China's late-2025 duty stack to what China processes: 10 % on refined copper, 35 % on lithium chemicals", () => {
    const costs = computeCosts(ctx.data, defaults);
    expect(costs.get("CN:copper")!.tariffPct).toBe(10);
    expect(costs.get("CN:lithium")!.tariffPct).toBe(35);
    // Australian spodumene is converted in China: the carbonate the US would buy is Chinese.
    expect(costs.get("AU:lithium")!.processing).toEqual({ location: "china", tariffOrigin: "CN" });
    expect(costs.get("AU:lithium")!.tariffPct).toBe(35);
    // Canadian copper is refined in Canada and enters under USMCA.
    expect(costs.get("CA:copper")!.tariffPct).toBe(0);
    const postRuling = computeCosts(ctx.data, { ...defaults, [KEYS.tariffRegime]: 1 });
    expect(postRuling.get("CN:copper")!.tariffPct).toBe(0);
    expect(postRuling.get("CN:lithium")!.tariffPct).toBe(25);
  });
});

describe("invariants over the slider grid (every assumption at min, default and max)", () => {
  it("keeps costs finite and non-negative, supply shares summing to 1 with unmet, HHI in range, China's share never above baseline", () => {
    // Failures are collected and asserted once: half a million expect() calls would dominate the run time.
    const failures: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && failures.length < 20) failures.push(what);
    };
    let runs = 0;
    for (const a of ctx.table) {
      for (const x of [a.min, a.default, a.max]) {
        const values = { ...defaults, [a.key]: x };
        const r = runScenario(ctx.data, values);
        runs += 1;
        for (const c of r.costs) {
          const at = `${a.key}=${x} ${c.country} ${c.mineral}`;
          check(
            Number.isFinite(c.landedCostUsdPerTonne) && c.landedCostUsdPerTonne >= 0,
            `${at}: landed ${c.landedCostUsdPerTonne}`,
          );
          // Every part is a cost (never negative) but the by-product credit, which is never positive.
          for (const [part, value] of Object.entries(c.breakdown))
            check(
              Number.isFinite(value) && (part === "byproductCredit" ? value <= 0 : value >= 0),
              `${at}: ${part} ${value}`,
            );
        }
        for (const d of r.dependency) {
          for (const y of d.years) {
            const at = `${a.key}=${x} ${d.mineral} ${y.year}`;
            const total = y.mix.reduce((s, m) => s + m.share, 0) + y.unmetShare;
            check(Math.abs(total - 1) < 1e-9, `${at}: shares + unmet = ${total}`);
            check(y.hhi >= 0 && y.hhi <= 1 + 1e-12, `${at}: HHI ${y.hhi}`);
            check(
              y.governanceHhi >= 0 && y.governanceHhi <= y.hhi + 1e-12,
              `${at}: governance HHI ${y.governanceHhi}`,
            );
            check(
              y.chinaShare <= y.chinaShareBaseline + 1e-12,
              `${at}: China share ${y.chinaShare} above baseline ${y.chinaShareBaseline}`,
            );
            check(y.unmetT >= 0 && y.pakistanVolumeT >= 0, `${at}: negative volume`);
          }
        }
        check(r.claims.map((c) => c.id).join() === "C1,C2,C3,C4,C5", `${a.key}=${x}: claims`);
      }
    }
    expect(failures).toEqual([]);
    expect(runs).toBe(ctx.table.length * 3);
  }, 60_000);
});

describe("monotonicity", () => {
  const grid = (key: string, n = 6) => {
    const a = ctx.table.find((x) => x.key === key)!;
    return Array.from({ length: n }, (_, i) => a.min + ((a.max - a.min) * i) / (n - 1));
  };
  const series = (key: string, country: (typeof COST_COUNTRIES)[number], m: string) =>
    grid(key).map(
      (x) =>
        computeLandedCost(ctx.data, { ...defaults, [key]: x }, country, mineral(m)).landedCostUsdPerTonne,
    );
  const nonDecreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x >= xs[i - 1]! - 1e-9);
  const nonIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x <= xs[i - 1]! + 1e-9);

  it("landed cost rises with a country's wage, risk premium, freight and tariff, and falls with its productivity", () => {
    for (const m of ctx.data.minerals) {
      for (const c of COST_COUNTRIES) {
        expect(nonDecreasing(series(KEYS.wage(c), c, m.id)), `wage ${c} ${m.id}`).toBe(true);
        expect(nonDecreasing(series(KEYS.crp(c), c, m.id)), `crp ${c} ${m.id}`).toBe(true);
        expect(nonDecreasing(series(KEYS.inlandFreight(c), c, m.id)), `inland ${c} ${m.id}`).toBe(true);
        expect(nonIncreasing(series(KEYS.productivity(c), c, m.id)), `productivity ${c} ${m.id}`).toBe(true);
        if (c === "US") continue;
        expect(nonDecreasing(series(KEYS.oceanFreight(c), c, m.id)), `ocean ${c} ${m.id}`).toBe(true);
        expect(nonDecreasing(series(KEYS.tariffExtra(c), c, m.id)), `tariff ${c} ${m.id}`).toBe(true);
      }
    }
    // And strictly: Pakistan's copper costs more at the highest wage than at the lowest.
    const wages = series(KEYS.wage("PK"), "PK", "copper");
    expect(wages[wages.length - 1]!).toBeGreaterThan(wages[0]!);
  });

  it("China's share of US supply never rises when the re-sourcing share rises", () => {
    const shares = [0, 20, 40, 60, 80, 100].map(
      (rho) => runScenario(ctx.data, { ...defaults, [KEYS.resourcingShare]: rho }).dependency,
    );
    for (let i = 1; i < shares.length; i++) {
      shares[i]!.forEach((d, j) =>
        d.years.forEach((y, k) =>
          expect(y.chinaShare).toBeLessThanOrEqual(shares[i - 1]![j]!.years[k]!.chinaShare + 1e-12),
        ),
      );
    }
    // Moving all of it by 2026 takes China's direct share of US antimony supply to zero.
    const all = runScenario(ctx.data, { ...defaults, [KEYS.resourcingShare]: 100, [KEYS.targetYear]: 2026 });
    expect(
      all.dependency.find((d) => d.mineral === "antimony")!.years.find((y) => y.year === 2030)!.chinaShare,
    ).toBe(0);
  });
});

describe("US dependency", () => {
  it("splits antimony supply as USGS reports it in the baseline year", () => {
    // Demand 24,000 t (2024e); net import reliance 85 %; China 63 % of imports → 0.85 × 0.63 = 53.55 %.
    const d = runScenario(ctx.data, defaults).dependency.find((x) => x.mineral === "antimony")!;
    const y2025 = d.years[0]!;
    expect(y2025.demandT).toBe(24000);
    expect(y2025.chinaShareBaseline).toBeCloseTo(((0.85 * 0.63) / (63 + 8 + 6 + 5 + 18)) * 100, 12);
    expect(y2025.chinaShare).toBeCloseTo(0.5355, 4);
  });

  it("reports what no supplier can cover as unmet, and counts Reko Diq from its start year", () => {
    const values = { ...defaults, [KEYS.remove("CN")]: 1, [KEYS.shockYear]: 2027 };
    const d = runScenario(ctx.data, values).dependency.find((x) => x.mineral === "rare-earths")!;
    const before = d.years.find((y) => y.year === 2026)!;
    const after = d.years.find((y) => y.year === 2027)!;
    expect(before.unmetT).toBe(0);
    expect(after.chinaShare).toBe(0);
    expect(after.unmetT).toBeGreaterThan(0);
    expect(after.mix.some((s) => s.source === "CN")).toBe(false);
    // Copper: Pakistan has no listed production; Reko Diq phase 1 (240 kt) enters in 2028 at the exportable share.
    const copper = (start: number) =>
      runScenario(ctx.data, {
        ...defaults,
        // Canada's share of US refined copper imports (17 %) is cut from 2025; Australia and Ukraine offer nothing,
        // so the only capacity left is Pakistan's, once Reko Diq produces.
        [KEYS.remove("CA")]: 1,
        [KEYS.shockYear]: 2025,
        [KEYS.exportable("AU")]: 0,
        [KEYS.pipelineStart("reko-diq", "phase-1")]: start,
      }).dependency.find((x) => x.mineral === "copper")!;
    expect(copper(2028).years.find((y) => y.year === 2027)!.pakistanVolumeT).toBe(0);
    expect(copper(2028).years.find((y) => y.year === 2028)!.pakistanVolumeT).toBeGreaterThan(0);
    expect(copper(2031).years.find((y) => y.year === 2028)!.pakistanVolumeT).toBe(0);
    // 20 % of 240,000 t is available to the US: 48,000 t, all of it taken.
    expect(copper(2028).years.find((y) => y.year === 2028)!.pakistanVolumeT).toBeCloseTo(48000, 6);
  });

  it("allocates cheapest first within capacity, or by weights with water-filling", () => {
    const spare = { PK: 10, AU: 100, CA: 5, UA: 0 };
    expect(
      allocate(50, spare, "cheapest", ["CA", "PK", "AU", "UA"], { PK: 25, AU: 25, CA: 25, UA: 25 }),
    ).toEqual({ PK: 10, AU: 35, CA: 5, UA: 0 });
    // Weighted: 50 split 1:1:1 among PK, AU, CA → CA caps at 5, PK at 10, AU takes the rest (35).
    const w = allocate(50, spare, "weighted", [], { PK: 25, AU: 25, CA: 25, UA: 25 });
    expect(w.PK).toBeCloseTo(10, 9);
    expect(w.CA).toBeCloseTo(5, 9);
    expect(w.AU).toBeCloseTo(35, 9);
    expect(
      allocate(500, spare, "cheapest", ["AU", "PK", "CA", "UA"], { PK: 1, AU: 1, CA: 1, UA: 1 }),
    ).toEqual({ PK: 10, AU: 100, CA: 5, UA: 0 });
  });

  it("ranks the alternative suppliers cheapest first, a tie in the suppliers' order and an unpriced one last", () => {
    const m = mineral("copper");
    const rank = (costs: Record<string, number>) => dependencyCosts(ctx.data, m, (c) => costs[c]).costOrder;
    expect(rank({ PK: 9000, AU: 8000, CA: 10000, UA: 7000 })).toEqual(["UA", "AU", "PK", "CA"]);
    expect(rank({ PK: 9000, AU: 8000, CA: 8000, UA: 9000 })).toEqual(["AU", "CA", "PK", "UA"]);
    expect(rank({ PK: 9000, CA: 8000, UA: 7000 })).toEqual(["UA", "CA", "PK", "AU"]);
    // Each source's cost is the one given, and a source without one is infinitely dear.
    const { landed } = dependencyCosts(ctx.data, m, (c) => (c === "PK" ? 9000 : undefined));
    expect(landed.filter((x) => x === 9000)).toHaveLength(1);
    expect(landed.filter(Number.isFinite)).toHaveLength(1);
  });
});

describe("break-even", () => {
  it("solves Pakistan's risk premium at which it matches Australia, and the costs agree within 0.1 %", () => {
    for (const m of ["copper", "lithium", "rare-earths", "graphite"] as const) {
      for (const competitor of ["AU", "CA", "UA", "CN"] as const) {
        for (const key of [KEYS.crp("PK"), KEYS.wage("PK"), KEYS.productivity("PK"), KEYS.baseRate]) {
          const r = solveBreakEven(ctx.data, ctx.table, defaults, { key, competitor, mineral: m });
          if (r.value === null) {
            expect(Math.sign(r.gapAtMin)).toBe(Math.sign(r.gapAtMax));
            continue;
          }
          const values = { ...defaults, [key]: r.value };
          const pk = computeLandedCost(ctx.data, values, "PK", mineral(m)).landedCostUsdPerTonne;
          const x = computeLandedCost(ctx.data, values, competitor, mineral(m)).landedCostUsdPerTonne;
          expect(Math.abs(pk - x) / x, `${key} vs ${competitor} ${m}`).toBeLessThan(0.001);
        }
      }
    }
    const rd = solveBreakEven(
      ctx.data,
      ctx.table,
      { ...defaults, [KEYS.riskLoading]: 1 },
      { key: KEYS.crp("PK"), competitor: "AU", mineral: "lithium" },
    );
    expect(rd.value).not.toBeNull();
    expect(rd.pakistanCheaperBelow).toBe(true);
  });

  it('says "none within bounds" when the gap never changes sign', () => {
    const r = solveBreakEven(ctx.data, ctx.table, defaults, {
      key: KEYS.price("copper"),
      competitor: "CA",
      mineral: "copper",
    });
    expect(r.value).toBeNull();
    expect(r.pakistanCheaperBelow).toBeNull();
  });
});

describe("sensitivity", () => {
  it("ranks the assumptions by how far they move the Pakistan − Australia gap", () => {
    const s = computeSensitivity(ctx.data, ctx.table, defaults, "copper", "AU");
    expect(s.bars.length).toBeGreaterThan(5);
    for (let i = 1; i < s.bars.length; i++)
      expect(s.bars[i]!.swing).toBeLessThanOrEqual(s.bars[i - 1]!.swing);
    // Raising Pakistan's productivity narrows the gap; Australia's wage does not touch Pakistan's cost.
    const prod = s.bars.find((b) => b.key === KEYS.productivity("PK"))!;
    expect(prod.gapAtHigh).toBeLessThan(prod.gapAtLow);
    expect(s.bars.some((b) => b.key === KEYS.wage("CN"))).toBe(false);
  });
});

describe("uncertainty (Monte Carlo)", () => {
  it("gives the same result for the same seed, another for another seed, and coherent probabilities", () => {
    const a = runMonteCarlo(ctx.data, ctx.table, defaults, { mineral: "copper", draws: 2000, seed: 42 });
    const b = runMonteCarlo(ctx.data, ctx.table, defaults, { mineral: "copper", draws: 2000, seed: 42 });
    const c = runMonteCarlo(ctx.data, ctx.table, defaults, { mineral: "copper", draws: 2000, seed: 7 });
    expect(a).toEqual(b);
    expect(c.costBands.PK.p50).not.toBe(a.costBands.PK.p50);
    expect(a.pPakistanCheapest).toBeGreaterThanOrEqual(0);
    for (const p of Object.values(a.pCheaperThan)) expect(a.pPakistanCheapest).toBeLessThanOrEqual(p);
    for (const s of SUPPLIERS) {
      const bands = a.costBands[s];
      expect(bands.p5).toBeLessThanOrEqual(bands.p50);
      expect(bands.p50).toBeLessThanOrEqual(bands.p95);
    }
  });
});

describe("presets", () => {
  it("are the evidence baseline, the article's framing and the stress case", () => {
    expect(ctx.presets.map((p) => p.id)).toEqual(["evidence-baseline", "article-framing", "stress-case"]);
    const article = ctx.presets.find((p) => p.id === "article-framing")!;
    expect(article.values[KEYS.crp("PK")]).toBe(0);
    expect(article.values[KEYS.physicalSecurity("PK")]).toBe(0);
    expect(article.values[KEYS.productivity("PK")]).toBe(1);
    const stress = ctx.presets.find((p) => p.id === "stress-case")!;
    expect(stress.values[KEYS.riskLoading]).toBe(1);
    expect(stress.values[KEYS.pipelineStart("reko-diq", "phase-1")]).toBe(2031);
  });

  it("sets what the article's framing says: only wages differ between countries", () => {
    const values = presetValues(
      ctx.table,
      ctx.presets.find((p) => p.id === "article-framing")!,
    );
    // Every country-specific cost assumption (not the dependency levers) takes one value across the countries
    // that have it — except the mining wage.
    const byLabel = new Map<string, Set<number>>();
    for (const a of ctx.table) {
      if (!a.country || a.group === "dependency" || a.key.startsWith("power-")) continue;
      const set = byLabel.get(a.label) ?? new Set<number>();
      set.add(values[a.key]!);
      byLabel.set(a.label, set);
    }
    const differing = [...byLabel.entries()].filter(([, xs]) => xs.size > 1).map(([label]) => label);
    expect(differing).toEqual(["mining wage"]);
  });

  it("move the verdicts: the article's framing makes Pakistan cheaper; stability rests on WGI whatever is priced", () => {
    const verdict = (presetId: string, claim: string) =>
      runScenario(
        ctx.data,
        presetValues(
          ctx.table,
          ctx.presets.find((p) => p.id === presetId)!,
        ),
      ).claims.find((c) => c.id === claim)!.verdict;
    expect(verdict("evidence-baseline", "C3")).toBe("does-not-hold");
    expect(verdict("article-framing", "C3")).toBe("does-not-hold");
    expect(verdict("article-framing", "C2")).toBe("holds");
    expect(verdict("stress-case", "C2")).toBe("does-not-hold");
    const c1 = runScenario(ctx.data, defaults).claims.find((c) => c.id === "C1")!;
    const antimony = c1.perMineral.find((p) => p.mineral === "antimony")!.reasons[0]!;
    expect(antimony.id).toBe("reserves-share");
    expect(antimony.value).toBeCloseTo(1.3, 1);
  });
});

describe("normaliseScenario", () => {
  it("clamps out-of-range numbers with a warning naming the field", () => {
    const r = normaliseScenario(ctx.table, ctx.presets, {
      assumptions: { [KEYS.wage("PK")]: 1e9, [KEYS.crp("PK")]: -4 },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.values[KEYS.wage("PK")]).toBe(150000);
    expect(r.scenario.values[KEYS.crp("PK")]).toBe(0);
    expect(r.warnings.map((w) => w.field)).toEqual([
      `assumptions.${KEYS.wage("PK")}`,
      `assumptions.${KEYS.crp("PK")}`,
    ]);
    expect(r.scenario.changed).toEqual({ [KEYS.wage("PK")]: 150000, [KEYS.crp("PK")]: 0 });
  });

  it("rejects unknown presets and keys and values that are not finite numbers", () => {
    const r = normaliseScenario(ctx.table, ctx.presets, {
      preset: "optimistic",
      assumptions: { "wage-xx": 1, [KEYS.wage("PK")]: "cheap", [KEYS.crp("PK")]: Number.NaN },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual([
      "preset",
      "assumptions.wage-xx",
      `assumptions.${KEYS.wage("PK")}`,
      `assumptions.${KEYS.crp("PK")}`,
    ]);
  });

  it("applies a preset and reports only what differs from it", () => {
    const r = normaliseScenario(ctx.table, ctx.presets, {
      preset: "article-framing",
      assumptions: { [KEYS.crp("PK")]: 0, [KEYS.wage("PK")]: 4000 },
    });
    expect(r.ok && r.scenario.preset).toBe("article-framing");
    expect(r.ok && r.scenario.changed).toEqual({ [KEYS.wage("PK")]: 4000 });
  });
});

describe("the assumptions table", () => {
  it("puts every default, low, high and max on its slider's step grid, so a range input can show them", () => {
    const off = ctx.table.filter((a) =>
      [a.default, a.low, a.high, a.max].some((x) => {
        const k = (x - a.min) / a.step;
        return Math.abs(k - Math.round(k)) > 1e-6;
      }),
    );
    expect(off.map((a) => `${a.key}: step ${a.step} from ${a.min}`)).toEqual([]);
    expect(ctx.table.find((a) => a.key === KEYS.wage("PK"))!.step).toBe(10);
  });

  it("names every assumption with country, quantity and unit, and every key once", () => {
    const keys = ctx.table.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    const crp = ctx.table.find((a) => a.key === KEYS.crp("PK"))!;
    expect(crp).toMatchObject({
      label: "country risk premium",
      unit: "percentage points",
      country: "PK",
      default: 12.02,
    });
    for (const a of ctx.table) {
      expect(a.min <= a.low && a.low <= a.default && a.default <= a.high && a.high <= a.max, a.key).toBe(
        true,
      );
      expect(a.basis.length, a.key).toBeGreaterThan(10);
    }
  });
});
