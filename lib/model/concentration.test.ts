import { describe, expect, it } from "vitest";
import { computeConcentration } from "./concentration";

describe("computeConcentration", () => {
  it("computes shares, HHI and top-3 by hand for a small table", () => {
    // World 100: A 50, B 30, C 10, D 5 (5 is in "other").
    // Shares 0.5, 0.3, 0.1, 0.05 → HHI = 0.25 + 0.09 + 0.01 + 0.0025 = 0.3525; top-3 = 0.9.
    const c = computeConcentration(
      [
        { country: "B", value: 30 },
        { country: "A", value: 50 },
        { country: "D", value: 5 },
        { country: "C", value: 10 },
      ],
      100,
    );
    expect(c).not.toBeNull();
    expect(c!.shares.map((s) => s.country)).toEqual(["A", "B", "C", "D"]);
    expect(c!.hhi).toBeCloseTo(0.3525, 12);
    expect(c!.top3Share).toBeCloseTo(0.9, 12);
  });

  it("returns null without a positive world total", () => {
    expect(computeConcentration([{ country: "A", value: 1 }], null)).toBeNull();
    expect(computeConcentration([{ country: "A", value: 1 }], 0)).toBeNull();
  });
});
