import { describe, expect, it } from "vitest";
import { shareBound, sumBound } from "./bounds";

describe("shareBound", () => {
  it("makes a share of a lower-bound total an upper bound: Pakistan's antimony reserves are at most 1.3 %", () => {
    // 26,000 t ÷ ">2,000,000 t": the world holds at least 2 Mt, so Pakistan's share is at most 1.3 %.
    expect(shareBound(undefined, "lower")).toBe("upper");
    expect(shareBound(undefined, "upper")).toBe("lower");
  });

  it("passes a bounded numerator's direction on, and is exact when nothing is bounded", () => {
    expect(shareBound(undefined, undefined)).toBeUndefined();
    expect(shareBound("lower", undefined)).toBe("lower");
    expect(shareBound("upper", undefined)).toBe("upper");
    // At least n of at most d: at least n/d.
    expect(shareBound("lower", "upper")).toBe("lower");
    expect(shareBound("upper", "lower")).toBe("upper");
  });

  it("bounds nothing when numerator and denominator push the same way (nickel's 'Other countries' reserves)", () => {
    // ">9,100,000 t" of ">130,000,000 t": both may be larger, so 7 % may be too high or too low.
    expect(shareBound("lower", "lower")).toBe("unknown");
    expect(shareBound("upper", "upper")).toBe("unknown");
  });
});

describe("sumBound", () => {
  it("keeps one direction, and loses it when bounds of both directions are added", () => {
    expect(sumBound([undefined, undefined])).toBeUndefined();
    expect(sumBound([undefined, "upper", "upper"])).toBe("upper");
    expect(sumBound(["lower", "upper"])).toBe("unknown");
    expect(sumBound(["unknown", undefined])).toBe("unknown");
  });
});
