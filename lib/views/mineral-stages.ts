import {
  cell,
  type ChartTable,
  type GroupedChart,
  sourceCell,
  type TableCell,
  type TableRow,
} from "../charts/chart-model";
import { type ChartContext } from "../charts/context";
import { formatNumber, formatQuantity, formatShare, formatSignedNumber } from "../charts/format";
import { buildStageChart, STAGE_LABELS, stageObservations, stageSourceName } from "../charts/stages";
import { type MineralId, type Observation } from "../data/common";
import { OTHER, WORLD } from "../data/constants";
import { type Mineral } from "../data/minerals";
import { toTonnes } from "../model/model-data";
import { buildMineralStages, IEA_SOURCE, type MineralStages, type Stage, STAGES } from "../model/stages";

/**
 * Supply by stage on a mineral's page: the mining vs refining chart, concentration at each stage and source, the
 * table of stages where USGS and the IEA both give a figure ("sources differ"), and a sentence where the data hold
 * one stage only.
 */

/**
 * A difference between USGS and the IEA that their figures alone do not explain, in our words, with the
 * publications whose definitions it rests on. Differences of estimate (same thing counted, other numbers) need no
 * entry: the table writes them from the figures.
 */
export interface SourceDifferenceNote {
  mineral: MineralId;
  stage: Stage;
  note: string;
  sourceIds: readonly string[];
}

export const SOURCE_DIFFERENCE_NOTES: readonly SourceDifferenceNote[] = [
  {
    mineral: "rare-earths",
    stage: "mining",
    note: "They count different things: USGS every rare-earth oxide mined (REO equivalent), the IEA only the four magnet elements (neodymium, praseodymium, dysprosium, terbium). The IEA's tonnes are a part of USGS's, and its shares weigh each country by its magnet-element output.",
    sourceIds: ["usgs-mcs2025-rare-earths", IEA_SOURCE],
  },
];

/** Everything the page's stage section shows. */
export interface StagesView {
  /** Mining vs refining side by side; null when the data hold one stage only. */
  chart: GroupedChart | null;
  /** Said instead of the chart when one stage is missing. */
  oneStage: string | null;
  /** HHI, top-3 and China's share per stage and source; null without stage data. */
  concentration: ChartTable | null;
  /** Stages where USGS and the IEA both give a figure, side by side; null where they never both do. */
  differ: ChartTable | null;
}

/** The minerals the IEA stage data cover, in words: "copper, lithium, …". */
function ieaMinerals(observations: readonly Observation[], minerals: readonly Mineral[]): string {
  const covered = new Set(observations.filter((o) => o.sourceId === IEA_SOURCE).map((o) => o.mineral));
  return minerals
    .filter((m) => covered.has(m.id))
    .map((m) => m.name.toLowerCase())
    .join(", ");
}

/** The stage section of a mineral's page. */
export function buildStagesView(
  mineral: Mineral,
  observations: readonly Observation[],
  minerals: readonly Mineral[],
  ctx: ChartContext,
): StagesView {
  const stages = buildMineralStages(observations, mineral.id, mineral.productionMeasure);
  const chart = buildStageChart(stages, observations, mineral.name, ctx);
  return {
    chart,
    oneStage: chart ? null : oneStageSentence(stages, mineral.name, ieaMinerals(observations, minerals)),
    concentration: buildStageConcentrationTable(stages, observations, mineral.name, ctx),
    differ: buildSourcesDifferTable(stages, observations, mineral.name, ctx),
  };
}

/** Why a mineral has no mining vs refining chart: which stage the data hold, from whom, and why not the other. */
export function oneStageSentence(stages: MineralStages, mineralName: string, ieaCovers: string): string {
  const name = mineralName.toLowerCase();
  const held = STAGES.filter((s) => stages.primary[s]);
  const w = held.length === 1 ? stages.primary[held[0]!]! : null;
  if (!w)
    return `The data hold no world output of ${name} by stage, so no comparison of mining and refining is drawn.`;
  const other = w.stage === "mining" ? "refining or processing" : "mining";
  return `Only the ${w.stage === "mining" ? "mining" : "refining or processing"} stage of ${name} is in the data (${w.product}, ${stageSourceName(w)}, ${w.year}), shown in the chart above. The data hold no USGS ${other} table for ${name}, and the IEA stage data cover ${ieaCovers} only, so the two stages cannot be compared here.`;
}

