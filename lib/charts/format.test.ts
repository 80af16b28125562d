import { describe, expect, it } from "vitest";
import {
  formatAmount,
  formatAxisPct,
  formatCompact,
  formatNumber,
  formatPct,
  groupByReason,
  formatPartialDate,
  formatQuantity,
  formatShare,
  formatSignedPct,
  formatUsd,
  roundHalfExpand,
  roundPartsToTotal,
} from "./format";

describe("formats", () => {
  it("write quantities as the sources print them", () => {
    expect(formatQuantity(270000, "t")).toBe("270,000 t");
    expect(formatQuantity(2000000, "t", { bound: "lower" })).toBe(">2,000,000 t");
    expect(formatQuantity(1, "%", { bound: "upper" })).toBe("<1 %");
    expect(formatQuantity(12.02, "%")).toBe("12.02 %");
    expect(formatNumber(0.0771)).toBe("0.077");
  });

  it("keep small shares readable", () => {
    expect(formatShare(270000 / 390000)).toBe("69.2 %");
    expect(formatShare(250 / 100000)).toBe("0.25 %");
    expect(formatShare(0)).toBe("0 %");
  });

  it("write a share derived from a bound as one: '≤ 1.3 %', '≥ 50 %', '~7 %' when it could go either way", () => {
    // Pakistan's 26,000 t of antimony reserves against a world total USGS prints as ">2,000,000 t".
    expect(formatShare(26_000 / 2_000_000, 1, "upper")).toBe("≤ 1.3 %");
    expect(formatShare(0.5, 1, "lower")).toBe("≥ 50 %");
    expect(formatShare(0.0025, 1, "upper")).toBe("≤ 0.25 %");
    expect(formatShare(9.1 / 130, 1, "unknown")).toBe("~7 %");
    expect(formatShare(0.5, 1, undefined)).toBe("50 %");
  });

  it("write money and dates", () => {
    expect(formatUsd(5.57e9)).toBe("US$5.57 bn");
    expect(formatUsd(3439)).toBe("US$3,439");
    // A by-product credit: a true minus before the currency.
    expect(formatUsd(-2924.4)).toBe("−US$2,924");
    expect(formatUsd(-1.2e9)).toBe("−US$1.2 bn");
    expect(formatUsd(-0.0001)).toBe("US$0");
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
    expect(formatAmount(3e8, "USD", { qualifier: "approximately" })).toBe("≈US$300 m");
    expect(formatAmount(300, "people", { bound: "lower" })).toBe(">300 people");
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

describe("floating-point noise", () => {
  it("rounds values a last bit apart the same way, so the server's page and the browser's agree", () => {
    // 1.35 computed two ways on two engines: one bit below and one bit above.
    const below = 1.3499999999999999;
    const above = 1.3500000000000001;
    expect(formatNumber(below, 1)).toBe(formatNumber(above, 1));
    expect(formatNumber(7.6499999999999995, 1)).toBe("7.7");
    expect(formatPct(29.250000000000004, 1)).toBe(formatPct(29.249999999999996, 1));
    expect(formatShare(0.013499999999999998)).toBe(formatShare(0.013500000000000002));
    expect(formatSignedPct(-0.04999999999999999, 1)).toBe(formatSignedPct(-0.05000000000000001, 1));
  });
});

describe("roundPartsToTotal", () => {
  it("rounds parts so that the shown parts add up to the shown total, credits included", () => {
    // Rounded alone: 1 + 1 + 1 = 3, against a total of 1.4 × 3 = 4.2 → 4.
    expect(roundPartsToTotal([1.4, 1.4, 1.4], 4.2)).toEqual([2, 1, 1]);
    const parts = [1165.4, 666.3, 1498.4, 4556.6, 58.4, -2923.7];
    const total = parts.reduce((s, x) => s + x, 0);
    const shown = roundPartsToTotal(parts, total);
    expect(shown.reduce((s, x) => s + x, 0)).toBe(Math.round(total));
    expect(shown[5]).toBe(-2924);
    shown.forEach((x, i) => expect(Math.abs(x - parts[i]!)).toBeLessThan(1));
  });
});

describe("kept answers", () => {
  // Each format keeps its recent answers by value (the lab asks for the same figures on every slider step): an
  // answer read back must be the one Intl gives, also after the oldest answers are dropped.
  const intl = (digits: number) =>
    new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: digits });
  const values = Array.from({ length: 6000 }, (_, i) => (i % 2 ? -1 : 1) * (i * 37.123457 + 0.0005 * i));

  it("reads back what Intl prints, for the same values asked again and after the oldest are dropped", () => {
    for (const pass of [1, 2])
      for (const v of values) {
        expect(formatNumber(v, 2), `pass ${pass}, ${v}`).toBe(intl(2).format(v));
        expect(formatPct(v, 1), `pass ${pass}, ${v}`).toBe(`${intl(1).format(v)} %`);
      }
  });

  it("prints −0 as 0 whichever is asked first", () => {
    expect(formatNumber(-0, 1)).toBe("0");
    expect(formatNumber(0, 1)).toBe("0");
  });
});

describe("the digits are Intl's en-US digits, without constructing an Intl format", () => {
  // The app prints with d3-format (format.ts says why); Intl.NumberFormat, which Node has with full ICU, is the
  // reference. Values: every decimal tie and rollover at each power of ten (5.55, 9.95, 999.95…), both signs, and
  // 20,000 values spread over sixteen orders of magnitude from a fixed seed.
  const intl = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat("en-US", options);
  const values: number[] = [];
  for (let e = -4; e < 14; e++)
    for (const m of [
      1, 1.005, 1.04, 1.05, 1.25, 2.5, 5.55, 9.9499, 9.95, 9.96, 99.95, 123.456, 999.94, 999.95, 999.96,
    ])
      values.push(m * 10 ** e, -m * 10 ** e);
  let seed = 20261203;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 20_000; i++) values.push((next() - 0.3) * 10 ** (next() * 16 - 3));
  // Intl prints a negative value that rounds to zero as "-0"; the app prints "0".
  const reference = (text: string) => (text === "-0" ? "0" : text);
  const settled = (v: number) => Number(v.toPrecision(12));

  it("prints whole numbers, fixed decimals and two significant digits as Intl does", () => {
    const [whole, one, three] = [0, 1, 3].map((d) => intl({ maximumFractionDigits: d }));
    const twoSignificant = intl({ maximumSignificantDigits: 2 });
    const misses = values.flatMap((v) => {
      const pairs: [string, string][] = [
        [formatNumber(v, 0), whole!.format(settled(v))],
        [formatNumber(v, 1), one!.format(settled(v))],
        [formatNumber(v, 3), three!.format(settled(v))],
        [
          formatShare(v / 1e6),
          `${(Math.abs(v / 1e4) < 1 ? twoSignificant : one!).format(settled(v / 1e4))} %`,
        ],
      ];
      return pairs
        .filter(([ours, theirs]) => ours !== reference(theirs))
        .map((p) => `${v}: ${p.join(" vs ")}`);
    });
    expect(misses).toEqual([]);
  });

  it("prints compact labels as Intl's compact notation does, rolling 999.96K over to 1M", () => {
    const compact = intl({ notation: "compact", maximumFractionDigits: 1 });
    const misses = values
      .filter((v) => Math.abs(v) < 1e15)
      .filter((v) => formatCompact(v) !== reference(compact.format(settled(v))))
      .map((v) => `${v}: ${formatCompact(v)} vs ${compact.format(settled(v))}`);
    expect(misses).toEqual([]);
    expect([999.94, 999.96, 999_960, 5550, -1234, 2e9].map(formatCompact)).toEqual([
      "999.9",
      "1K",
      "1M",
      "5.6K",
      "-1.2K",
      "2B",
    ]);
  });

  it("prints what is not a finite number as Intl does", () => {
    for (const v of [Infinity, -Infinity, NaN]) {
      expect(formatNumber(v)).toBe(intl({ maximumFractionDigits: 0 }).format(v));
      expect(formatNumber(v, 2)).toBe(intl({ maximumFractionDigits: 2 }).format(v));
      expect(formatCompact(v)).toBe(intl({ notation: "compact", maximumFractionDigits: 1 }).format(v));
    }
    expect(formatShare(NaN)).toBe("NaN %");
  });

  it("rounds a decimal tie away from zero on the number's decimal form", () => {
    expect(
      [5.55, -5.55, 1.005, 0.125].map((v) => roundHalfExpand(v, v === 0.125 ? 2 : v === 1.005 ? 2 : 1)),
    ).toEqual([5.6, -5.6, 1.01, 0.13]);
    expect(roundHalfExpand(123, -1)).toBe(120);
    expect(roundHalfExpand(1e-7, 7)).toBe(1e-7);
    expect((5.55).toFixed(1)).toBe("5.5"); // what the binary value alone would give
  });
});
