import { type MineralId } from "../data/common";
import { modelMineral, pakistanGap } from "./break-even";
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
  const m = modelMineral(data, mineral);
  // One working copy of the scenario, each assumption set and restored in turn (no copy per assumption).
  const trial: Record<string, number> = { ...values };
  const gap = () => pakistanGap(data, trial, m, competitor);
  const baseGap = gap();
  const bars: TornadoBar[] = [];
  for (const a of table) {
    if (a.kind !== "number" || !(a.high > a.low) || a.group === "dependency") continue;
    const keep = trial[a.key]!;
    trial[a.key] = a.low;
    const gapAtLow = gap();
    trial[a.key] = a.high;
    const gapAtHigh = gap();
    trial[a.key] = keep;
    const swing = Math.abs(gapAtHigh - gapAtLow);
    if (swing < 1e-9) continue;
    bars.push({ key: a.key, gapAtLow, gapAtHigh, low: a.low, high: a.high, swing });
  }
  bars.sort((x, y) => y.swing - x.swing);
  return { mineral, competitor, baseGap, bars };
}
