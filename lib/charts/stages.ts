import { type MineralId, type Observation } from "../data/common";
import { FOCUS_COUNTRIES, OTHER, STATUS_LABELS, WORLD } from "../data/constants";
import { countryName } from "../data/country-names";
import { IEA_SOURCE, type MineralStages, type Stage, STAGES, type StageWorld } from "../model/stages";
import {
  type BarGroup,
  cell,
  type ChartTable,
  type GroupedBar,
  type GroupedChart,
  sourceCell,
  type TableCell,
  type TableColumn,
} from "./chart-model";
import { type ChartContext } from "./context";
import { formatQuantity, formatShare } from "./format";
import { BASELINE_COLOUR, STAGE_COLOURS } from "./palette";

/**
 * Supply by stage on the mineral pages: each country's share of world output at the mining and at the refining
 * (processing) stage side by side, from the figure the model uses per stage (USGS where it prints the stage, the IEA
 * otherwise; lib/model/stages.ts).
 */

/** "Mining", "Refining": a stage as a heading. */
export const STAGE_LABELS: Record<Stage, string> = { mining: "Mining", refining: "Refining" };

/** Who gives a stage's figures: "USGS" or "the IEA" (the two kinds of source lib/model/stages.ts reads). */
export function stageSourceName(w: Pick<StageWorld, "sourceId">): string {
  return w.sourceId === IEA_SOURCE ? "the IEA" : "USGS";
}

/** One source's table at one stage: each country's row (with the world total and "Rest of world") by code. */
export function stageObservations(
  observations: readonly Observation[],
  mineral: MineralId,
  w: StageWorld,
): Map<string, Observation> {
  return new Map(
    observations
      .filter(
        (o) =>
          o.mineral === mineral && o.measure === w.measure && o.year === w.year && o.sourceId === w.sourceId,
      )
      .map((o) => [o.country, o]),
  );
}

/** Countries drawn: the leaders of each stage, China and Pakistan always, other focus countries where listed. */
const LEADERS = 6;

interface StageColumn {
  stage: Stage;
  world: StageWorld;
  rows: Map<string, Observation>;
  worldValue: number;
}

const shareOf = (col: StageColumn, country: string): number | null => {
  const v = col.rows.get(country)?.value;
  return v === null || v === undefined ? null : v / col.worldValue;
};

function chosenCountries(cols: readonly StageColumn[]): string[] {
  const keys = new Set<string>(["CN", "PK"]);
  for (const c of cols)
    for (const s of c.world.shares.filter((x) => x.share > 0).slice(0, LEADERS)) keys.add(s.country);
  for (const f of FOCUS_COUNTRIES) if (cols.some((c) => (shareOf(c, f) ?? 0) > 0)) keys.add(f);
  const top = (k: string) => Math.max(...cols.map((c) => shareOf(c, k) ?? -1));
  return [...keys].sort((a, b) => top(b) - top(a) || countryName(a).localeCompare(countryName(b)));
}

/** Why a country has no bar at a stage: the source's note, or that it is not listed on its own. */
function missingReason(col: StageColumn, country: string): string {
  return (
    col.rows.get(country)?.note ??
    `not listed by ${stageSourceName(col.world)}: any output is inside “Rest of world”`
  );
}

const REST = "Rest of world (all other countries together; none of them above this)";
/** Where a source prints no "other countries" row, the countries it lists make up its world total. */
const NO_REST = "no “Other countries” row printed: the listed countries make up the world total";

/**
 * The "mining vs refining" chart of a mineral: one group per country (the leaders at either stage, China and
 * Pakistan, focus countries where listed) with its share of world output at each stage, and "Rest of world" last,
 * drawn as a bound. Its table (and CSV) is those groups plus the world totals, with output, share, status and source
 * per stage. Null unless both stages are in the data.
 */
