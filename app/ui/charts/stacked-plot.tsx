import { memo } from "react";
import { type StackedChart } from "@/lib/charts/chart-model";
import { AXIS_COLOUR, BACKGROUND_COLOUR, INK_COLOUR } from "@/lib/charts/palette";
import { axisScale } from "@/lib/charts/scales";
import { PlotSvg, pct, RowMarkers, type RowProps, rowTops, sameRow, ValueAxis } from "./plot";
import { paint } from "./paint";

const LABEL_H = 17;
const BAR = 18;
const MARK = 6;
const GAP = 9;
const TOP = 6;
const AXIS_H = 26;
/** Share of the width the plot takes, leaving room for the last tick label. */
const PLOT = 0.97;

/**
 * Horizontal stacked bars: each row's label and total on a line above its bar, segments in legend order with a
 * hairline between neighbours, the preset's total as a dashed outline and scenario A's as a thin bar under it.
 * Segments that rest on assumptions are lighter with a dashed outline; each carries a tooltip.
 */
export function StackedPlot({ model }: { model: StackedChart }) {
  const height = stackedHeight(model);
  const plotBottom = height - AXIS_H;
  // Positive parts stack right of zero, credits (negative parts) left of it.
  const sums = (r: StackedChart["rows"][number]) => {
    let pos = 0;
    let neg = 0;
    for (const s of r.segments)
      if (s.value >= 0) pos += s.value;
      else neg += s.value;
    return { pos, neg };
  };
  const scale = axisScale(
    model.axis,
    model.rows.flatMap((r) => [sums(r).pos, sums(r).neg, r.total, ...(r.markers ?? []).map((m) => m.value)]),
  );
  const tops = rowTops(model.rows.map(rowHeight), TOP);
  return (
    <PlotSvg id={model.id} height={height} label={model.alt}>
      <ValueAxis
        scale={scale}
        format={model.axis.format}
        left={0}
        width={PLOT}
        top={TOP}
        bottom={plotBottom}
        height={height}
      />
      {model.rows.map((r, i) => (
        <StackedRow key={r.key} datum={r} top={tops[i]!} scale={scale} />
      ))}
    </PlotSvg>
  );
}

type Row = StackedChart["rows"][number];

const rowHeight = (r: Row) => LABEL_H + 2 + BAR + (r.markers?.length ?? 0) * (MARK + 2) + GAP;

/** The drawing's height in pixels (the frame reserves it while the drawing is off screen). */
export function stackedHeight(model: StackedChart): number {
  return TOP + model.rows.reduce((sum, r) => sum + rowHeight(r), 0) + AXIS_H;
}
/**
 * One row: its label and total, its segments and markers, memoised (sameRow): a slider step that moves one
 * supplier's cost redraws that supplier's row alone.
 */
const StackedRow = memo(function StackedRow({ datum: r, top: rowTop, scale }: RowProps<Row>) {
  const x = (v: number) => scale.at(v) * PLOT;
  const barY = rowTop + LABEL_H + 2;
  // Two cursors: positive parts grow right from zero, credits left from it.
  const placed: { start: number; width: number }[] = [];
  let right = x(0);
  let left = x(0);
  for (const s of r.segments) {
    const width = Math.abs(x(s.value) - x(0));
    placed.push({ start: s.value >= 0 ? right : left - width, width });
    if (s.value >= 0) right += width;
    else left -= width;
  }
  return (
    <g data-bar={r.key}>
      <text {...paint(INK_COLOUR)} x={0} y={rowTop + 12} fontWeight={r.highlight ? 700 : 400}>
        {r.label}
        <tspan {...paint(AXIS_COLOUR)} fontWeight={400} fontSize="12">{` · ${r.totalDisplay}`}</tspan>
      </text>
      {r.segments.map((s, i) => (
        <rect
          {...paint(s.colour, s.estimate ? s.colour : BACKGROUND_COLOUR)}
          key={s.key}
          data-segment={s.key}
          x={pct(placed[i]!.start)}
          y={barY}
          width={pct(placed[i]!.width)}
          height={BAR}
          fillOpacity={s.estimate ? 0.62 : 1}
          strokeWidth={s.estimate ? 1 : 0.75}
          strokeDasharray={s.estimate ? "3 2" : undefined}
        >
          <title>{s.tooltip}</title>
        </rect>
      ))}
      <RowMarkers
        label={r.label}
        markers={r.markers ?? []}
        origin={x(0)}
        x={x}
        top={barY + BAR + 2}
        height={MARK}
        gap={2}
      />
    </g>
  );
}, sameRow);
