"use client";

import { memo, useMemo } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  useXAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import { CHART_HEIGHT, type UncertaintyRow } from "./lab-legends";
import { formatCompact, formatNumber } from "@/lib/charts/format";
import {
  AXIS_COLOUR,
  BASELINE_COLOUR,
  COMPONENT_COLOURS,
  countryColour,
  DEARER_COLOUR,
  SCENARIO_A_COLOUR,
  SUPPLY_COLOURS,
} from "@/lib/charts/palette";
import {
  COMPONENT_LABELS,
  COST_COMPONENTS,
  type CostBreakdownRow,
  type DependencyRow,
  type GapRow,
  type SupplyMixSeries,
  type TornadoRow,
} from "@/lib/charts/scenario-series";

/**
 * The scenario lab's charts. Each draws exactly the rows it is given, without animation (so tests and exports
 * never catch a half-drawn chart), and shows the baseline beside the current scenario (and the pinned A).
 */

const AXIS = { fontSize: 12, fill: AXIS_COLOUR } as const;
const usd = (v: unknown) => `US$${formatNumber(Number(v))}`;
const pct = (v: unknown) => `${formatNumber(Number(v), 1)} %`;
const style = { width: "100%", height: CHART_HEIGHT.plot } as const;
// Recharts copies every prop into its store on render: props that are new objects or functions each time (inline
// margins, formatters, domains, shape elements) trigger a second render, so they are module constants or memoised.
const MARGIN_H = { top: 8, right: 24, bottom: 8, left: 8 } as const;
const MARGIN_V = { top: 8, right: 16, bottom: 8, left: 8 } as const;
const LEGEND_STYLE = { fontSize: 12 } as const;
// Recharts writes legend text in its series' colour, and a tan or a white series would then fail text contrast:
// the icon carries the colour, the words are in ink.
const legendText = (value: unknown) => <span className="chart-legend-text">{String(value)}</span>;
const compactTick = (v: unknown) => formatCompact(Number(v));
const pctTick = (v: unknown) => `${formatNumber(Number(v), 0)} %`;
const rawPctTick = (v: unknown) => `${String(v)} %`;
const pctFormatter = (v: unknown, n: string | number | undefined) =>
  [pct(v), n ?? ""] as [string, string | number];
const rangeFormatter = (v: unknown) => (Array.isArray(v) ? `${usd(v[0])} to ${usd(v[1])}` : usd(v));
const PERCENT_DOMAIN = [0, 100] as const;
const AUTO_DOMAIN = ["auto", "auto"] as const;
const ZERO_AUTO_DOMAIN = [0, "auto"] as const;
const SMALL_AXIS = { ...AXIS, fontSize: 11 } as const;
// Recharts' default label grey (#808080) is below 4.5:1 on white.
const SCENARIO_LABEL = { value: "scenario", fontSize: 11, position: "top", fill: AXIS_COLOUR } as const;

interface StackShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: CostBreakdownRow;
}

/**
 * Draws one supplier's whole stack (the eight parts), the preset's total as a dashed outline and A's total as a thin
 * bar, from a single recharts series: one series instead of ten keeps a slider move within a frame.
 */
function StackShape({ x = 0, y = 0, width = 0, height = 0, payload }: StackShapeProps) {
  if (!payload || !(payload.total > 0)) return null;
  const perUsd = width / payload.total;
  const starts: number[] = [];
  let cursor = x;
  for (const k of COST_COMPONENTS) {
    starts.push(cursor);
    cursor += payload[k] * perUsd;
  }
  return (
    <g>
      {COST_COMPONENTS.map((k, i) => (
        // A hairline of white between parts, so neighbours read as two parts even where their colours are close.
        <rect
          key={k}
          x={starts[i]}
          y={y}
          width={Math.max(0, payload[k] * perUsd)}
          height={height * 0.62}
          fill={COMPONENT_COLOURS[k]}
          stroke="#ffffff"
          strokeWidth={0.75}
        />
      ))}
      <rect
        x={x}
        y={y + height * 0.68}
        width={Math.max(0, payload.baselineTotal * perUsd)}
        height={height * 0.14}
        fill="#ffffff"
        stroke={BASELINE_COLOUR}
        strokeDasharray="4 2"
      />
      {payload.aTotal !== null ? (
        <rect
          x={x}
          y={y + height * 0.86}
          width={Math.max(0, payload.aTotal * perUsd)}
          height={height * 0.12}
          fill={SCENARIO_A_COLOUR}
        />
      ) : null}
    </g>
  );
}