export function buildStageChart(
  stages: MineralStages,
  observations: readonly Observation[],
  mineralName: string,
  ctx: ChartContext,
): GroupedChart | null {
  const cols: StageColumn[] = [];
  for (const stage of STAGES) {
    const world = stages.primary[stage];
    if (!world) return null;
    const rows = stageObservations(observations, stages.mineral, world);
    const worldValue = rows.get(WORLD)?.value;
    if (!worldValue) return null;
    cols.push({ stage, world, rows, worldValue });
  }
  const name = mineralName.toLowerCase();
  const year = cols[0]!.world.year;
  const title = `Mining vs refining: shares of world ${name} output, ${year}`;
  const countries = chosenCountries(cols);
  const label = (country: string) => (country === OTHER ? REST : countryName(country));

  const bar = (col: StageColumn, country: string): GroupedBar => {
    const stageLabel = STAGE_LABELS[col.stage];
    if (country === OTHER) {
      const o = col.rows.get(OTHER);
      const share = shareOf(col, OTHER);
      if (!o || share === null) return { series: col.stage, missing: NO_REST };
      // A bound of 0 % is just 0 %: nothing is left outside the listed countries.
      return {
        series: col.stage,
        value: share * 100,
        display: formatShare(share, 1, share > 0 ? "upper" : undefined),
        bound: share > 0,
        tooltip: `Rest of world, ${stageLabel.toLowerCase()}: ${formatShare(share)} of world ${col.world.product} together, so no one country in it has more than this.\n${ctx.provenance(o)}`,
      };
    }
    const o = col.rows.get(country);
    const share = shareOf(col, country);
    if (!o || share === null) return { series: col.stage, missing: missingReason(col, country) };
    return {
      series: col.stage,
      value: share * 100,
      display: formatShare(share),
      tooltip: `${countryName(country)}, ${stageLabel.toLowerCase()}: ${formatShare(share)} of world ${col.world.product} (${formatQuantity(o.value!, o.unit, o)})\n${ctx.provenance(o)}`,
    };
  };

  const groups: BarGroup[] = [...countries, OTHER].map((country) => ({
    key: country,
    label: label(country),
    ...(country === "CN" ? { highlight: true } : {}),
    bars: cols.map((c) => bar(c, country)),
  }));
  const missing = groups.flatMap((g) =>
    g.bars.flatMap((b) =>
      "missing" in b
        ? [{ label: `${g.key === OTHER ? "Rest of world" : g.label} (${b.series})`, reason: b.missing }]
        : [],
    ),
  );
  const [mining, refining] = cols as [StageColumn, StageColumn];
  const source = (c: StageColumn) => stageSourceName(c.world);
  return {
    kind: "grouped",
    id: `${stages.mineral}-stages-${year}`,
    title,
    subtitle: `Each country's share of world output at each stage, ${year}. Mining: ${mining.world.product} (${source(mining)}); refining: ${refining.world.product} (${source(refining)}). China is in bold on a shaded band.`,
    axis: { format: "pct", domain: [0, 100] },
    series: cols.map((c) => ({
      key: c.stage,
      label: `${STAGE_LABELS[c.stage]}: ${c.world.product}`,
      short: c.stage,
      colour: STAGE_COLOURS[c.stage],
    })),
    groups,
    legend: [
      ...cols.map((c) => ({
        label: `${STAGE_LABELS[c.stage]}: ${c.world.product}`,
        colour: STAGE_COLOURS[c.stage],
      })),
      {
        label:
          "Dashed outline: “Rest of world”, all other countries together (a bound on each, not a country)",
        colour: BASELINE_COLOUR,
        dashed: true,
      },
    ],
    notes: stageNotes(cols, name),
    missing,
    alt: describeGroups(title, groups, cols),
    sources: ctx.sources(cols.map((c) => c.world.sourceId)),
    mineral: mineralName,
    changes: [],
    fullDataQuery: new URLSearchParams({
      mineral: stages.mineral,
      measure: [...new Set(cols.map((c) => c.world.measure))].join(","),
    }).toString(),
    table: stageTable(title, cols, [...countries, OTHER], label, ctx),
  };
}

