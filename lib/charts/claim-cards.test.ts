import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { type ClaimResult } from "../model/claims";
import { buildModelContext, type ModelContext } from "../model/context";
import { costKey, type LandedCost } from "../model/landed-cost";
import { presetValues } from "../model/presets";
import { runScenario } from "../model/scenario";
import { serverChartContext } from "../views/context";
import { buildCostGapSeries, buildReservesShareSeries, reservesReason } from "./claim-cards";

let ctx: ModelContext;
let claims: Record<string, ClaimResult>;

beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  const result = runScenario(ctx.data, presetValues(ctx.table, ctx.presets[0]!));
  claims = Object.fromEntries(result.claims.map((c) => [c.id, c]));
});

describe("claim charts", () => {
  it("C1: bars for the minerals with a Pakistani reserves figure, the rest named as missing", () => {
    const series = buildReservesShareSeries(claims.C1!.perMineral, serverChartContext());
    expect(series.bars.map((b) => [b.key, b.display])).toEqual([
      ["copper", "1.5 %"],
      ["antimony", "≤ 1.3 %"],
    ]);
    expect(series.bars[0]!.detail).toBe("Reko Diq's reported reserves");
    expect(series.bars[1]!.provenance).toBe("USGS, MCS 2025, pp. 34–35 · Derived (our calculation)");
    expect(series.missing).toHaveLength(8);
  });

  it("C1: Reko Diq's reserves stand in for copper, where USGS lists no Pakistani reserves", () => {
    const copper = claims.C1!.perMineral.find((p) => p.mineral === "copper")!;
    expect(copper.reasons.find((r) => r.id === "reserves-share")!.value).toBeNull();
    expect(reservesReason(copper)!.id).toBe("reko-diq-reserves-share");
  });

  it("C2: the percentage gap, worked by hand", () => {
    const cost = (country: "PK" | "AU", landed: number) =>
      ({ country, mineral: "copper", landedCostUsdPerTonne: landed, costBasis: "sourced" }) as LandedCost;
    const costs = new Map([
      [costKey("PK", "copper"), cost("PK", 90)],
      [costKey("AU", "copper"), cost("AU", 120)],
    ]);
    // (90 − 120) / 120 = −25 %; Canada has no cost and is named as missing.
    const series = buildCostGapSeries(costs, ["copper"], ["AU", "CA"]);
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
