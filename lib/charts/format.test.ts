import { describe, expect, it } from "vitest";
import { formatAmount, formatAxisPct, formatNumber, groupByReason, formatPartialDate, formatQuantity, formatShare, formatSignedPct, formatUsd } from "./format";

describe("formats", () => {
  it("write quantities as the sources print them", () => {
    expect(formatQuantity(270000, "t")).toBe("270,000 t");
    expect(formatQuantity(2000000, "t", "greater-than")).toBe(">2,000,000 t");
    expect(formatQuantity(12.02, "%")).toBe("12.02 %");
    expect(formatNumber(0.0771)).toBe("0.077");
  });

  it("keep small shares readable", () => {
    expect(formatShare(270000 / 390000)).toBe("69.2 %");
    expect(formatShare(250 / 100000)).toBe("0.25 %");
    expect(formatShare(0)).toBe("0 %");
  });

  it("write money and dates", () => {
    expect(formatUsd(5.57e9)).toBe("US$5.57 bn");
    expect(formatUsd(3439)).toBe("US$3,439");
    expect(formatPartialDate("2025-04-08")).toBe("8 Apr 2025");
    expect(formatPartialDate("2024-12")).toBe("Dec 2024");
  });
});

describe("signed and ordinal formats", () => {
  it("writes gaps with a sign and a true minus", () => {
    expect(formatSignedPct(3.21)).toBe("+3.2 %");
    expect(formatSignedPct(-4.06)).toBe("−4.1 %");
    expect(formatSignedPct(0.01)).toBe("0 %");
  });
});

describe("formatAmount", () => {
  it("writes dollars as money and other units as quantities", () => {
    expect(formatAmount(5.57e9, "USD")).toBe("US$5.57 bn");
    expect(formatAmount(240000, "t Cu/yr")).toBe("240,000 t Cu/yr");
    expect(formatAmount(3e8, "USD", "approximately")).toBe("≈US$300 m");
    expect(formatAmount(2037, "year")).toBe("2037");
  });
});

describe("axis ticks and grouped gaps", () => {
  it("writes percent ticks with a true minus", () => {
    expect(formatAxisPct(-10)).toBe("−10 %");
    expect(formatAxisPct(2.5)).toBe("2.5 %");
  });

  it("groups missing items by their reason, in first-seen order", () => {
    expect(
      groupByReason([
        { label: "Lithium", reason: "not listed" },
        { label: "Copper", reason: "withheld" },
        { label: "Nickel", reason: "not listed" },
      ]),
    ).toEqual([
      { reason: "not listed", labels: ["Lithium", "Nickel"] },
      { reason: "withheld", labels: ["Copper"] },
    ]);
  });
});
