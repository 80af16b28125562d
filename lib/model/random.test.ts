import { describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { defaultValues, KEYS } from "./assumptions";
import { computeLandedCost } from "./landed-cost";
import { mulberry32, Rng } from "./random";
import { splitTriangular } from "./distributions";
import { runMonteCarlo } from "./uncertainty";

describe("mulberry32", () => {
  it("gives the reference Mulberry32 sequence, so a seed gives the results it always gave", () => {
    const r = mulberry32(1);
    expect([r(), r(), r(), r()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741,
    ]);
  });

  it("reads the seed as an unsigned 32-bit integer", () => {
    expect(mulberry32(2 ** 32 + 1)()).toBe(mulberry32(1)());
  });
});

describe("Rng", () => {
  it("is mulberry32 underneath: the fuzz suites replay a seed as the model does", () => {
    const r = mulberry32(20260507);
    const g = new Rng(20260507);
    expect([g.next(), g.next(), g.next()]).toEqual([r(), r(), r()]);
  });

  it("draws integers from min to max, both included, and picks every item", () => {
    const g = new Rng(3);
    const ints = Array.from({ length: 2000 }, () => g.int(-2, 3));
    expect(new Set(ints)).toEqual(new Set([-2, -1, 0, 1, 2, 3]));
    const picks = Array.from({ length: 200 }, () => g.pick(["a", "b", "c"]));
    expect(new Set(picks)).toEqual(new Set(["a", "b", "c"]));
  });

  it("says yes with the probability asked", () => {
    const g = new Rng(5);
    expect(Array.from({ length: 100 }, () => g.chance(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => g.chance(1)).every(Boolean)).toBe(true);
    const share = Array.from({ length: 4000 }, () => g.chance(0.25)).filter(Boolean).length / 4000;
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.28);
  });
});

describe("the Monte Carlo's draws", () => {
  it("are mulberry32(seed), one number per varied assumption per draw, in table order, median at the value", () => {
    const { data, table } = loadModelContext();
    const varied = [KEYS.wage("PK"), KEYS.crp("PK")].map((k) => table.find((a) => a.key === k)!);
    const values = defaultValues(table);
    const copper = data.minerals.find((m) => m.id === "copper")!;
    const draws = 101;
    const result = runMonteCarlo(data, varied, values, { mineral: "copper", draws, seed: 9 });

    // The same run by hand: each draw takes the next number for the wage, then the next for the premium.
    const r = mulberry32(9);
    const costs = Array.from({ length: draws }, () => {
      const trial = { ...values };
      for (const a of varied) trial[a.key] = splitTriangular(r(), a.low, values[a.key]!, a.high);
      return computeLandedCost(data, trial, "PK", copper).landedCostUsdPerTonne;
    }).sort((a, b) => a - b);
    const q = (p: number) => costs[Math.round(p * (draws - 1))];
    expect(result.varied).toEqual(varied.map((a) => a.key));
    expect(result.costBands.PK).toEqual({
      p5: q(0.05),
      p25: q(0.25),
      p50: q(0.5),
      p75: q(0.75),
      p95: q(0.95),
    });
  });
});