const STACK_SHAPE = <StackShape />;
const COST_TOOLTIP = <CostTooltip />;
const GAP_SHAPE = <GapShape />;
const GAP_TOOLTIP = <GapTooltip />;

export const CostBreakdownChart = memo(function CostBreakdownChart({
  rows,
}: {
  rows: readonly CostBreakdownRow[];
}) {
  const max = Math.max(...rows.map((r) => Math.max(r.total, r.baselineTotal, r.aTotal ?? 0)));
  const domain = useMemo(() => [0, max] as [number, number], [max]);
  return (
    <BarChart
      responsive
      style={style}
      data={rows as CostBreakdownRow[]}
      layout="vertical"
      margin={MARGIN_H}
      accessibilityLayer={false}
    >
      <XAxis type="number" domain={domain} tick={AXIS} tickFormatter={compactTick} interval={0} />
      <YAxis type="category" dataKey="label" tick={AXIS} width={96} interval={0} />
      <Tooltip content={COST_TOOLTIP} />
      <Bar dataKey="total" name="Landed cost" shape={STACK_SHAPE} isAnimationActive={false} barSize={34} />
    </BarChart>
  );
});

function CostTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: CostBreakdownRow }[];
}) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{row.label}</strong>: {usd(row.total)} per tonne (preset {usd(row.baselineTotal)}
      {row.aTotal !== null ? `, A ${usd(row.aTotal)}` : ""})
      <ul>
        {COST_COMPONENTS.map((k) => (
          <li key={k}>
            {COMPONENT_LABELS[k]}: {usd(row[k])}
          </li>
        ))}
      </ul>
      <span>Model result from this scenario&apos;s assumptions</span>
    </div>
  );
}

/** Draws one competitor's row: the scenario's gap, the preset's gap (dashed) and A's, against the x scale. */
function GapShape({ y = 0, height = 0, payload }: { y?: number; height?: number; payload?: GapRow }) {
  const scale = useXAxisScale();
  if (!payload || !scale) return null;
  const zero = scale(0) ?? 0;
  const bar = (value: number, top: number, h: number, props: Record<string, string | number>) => {
    const end = scale(value) ?? zero;
    return (
      <rect
        x={Math.min(zero, end)}
        y={y + top * height}
        width={Math.abs(end - zero)}
        height={h * height}
        {...props}
      />
    );
  };
  return (
    <g>
      {bar(payload.gap, 0, 0.55, { fill: payload.gap < 0 ? countryColour("PK") : DEARER_COLOUR })}
      {bar(payload.baselineGap, 0.6, 0.2, {
        fill: "#ffffff",
        stroke: BASELINE_COLOUR,
        strokeDasharray: "4 2",
      })}
      {payload.aGap !== null ? bar(payload.aGap, 0.84, 0.14, { fill: SCENARIO_A_COLOUR }) : null}
    </g>
  );
}

export const GapChart = memo(function GapChart({ rows }: { rows: readonly GapRow[] }) {
  const values = rows.flatMap((r) => [r.gap, r.baselineGap, r.aGap ?? 0, 0]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const domain = useMemo(() => [lo, hi] as [number, number], [lo, hi]);
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: CHART_HEIGHT.gap }}
      data={rows as GapRow[]}
      layout="vertical"
      margin={MARGIN_H}
      accessibilityLayer={false}
    >
      <XAxis type="number" domain={domain} tick={AXIS} tickFormatter={compactTick} interval={0} />
      <YAxis type="category" dataKey="label" tick={AXIS} width={96} interval={0} />
      <Tooltip content={GAP_TOOLTIP} />
      <ReferenceLine x={0} stroke="#1b2327" />
      <Bar
        dataKey="gap"
        name="Pakistan − competitor"
        shape={GAP_SHAPE}
        isAnimationActive={false}
        barSize={34}
      />
    </BarChart>
  );
});

function GapTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: GapRow }[] }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <strong>Pakistan − {row.label}</strong>: {usd(row.gap)} per tonne ({pct(row.gapPct)} of {row.label}
      &apos;s cost); preset {usd(row.baselineGap)}
      {row.aGap !== null ? `; A ${usd(row.aGap)}` : ""}
      <br />
      <span>Model result from this scenario&apos;s assumptions</span>
    </div>
  );
}

