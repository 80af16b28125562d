import { type MineralId, type Observation, type Status } from "../data/common";
import { OTHER, PRIMARY_EDITION, REFERENCE_YEAR, WORLD } from "../data/constants";
import { computeConcentration } from "./concentration";

/** The two stages of supply the dashboard follows: mining the ore, and refining or processing it. */
export const STAGES = ["mining", "refining"] as const;
export type Stage = (typeof STAGES)[number];

/** The IEA Critical Minerals Dataset (2025 edition), read through its public transcription. */
export const IEA_SOURCE = "iea-critical-minerals-dataset-2025";

/** World output at one stage, as one source gives it, with its concentration. */
export interface StageWorld {
  stage: Stage;
  /** The observations' measure: mine-production, refinery-production or sponge-production. */
  measure: string;
  /** What is counted: "copper content of mine production", "refined copper", "titanium sponge". */
  product: string;
  year: number;
  sourceId: string;
  status: Status;
  /** China's share of the world total, 0–1 (null when the source lists no figure for China). */
  chinaWorldShare: number | null;
  /** HHI over the countries listed by name (0–1): a lower bound, since "other countries" bundles many. */
  hhi: number;
  top3Share: number;
  /**
   * Share of the world total outside the listed countries: the source's "other countries" row, or where it prints
   * none, the world total less the listed countries (the bound's slack).
   */
  otherShare: number;
  /** Each listed country's share, largest first. */
  shares: { country: string; share: number }[];
  /** China's output at this stage, in the table's unit (for the mined share of its refined output). */
  chinaOutput: number | null;
  unit: string;
}

/** The stage data of one mineral: the primary figure per stage, and every source's, for the "sources differ" table. */
export interface MineralStages {
  mineral: MineralId;
  /** The figure the model uses per stage: USGS where it prints the stage, else the IEA. */
  primary: Record<Stage, StageWorld | null>;
  /** Every source's figure per stage (USGS and IEA side by side where both print one). */
  all: StageWorld[];
  /**
   * Share of China's refined output made from ore mined in China (its mine output ÷ refinery output, at most 1,
   * from one source); null when no source gives both stages for China.
   */
  chinaMinedShareOfRefined: number | null;
}

/** One stage's world table from the observations of one source (USGS edition or IEA), or null when absent. */
export function stageWorld(
  observations: readonly Observation[],
  filter: { mineral: MineralId; measure: string; stage: Stage; sourceKind: "usgs" | "iea"; year?: number },
): StageWorld | null {
  const year = filter.year ?? REFERENCE_YEAR;
  const rows = observations.filter(
    (o) =>
      o.mineral === filter.mineral &&
      o.measure === filter.measure &&
      o.year === year &&
      (filter.sourceKind === "usgs" ? o.edition === PRIMARY_EDITION : o.sourceId === IEA_SOURCE),
  );
  const world = rows.find((o) => o.country === WORLD);
  if (!world || world.value === null) return null;
  const listed = rows.filter((o) => o.country !== WORLD && o.country !== OTHER && o.value !== null);
  const c = computeConcentration(
    listed.map((o) => ({ country: o.country, value: o.value! })),
    world.value,
  );
  if (!c) return null;
  const china = rows.find((o) => o.country === "CN");
  const other = rows.find((o) => o.country === OTHER);
  return {
    stage: filter.stage,
    measure: filter.measure,
    product: world.basis ?? filter.measure,
    year,
    sourceId: world.sourceId,
    status: world.status,
    chinaWorldShare: china?.value != null ? china.value / world.value : null,
    hhi: c.hhi,
    top3Share: c.top3Share,
    otherShare:
      other?.value != null
        ? other.value / world.value
        : Math.max(0, 1 - c.shares.reduce((sum, x) => sum + x.share, 0)),
    shares: c.shares.map((s) => ({ country: s.country, share: s.share })),
    chinaOutput: china?.value ?? null,
    unit: world.unit,
  };
}

/**
 * Mining and refining stages of a mineral from USGS (MCS 2025: mine production, copper's refinery production,
 * titanium sponge) and the IEA (mining and refining for copper, cobalt, lithium, nickel, graphite and the magnet rare
 * earths). The model uses USGS where it prints a stage and the IEA otherwise; both are kept where both exist.
 */
export function buildMineralStages(
  observations: readonly Observation[],
  mineral: MineralId,
  productionMeasure: string,
): MineralStages {
  const usgsMining =
    productionMeasure === "mine-production"
      ? stageWorld(observations, { mineral, measure: "mine-production", stage: "mining", sourceKind: "usgs" })
      : null;
  const usgsRefining =
    stageWorld(observations, {
      mineral,
      measure: "refinery-production",
      stage: "refining",
      sourceKind: "usgs",
    }) ??
    (productionMeasure === "sponge-production"
      ? stageWorld(observations, {
          mineral,
          measure: "sponge-production",
          stage: "refining",
          sourceKind: "usgs",
        })
      : null);
  const ieaMining = stageWorld(observations, {
    mineral,
    measure: "mine-production",
    stage: "mining",
    sourceKind: "iea",
  });
  const ieaRefining = stageWorld(observations, {
    mineral,
    measure: "refinery-production",
    stage: "refining",
    sourceKind: "iea",
  });
  // China's mined share of its refined output, from one source so the two stages count the same thing.
  const ratio = (mine: StageWorld | null, refine: StageWorld | null) =>
    mine?.chinaOutput != null && refine?.chinaOutput
      ? Math.min(1, mine.chinaOutput / refine.chinaOutput)
      : null;
  return {
    mineral,
    primary: { mining: usgsMining ?? ieaMining, refining: usgsRefining ?? ieaRefining },
    all: [usgsMining, ieaMining, usgsRefining, ieaRefining].filter((s): s is StageWorld => s !== null),
    chinaMinedShareOfRefined: ratio(usgsMining, usgsRefining) ?? ratio(ieaMining, ieaRefining),
  };
}
