import { type MineralId } from "../data/common";
import { gapAlong, modelMineral } from "./break-even";
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
  const gap = gapAlong(data, values, modelMineral(data, mineral), competitor);
  const bars: TornadoBar[] = [];
  for (const a of table) {
    if (a.kind !== "number" || !(a.high > a.low) || a.group === "dependency") continue;
    const gapAt = gap.along(a.key);
    if (!gapAt) continue;
    const gapAtLow = gapAt(a.low);
    const gapAtHigh = gapAt(a.high);
    const swing = Math.abs(gapAtHigh - gapAtLow);
    if (swing < 1e-9) continue;
    bars.push({ key: a.key, gapAtLow, gapAtHigh, low: a.low, high: a.high, swing });
  }
  bars.sort((x, y) => y.swing - x.swing);
  return { mineral, competitor, baseGap: gap.baseGap, bars };
}