export const DependencyChart = memo(function DependencyChart({
  rows,
  hasA,
}: {
  rows: readonly DependencyRow[];
  hasA: boolean;
}) {
  return (
    <LineChart
      responsive
      style={style}
      data={rows as DependencyRow[]}
      margin={MARGIN_V}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e3e7ea" />
      <XAxis dataKey="year" tick={AXIS} />
      <YAxis
        tick={AXIS}
        tickFormatter={pctTick}
        width={56}
        domain={ZERO_AUTO_DOMAIN as unknown as [number, string]}
      />
      <Tooltip formatter={pctFormatter} />
      <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} formatter={legendText} />
      <Line
        dataKey="baselineChinaShare"
        name="China, baseline"
        stroke={BASELINE_COLOUR}
        strokeDasharray="5 3"
        dot={false}
        isAnimationActive={false}
      />
      {hasA ? (
        <Line
          dataKey="aChinaShare"
          name="China, scenario A"
          stroke={SCENARIO_A_COLOUR}
          dot={false}
          isAnimationActive={false}
        />
      ) : null}
      <Line
        dataKey="chinaShare"
        name="China, scenario"
        stroke={countryColour("CN")}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="pakistanShare"
        name="Pakistan, scenario"
        stroke={countryColour("PK")}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="unmetShare"
        name="Unmet, scenario"
        stroke={SUPPLY_COLOURS.unmet}
        strokeDasharray="2 2"
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
});

/** The supply mix as stacked bars; `colours` (memoised by the caller) gives each source's fill. */
export const SupplyMixChart = memo(function SupplyMixChart({
  series,
  colours,
}: {
  series: SupplyMixSeries;
  colours: Readonly<Record<string, string>>;
}) {
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: CHART_HEIGHT.mix(series.rows.length) }}
      data={series.rows}
      layout="vertical"
      margin={MARGIN_H}
      accessibilityLayer={false}
    >
      <XAxis
        type="number"
        domain={PERCENT_DOMAIN as unknown as [number, number]}
        tick={AXIS}
        tickFormatter={rawPctTick}
      />
      <YAxis type="category" dataKey="scenario" tick={AXIS} width={96} />
      <Tooltip formatter={pctFormatter} />
      {series.sources.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId="mix"
          fill={s.key === "unmet" ? "#ffffff" : colours[s.key]}
          stroke={s.key === "unmet" ? colours[s.key] : "#ffffff"}
          strokeWidth={s.key === "unmet" ? 1.5 : 0.75}
          strokeDasharray={s.key === "unmet" ? "3 2" : undefined}
          isAnimationActive={false}
          barSize={24}
        />
      ))}
    </BarChart>
  );
});

export const TornadoChart = memo(function TornadoChart({
  rows,
  baseGap,
}: {
  rows: readonly TornadoRow[];
  baseGap: number;
}) {
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: CHART_HEIGHT.tornado(rows.length) }}
      data={rows as TornadoRow[]}
      layout="vertical"
      margin={MARGIN_H}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#e3e7ea" />
      <XAxis
        type="number"
        tick={AXIS}
        tickFormatter={compactTick}
        domain={AUTO_DOMAIN as unknown as [string, string]}
      />
      <YAxis type="category" dataKey="label" tick={SMALL_AXIS} width={220} />
      <Tooltip formatter={rangeFormatter} />
      <ReferenceLine x={baseGap} stroke="#1b2327" label={SCENARIO_LABEL} />
      <ReferenceLine x={0} stroke={BASELINE_COLOUR} strokeDasharray="4 2" />
      <Bar
        dataKey="range"
        name="Pakistan − competitor gap, low to high"
        fill="#1F5FA8"
        isAnimationActive={false}
        barSize={16}
      />
    </BarChart>
  );
});

export const ProbabilityChart = memo(function ProbabilityChart({
  rows,
}: {
  rows: readonly UncertaintyRow[];
}) {
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: CHART_HEIGHT.probability }}
      data={rows as UncertaintyRow[]}
      margin={MARGIN_V}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#e3e7ea" />
      <XAxis dataKey="label" tick={SMALL_AXIS} />
      <YAxis
        domain={PERCENT_DOMAIN as unknown as [number, number]}
        tick={AXIS}
        tickFormatter={rawPctTick}
        width={48}
      />
      <Tooltip formatter={pctFormatter} />
      <Bar
        dataKey="baseline"
        name="Preset"
        fill="#ffffff"
        stroke={BASELINE_COLOUR}
        strokeDasharray="4 2"
        isAnimationActive={false}
      />
      <Bar dataKey="scenario" name="Scenario" fill={countryColour("PK")} isAnimationActive={false} />
    </BarChart>
  );
});