/** Caveats under the chart, from the data: sources that differ by stage, derived residuals, projections. */
function stageNotes(cols: readonly StageColumn[], name: string): string[] {
  const notes: string[] = [];
  const [mining, refining] = cols as [StageColumn, StageColumn];
  if (mining.world.sourceId !== refining.world.sourceId)
    notes.push(
      `Mining is from ${stageSourceName(mining.world)}, refining from ${stageSourceName(refining.world)}${refining.world.sourceId === IEA_SOURCE ? ` (USGS prints no refining figure for ${name})` : ""}: each share is of its own source's world total.`,
    );
  for (const c of cols) {
    const rest = c.rows.get(OTHER);
    if (rest?.status === "derived")
      notes.push(
        `${STAGE_LABELS[c.stage]}: the IEA's own “Rest of world” also counts a country listed on its own row, so “Rest of world” here is the IEA total less the listed countries.`,
      );
  }
  return notes;
}

function describeGroups(title: string, groups: readonly BarGroup[], cols: readonly StageColumn[]): string {
  const items = groups.map(
    (g) =>
      `${g.label === REST ? "Rest of world" : g.label}: ${g.bars
        .map(
          (b, i) =>
            `${STAGE_LABELS[cols[i]!.stage].toLowerCase()} ${"missing" in b ? "not listed" : b.display}`,
        )
        .join(", ")}`,
  );
  return `Grouped bar chart, ${title}. ${items.join("; ")}.`;
}

function stageTable(
  caption: string,
  cols: readonly StageColumn[],
  countries: readonly string[],
  label: (country: string) => string,
  ctx: ChartContext,
): ChartTable {
  const columns: TableColumn[] = [
    { key: "country", label: "Country", kind: "label" },
    ...cols.flatMap<TableColumn>((c) => {
      const group = `${STAGE_LABELS[c.stage]}: ${c.world.product} (${stageSourceName(c.world)}, ${c.world.year})`;
      return [
        {
          key: `${c.stage}-share`,
          label: `${STAGE_LABELS[c.stage]}: share of world`,
          unit: "%",
          kind: "number",
          group,
        },
        {
          key: `${c.stage}-output`,
          label: `${STAGE_LABELS[c.stage]}: output`,
          unit: c.world.unit,
          kind: "number",
          group,
        },
        { key: `${c.stage}-source`, label: `${STAGE_LABELS[c.stage]}: source`, kind: "source", group },
      ];
    }),
    { key: "code", label: "ISO code", kind: "text" },
  ];
  const stageCells = (c: StageColumn, country: string): TableCell[] => {
    const o = c.rows.get(country);
    const share = country === WORLD ? null : shareOf(c, country);
    const title = o ? `${STATUS_LABELS[o.status]}${o.note ? ` — ${o.note}` : ""}` : undefined;
    const mark = o && o.status !== "published" ? { mark: o.status } : {};
    const gap = country === OTHER ? NO_REST : missingReason(c, country);
    const shareCell =
      share === null
        ? cell(null, country === WORLD ? "" : "not listed", country === WORLD ? {} : { note: gap })
        : cell(
            Number((share * 100).toFixed(4)),
            formatShare(share, 1, country === OTHER && share > 0 ? "upper" : undefined),
            {
              ...mark,
              ...(title ? { title } : {}),
            },
          );
    return [
      shareCell,
      o?.value != null ? cell(o.value, formatQuantity(o.value, o.unit, o)) : cell(null, o ? "no value" : "—"),
      sourceCell(c.world.sourceId, ctx.cite(c.world.sourceId)),
    ];
  };
  return {
    caption,
    columns,
    rows: [...countries, WORLD].map((country) => ({
      key: country,
      focus: country === "CN",
      cells: [
        cell(country === WORLD ? "World total" : label(country)),
        ...cols.flatMap((c) => stageCells(c, country)),
        cell(country),
      ],
    })),
  };
}
