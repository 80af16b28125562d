import { type MineralId } from "../data/common";
import { gapFunction } from "./break-even";
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
 */
export function computeSensitivity(
  data: ModelData,
  table: readonly Assumption[],
  values: ScenarioValues,
  mineral: MineralId,
  competitor: Exclude<Supplier, "PK">,
): Sensitivity {
  const first = table[0]!.key;
  const baseGap = gapFunction(data, values, { key: first, competitor, mineral })(values[first]!);
  const bars: TornadoBar[] = [];
  for (const a of table) {
    if (a.kind !== "number" || !(a.high > a.low) || a.group === "dependency") continue;
    const gap = gapFunction(data, values, { key: a.key, competitor, mineral });
    const gapAtLow = gap(a.low);
    const gapAtHigh = gap(a.high);
    const swing = Math.abs(gapAtHigh - gapAtLow);
    if (swing < 1e-9) continue;
    bars.push({ key: a.key, gapAtLow, gapAtHigh, low: a.low, high: a.high, swing });
  }
  bars.sort((x, y) => y.swing - x.swing);
  return { mineral, competitor, baseGap, bars };
}