/** Concentration at each stage, per source: China's share, the top three, HHI and "Rest of world" as a bound. */
export function buildStageConcentrationTable(
  stages: MineralStages,
  observations: readonly Observation[],
  mineralName: string,
  ctx: ChartContext,
): ChartTable | null {
  if (!stages.all.length) return null;
  return {
    caption: `Concentration of world ${mineralName.toLowerCase()} output by stage and source`,
    columns: [
      { key: "stage", label: "Stage", kind: "label" },
      { key: "product", label: "What is counted", kind: "text" },
      { key: "year", label: "Year", kind: "text" },
      { key: "china", label: "China's share", unit: "%", kind: "number" },
      { key: "top3", label: "Top-3 share", unit: "%", kind: "number" },
      { key: "hhi", label: "HHI (listed countries)", kind: "number" },
      { key: "rest", label: "“Rest of world” (each country in it at most)", unit: "%", kind: "number" },
      { key: "source", label: "Source", kind: "source" },
    ],
    rows: stages.all.map((w) => ({
      key: `${w.stage}-${w.sourceId}`,
      focus: stages.primary[w.stage] === w,
      cells: [
        cell(
          STAGE_LABELS[w.stage],
          undefined,
          stages.primary[w.stage] === w ? { note: "used by the model" } : {},
        ),
        cell(w.product),
        cell(String(w.year)),
        w.chinaWorldShare === null
          ? cell(null, "not listed")
          : cell(pct(w.chinaWorldShare), formatShare(w.chinaWorldShare)),
        cell(pct(w.top3Share), formatShare(w.top3Share)),
        cell(Math.round(w.hhi * 10_000), formatNumber(Math.round(w.hhi * 10_000))),
        stageObservations(observations, stages.mineral, w).has(OTHER)
          ? cell(pct(w.otherShare), formatShare(w.otherShare, 1, w.otherShare > 0 ? "upper" : undefined))
          : cell(null, "no row"),
        sourceCell(w.sourceId, ctx.cite(w.sourceId)),
      ],
    })),
  };
}

/** A share as the CSV writes it: percent, four decimals. */
const pct = (share: number) => Number((share * 100).toFixed(4));

/** One source's figures at a stage: China's output and share, and the world total, with their observations. */
function sideOf(stages: MineralStages, observations: readonly Observation[], stage: Stage, iea: boolean) {
  const w = stages.all.find((x) => x.stage === stage && (x.sourceId === IEA_SOURCE) === iea);
  if (!w) return null;
  const rows = stageObservations(observations, stages.mineral, w);
  return { w, china: rows.get("CN") ?? null, world: rows.get(WORLD)! };
}
type Side = NonNullable<ReturnType<typeof sideOf>>;

/** Why two sources' figures for a stage differ, from the figures: how far apart China and the world total are. */
function whyTheyDiffer(usgs: Side, iea: Side, known: SourceDifferenceNote | undefined): string {
  const parts: string[] = known ? [known.note] : [];
  if (usgs.w.year !== iea.w.year)
    parts.push(`USGS's figures are for ${usgs.w.year}, the IEA's for ${iea.w.year}.`);
  const ratio = (a: Observation | null, b: Observation | null) =>
    a?.value != null && b?.value != null && a.value !== 0
      ? toTonnes(b.value, b.unit) / toTonnes(a.value, a.unit) - 1
      : null;
  const apart = (r: number) => `${formatNumber(Math.abs(r * 100), 1)} % ${r >= 0 ? "above" : "below"}`;
  const china = ratio(usgs.china, iea.china);
  const world = ratio(usgs.world, iea.world)!;
  if (china !== null) {
    const points = (iea.w.chinaWorldShare! - usgs.w.chinaWorldShare!) * 100;
    parts.push(
      Math.abs(points) < 1
        ? `China's shares agree within a point (China's output ${apart(china)} USGS's in the IEA's figures, the world total ${apart(world)}).`
        : `The IEA puts China's output ${apart(china)} USGS's and the world total ${apart(world)}, so China's share is ${formatNumber(Math.abs(points), 1)} points ${points > 0 ? "higher" : "lower"} in the IEA's figures.`,
    );
  } else {
    const unlisted = [usgs.china?.value == null ? "USGS" : null, iea.china?.value == null ? "the IEA" : null];
    parts.push(
      `China is not listed by ${unlisted.filter(Boolean).join(" or ")}, so its shares cannot be compared; the IEA's world total is ${apart(world)} USGS's.`,
    );
  }
  return parts.join(" ");
}

