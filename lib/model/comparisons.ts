import { type MineralId } from "../data/common";
import { type BreakEvenResult, solveBreakEven } from "./break-even";
import { costOf, type LandedCost } from "./landed-cost";
import { type ModelData } from "./model-data";
import { computeSensitivity } from "./sensitivity";
import { type Assumption, type ScenarioValues, type Supplier } from "./types";

/** Pakistan against one competitor for one mineral: the gap, the assumption that decides it, and where it flips. */
export interface Comparison {
  mineral: MineralId;
  competitor: Exclude<Supplier, "PK">;
  pakistanUsdPerTonne: number;
  competitorUsdPerTonne: number;
  /** PK − competitor, USD per tonne (negative: Pakistan cheaper). */
  gapUsdPerTonne: number;
  /** Gap as a share of the competitor's cost, %. */
  gapPct: number;
  pakistanCheaper: boolean;
  /** The assumption whose low–high range moves the gap most (the top of the tornado). */
  decidingKey: string | null;
  /** Where the gap closes as the deciding assumption moves within its slider bounds. */
  breakEven: BreakEvenResult | null;
  costBasis: "sourced" | "assumption";
}

/**
 * For each mineral and competitor: Pakistan's landed cost against the competitor's, by how much, which
 * assumption decides it and at what value it flips.
 */
export function computeComparisons(
  data: ModelData,
  table: readonly Assumption[],
  values: ScenarioValues,
  costs: ReadonlyMap<string, LandedCost>,
  competitors: readonly Exclude<Supplier, "PK">[] = ["AU", "CA"],
): Comparison[] {
  const out: Comparison[] = [];
  for (const m of data.minerals) {
    const pk = costOf(costs, "PK", m.id)!;
    for (const competitor of competitors) {
      const x = costOf(costs, competitor, m.id)!;
      const gap = pk.landedCostUsdPerTonne - x.landedCostUsdPerTonne;
      const top = computeSensitivity(data, table, values, m.id, competitor).bars[0];
      out.push({
        mineral: m.id,
        competitor,
        pakistanUsdPerTonne: pk.landedCostUsdPerTonne,
        competitorUsdPerTonne: x.landedCostUsdPerTonne,
        gapUsdPerTonne: gap,
        gapPct: (gap / x.landedCostUsdPerTonne) * 100,
        pakistanCheaper: gap < 0,
        decidingKey: top?.key ?? null,
        breakEven: top
          ? solveBreakEven(data, table, values, { key: top.key, competitor, mineral: m.id })
          : null,
        costBasis: m.costBasis,
      });
    }
  }
  return out;
}
