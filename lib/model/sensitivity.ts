import { type MineralId } from "../data/common";
import { costWithReads, modelMineral, readsKey } from "./break-even";
import { computeLandedCost } from "./landed-cost";
import { type ModelData } from "./model-data";
import { type Assumption, type ScenarioValues, type Supplier } from "./types";

export interface TornadoBar {
  key: string;
  /** PK − competitor gap (USD/t) with this assumption at its low and high value, all else as in the scenario. */
  gapAtLow: number;
  gapAtHigh: number;
  low: number;
  high: number;
  /** |gapAtHigh − gapAtLow|, the bar's length. */
  swing: number;
}

export interface Sensitivity {
  mineral: MineralId;
  competitor: Exclude<Supplier, "PK">;
  /** PK − competitor gap in the scenario itself, USD/t. */
  baseGap: number;
  /** Largest swing first; assumptions that do not move the gap are left out. */
  bars: TornadoBar[];
}

/**
 * One-at-a-time sensitivity (tornado) of the PK − competitor landed-cost gap (MODEL.md §5): each numeric
 * assumption set to its low and its high, all else fixed.
 *
 * The lab redraws the tornado on every slider step, so only the costs an assumption can move are priced again:
 * most assumptions belong to another country or mineral and are read by neither landed cost (their swing is zero),
 * and a Pakistani one leaves the competitor's cost as it is. Same bars as pricing both costs at every low and high
 * (lib/model/sensitivity.test.ts checks that), at about a quarter of the cost.
 */
export function computeSensitivity(
  data: ModelData,
  table: readonly Assumption[],
  values: ScenarioValues,
  mineral: MineralId,
  competitor: Exclude<Supplier, "PK">,
): Sensitivity {
  const m = modelMineral(data, mineral);
  const pk = costWithReads(data, values, "PK", m);
  const rival = costWithReads(data, values, competitor, m);
  // One working copy of the scenario, each assumption set and restored in turn (no copy per assumption).
  const trial: Record<string, number> = { ...values };
  const bars: TornadoBar[] = [];
  for (const a of table) {
    if (a.kind !== "number" || !(a.high > a.low) || a.group === "dependency") continue;
    const movesPk = readsKey(pk.reads, a.key);
    const movesRival = readsKey(rival.reads, a.key);
    if (!movesPk && !movesRival) continue;
    const gapAt = (x: number) => {
      trial[a.key] = x;
      const pkCost = movesPk ? computeLandedCost(data, trial, "PK", m).landedCostUsdPerTonne : pk.cost;
      const rivalCost = movesRival
        ? computeLandedCost(data, trial, competitor, m).landedCostUsdPerTonne
        : rival.cost;
      return pkCost - rivalCost;
    };
    const keep = trial[a.key]!;
    const gapAtLow = gapAt(a.low);
    const gapAtHigh = gapAt(a.high);
    trial[a.key] = keep;
    const swing = Math.abs(gapAtHigh - gapAtLow);
    if (swing < 1e-9) continue;
    bars.push({ key: a.key, gapAtLow, gapAtHigh, low: a.low, high: a.high, swing });
  }
  bars.sort((x, y) => y.swing - x.swing);
  return { mineral, competitor, baseGap: pk.cost - rival.cost, bars };
}
