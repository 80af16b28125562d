import { type MineralId } from "../data/common";
import { type BreakEvenResult, solveBreakEven } from "./break-even";
import { type ClaimProbabilities } from "./claim-draws";
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
  /** Share of the claims' Monte Carlo draws in which Pakistan lands cheaper (null: the draws did not run). */
  probabilityPakistanCheaper: number | null;
  /** Median of PK − competitor over those draws, USD per tonne (null: the draws did not run). */
  medianGapUsdPerTonne: number | null;
}

/** The Monte Carlo's figures of one comparison, where the draws covered it. */
function drawn(
  probabilities: ClaimProbabilities | null,
  mineral: MineralId,
  competitor: Exclude<Supplier, "PK">,
): Pick<Comparison, "probabilityPakistanCheaper" | "medianGapUsdPerTonne"> {
  const x =
    competitor === "AU" || competitor === "CA"
      ? probabilities?.comparisons[mineral]?.[competitor]
      : undefined;
  return { probabilityPakistanCheaper: x?.pCheaper ?? null, medianGapUsdPerTonne: x?.medianGap ?? null };
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
  probabilities: ClaimProbabilities | null = null,
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
        ...drawn(probabilities, m.id, competitor),
      });
    }
  }
  return out;
}
