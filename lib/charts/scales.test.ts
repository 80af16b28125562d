import { describe, expect, it } from "vitest";
import { axisScale } from "./scales";

describe("axisScale", () => {
  it("puts round ticks on a domain rounded out to them, including zero", () => {
    // The cost-gap chart's old axis read −721.8, −171.8, 378.2, 928.2 for this range.
    const s = axisScale({ format: "number" }, [-721.8, 928.2]);
    expect(s.domain).toEqual([-1000, 1000]);
    expect(s.ticks).toEqual([-1000, -500, 0, 500, 1000]);
    expect(s.at(0)).toBeCloseTo(0.5);
  });

  it("starts positive values at zero and ends on a round tick at or above the largest", () => {
    const s = axisScale({ format: "compact" }, [270_000, 31_000, 13_000]);
    expect(s.domain[0]).toBe(0);
    expect(s.domain[1]).toBeGreaterThanOrEqual(270_000);
    expect(s.ticks.every((t) => Number.isInteger(t / 50_000))).toBe(true);
  });

  it("keeps a fixed domain as given", () => {
    const s = axisScale({ format: "number", domain: [0, 100] }, [12, 97]);
    expect(s.domain).toEqual([0, 100]);
    expect(s.ticks).toContain(100);
    expect(s.at(25)).toBeCloseTo(0.25);
  });

  it("runs a log axis over the powers of ten around the values", () => {
    const s = axisScale({ format: "compact", log: true }, [250, 60_000]);
    expect(s.domain).toEqual([100, 100_000]);
    expect(s.ticks).toEqual([100, 1_000, 10_000, 100_000]);
    expect(s.at(1_000)).toBeCloseTo(1 / 3);
  });

  it("gives a usable axis when every value is zero", () => {
    const s = axisScale({ format: "number" }, [0, 0]);
    expect(s.domain[1]).toBeGreaterThan(s.domain[0]);
  });
});