/**
 * The "sources differ" table: each stage where USGS and the IEA both give world output for the mineral, with both
 * figures for China and the world, both shares, what each counts, the gap in points and why they differ. Null
 * where the two never both give a stage.
 */
export function buildSourcesDifferTable(
  stages: MineralStages,
  observations: readonly Observation[],
  mineralName: string,
  ctx: ChartContext,
): ChartTable | null {
  const pairs = STAGES.flatMap((stage) => {
    const usgs = sideOf(stages, observations, stage, false);
    const iea = sideOf(stages, observations, stage, true);
    return usgs && iea ? [{ stage, usgs, iea }] : [];
  });
  if (!pairs.length) return null;
  const quantity = (o: Observation | null): TableCell =>
    o?.value != null
      ? cell(o.value, formatQuantity(o.value, o.unit, o), {
          ...(o.status !== "published" ? { mark: o.status } : {}),
          ...(o.note ? { note: o.note } : {}),
        })
      : cell(null, "not listed", o?.note ? { note: o.note } : {});
  const sideRow = (stage: Stage, s: Side, who: "USGS" | "IEA", comparison: TableCell[]): TableRow => ({
    key: `${stage}-${who.toLowerCase()}`,
    group: `${STAGE_LABELS[stage]}, ${s.w.year}`,
    cells: [
      cell(who, undefined, stages.primary[stage] === s.w ? { note: "used in the chart" } : {}),
      cell(s.w.product),
      quantity(s.china),
      s.w.chinaWorldShare === null
        ? cell(null, "—")
        : cell(pct(s.w.chinaWorldShare), formatShare(s.w.chinaWorldShare)),
      quantity(s.world),
      sourceCell(s.w.sourceId, ctx.cite(s.w.sourceId)),
      ...comparison,
    ],
  });
  return {
    caption: `Where USGS and the IEA differ: world ${mineralName.toLowerCase()} output by stage, China and the world`,
    columns: [
      { key: "source", label: "Source", kind: "label" },
      { key: "counts", label: "What is counted", kind: "text" },
      { key: "china", label: "China", kind: "number" },
      { key: "share", label: "China's share", unit: "%", kind: "number" },
      { key: "world", label: "World", kind: "number" },
      { key: "cited", label: "Cited", kind: "source" },
      { key: "gap", label: "China's share, IEA − USGS", unit: "points", kind: "number" },
      { key: "why", label: "Why they differ", kind: "text" },
    ],
    rows: pairs.flatMap(({ stage, usgs, iea }) => {
      const known = SOURCE_DIFFERENCE_NOTES.find((n) => n.mineral === stages.mineral && n.stage === stage);
      const gap =
        usgs.w.chinaWorldShare !== null && iea.w.chinaWorldShare !== null
          ? (iea.w.chinaWorldShare - usgs.w.chinaWorldShare) * 100
          : null;
      return [
        sideRow(stage, usgs, "USGS", [cell(null, ""), cell(null, "")]),
        sideRow(stage, iea, "IEA", [
          gap === null ? cell(null, "—") : cell(Number(gap.toFixed(2)), `${formatSignedNumber(gap)} points`),
          cell(
            whyTheyDiffer(usgs, iea, known),
            undefined,
            known ? { note: `Definitions: ${known.sourceIds.map((id) => ctx.cite(id)).join("; ")}` } : {},
          ),
        ]),
      ];
    }),
  };
}
