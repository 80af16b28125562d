import { describe, expect, it } from "vitest";
import { type Observation } from "../data/common";
import { buildGovernanceBars } from "./governance";

describe("buildGovernanceBars", () => {
  it("C3: the latest WGI percentile per country with its 90 % bounds", () => {
    const obs = (country: string, year: number, value: number | null): Observation => ({
      country,
      mineral: null,
      measure: "wgi-political-stability-percentile",
      year,
      value,
      unit: "percentile rank",
      low: 1,
      high: 9,
      status: "published",
      sourceId: "worldbank-wgi-2024",
      ...(value === null ? { note: "no data" } : {}),
    });
    const data = [obs("PK", 2022, 4), obs("PK", 2023, 6.6), obs("UA", 2023, null)];
    const { bars, missing, year } = buildGovernanceBars(
      data,
      "wgi-political-stability-percentile",
      ["PK", "UA"],
      (c) => c,
      () => "p",
    );
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ value: 6.6, low: 1, high: 9, highlight: true });
    expect(year).toBe(2023);
    expect(missing).toEqual([{ label: "UA", reason: "no WGI value" }]);
  });
});
