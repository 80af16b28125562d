import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { type ClaimResult } from "../model/claims";
import { buildModelContext, type ModelContext } from "../model/context";
import { type LandedCost } from "../model/landed-cost";
import { presetValues } from "../model/presets";
import { runScenario } from "../model/scenario";
import {
  buildCostGapSeries,
  buildReservesShareSeries,
  reasonProvenance,
  selectKeyNumbers,
} from "./claim-cards";

let ctx: ModelContext;
let claims: Record<string, ClaimResult>;
const mineralName = (id: string) => ctx.data.minerals.find((m) => m.id === id)!.name.toLowerCase();

beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  const result = runScenario(ctx.data, presetValues(ctx.table, ctx.presets[0]!));
  claims = Object.fromEntries(result.claims.map((c) => [c.id, c]));
});

describe("selectKeyNumbers (Evidence baseline)", () => {
  it("gives every card two or three numbers, each with a source, a method note or a list to check", () => {
    for (const claim of Object.values(claims)) {
      const numbers = selectKeyNumbers(claim, ctx.table, mineralName);
      expect(numbers.length, claim.id).toBeGreaterThanOrEqual(2);
      expect(numbers.length, claim.id).toBeLessThanOrEqual(3);
      for (const n of numbers)
        expect(n.sourceId ?? n.method ?? n.href, `${claim.id}: ${n.label}`).toBeTruthy();
    }
  });

  it("shows C1's reserves shares with their sources", () => {
    const [copper, antimony] = selectKeyNumbers(claims.C1!, ctx.table, mineralName);
    expect(copper).toMatchObject({ display: "1.5 %", sourceId: "miningtechnology-reko-diq-2025-04" });
    expect(antimony).toMatchObject({ display: "1.3 %", sourceId: "usgs-mcs2025-antimony" });
  });

  it("puts the copper comparison and the labour part alone on C2, named by mineral", () => {
    const numbers = selectKeyNumbers(claims.C2!, ctx.table, mineralName);
    expect(numbers.map((n) => n.label)).toEqual([
      "Copper — Pakistan vs Australia",
      "Copper — Pakistan vs Canada",
      "Copper — Labour cost alone, Pakistan vs Australia",
    ]);
    expect(numbers[0]!.method).toBe("method-cost");
  });

  it("traces C3's risk premium to its source through the assumptions table", () => {
    const crp = selectKeyNumbers(claims.C3!, ctx.table, mineralName).find((n) =>
      /risk premium/.test(n.label),
    )!;
    expect(crp).toMatchObject({
      display: "12.02 points",
      sourceId: "damodaran-crp-2025-01",
      status: "secondary",
    });
  });

  it("picks C4's mineral with the largest possible cut (antimony in the baseline)", () => {
    const numbers = selectKeyNumbers(claims.C4!, ctx.table, mineralName);
    expect(numbers[0]!.label).toContain("antimony");
    expect(numbers[2]!.method).toBe("method-dependency");
  });

  it("links a count of security incidents to the list of events it counts", () => {
    const r = claims.C3!.reasons.find((x) => x.unit === "events")!;
    expect(reasonProvenance("C3", r, ctx.table).href).toBe("/countries/PK#events");
  });
});

describe("claim charts", () => {
  it("C1: bars for the minerals with a Pakistani reserves figure, the rest named as missing", () => {
    const series = buildReservesShareSeries(claims.C1!, mineralName, () => "p");
    expect(series.bars.map((b) => [b.key, b.display])).toEqual([
      ["copper", "1.5 %"],
      ["antimony", "1.3 %"],
    ]);
    expect(series.bars[0]!.detail).toBe("Reko Diq's reported reserves");
    expect(series.missing).toHaveLength(8);
  });

  it("C2: the percentage gap, worked by hand", () => {
    const cost = (country: "PK" | "AU", landed: number) =>
      ({ country, mineral: "copper", landedCostUsdPerTonne: landed, costBasis: "sourced" }) as LandedCost;
    const costs = new Map([
      ["PK:copper", cost("PK", 90)],
      ["AU:copper", cost("AU", 120)],
    ]);
    // (90 − 120) / 120 = −25 %; Canada has no cost and is named as missing.
    const series = buildCostGapSeries(
      costs,
      [{ id: "copper", name: "copper" }],
      ["AU", "CA"],
      (c) => (c === "AU" ? "Australia" : "Canada"),
      () => "p",
    );
    expect(series.bars).toHaveLength(1);
    expect(series.bars[0]).toMatchObject({
      label: "Copper vs Australia",
      value: -25,
      display: "−25 %",
      detail: "Pakistan cheaper",
    });
    expect(series.missing).toEqual([{ label: "Copper vs Canada", reason: "no landed cost" }]);
  });
});
