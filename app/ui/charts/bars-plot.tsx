import { memo } from "react";
import { type BarDatum, type BarsChart } from "@/lib/charts/chart-model";
import { AXIS_COLOUR, INK_COLOUR, REFERENCE_COLOUR } from "@/lib/charts/palette";
import { axisScale } from "@/lib/charts/scales";
import { PlotSvg, pct, RowMarkers, type RowProps, rowTops, sameRow, ValueAxis } from "./plot";
import { paint } from "./paint";

const LABEL_H = 17;
const BAR = 16;
const MARK = 6;
const GAP = 9;
const TOP = 8;
const AXIS_H = 26;
/** Room above the plot for a reference line's label. */
const REF_H = 18;
/** Share of the width the plot takes; the rest holds the value printed after the longest bar. */
const PLOT = 0.74;

const rowHeight = (b: BarDatum) => LABEL_H + 2 + BAR + (b.markers?.length ?? 0) * (MARK + 2) + GAP;

/** The values an axis must hold: every bar's ends, whiskers and markers, and the reference line. */
function extent(model: BarsChart): number[] {
  return [
    ...model.bars.flatMap((b) => [
      b.value,
      b.start ?? 0,
      ...(b.low !== undefined ? [b.low] : []),
      ...(b.high !== undefined ? [b.high] : []),
      ...(b.markers ?? []).map((m) => m.value),
    ]),
    ...(model.reference ? [model.reference.value] : []),
  ];
}

/** The drawing's height in pixels (the frame reserves it while the drawing is off screen). */
export function barsHeight(model: BarsChart): number {
  return TOP + (model.reference ? REF_H : 0) + model.bars.reduce((sum, b) => sum + rowHeight(b), 0) + AXIS_H;
}

/**
 * Horizontal bars, each label above its bar: values, floating ranges (a tornado), whiskers (confidence bounds),
 * the preset's value as a dashed outline and scenario A's as a thin bar under it, and a reference line. Bars left
 * of zero grow left. Every bar carries a tooltip with its value and provenance; estimates are lighter and dashed.
 */
export function BarsPlot({ model }: { model: BarsChart }) {
  const scale = axisScale(model.axis, extent(model));
  const top = TOP + (model.reference ? REF_H : 0);
  const heights = model.bars.map(rowHeight);
  const height = barsHeight(model);
  const plotBottom = height - AXIS_H;
  const x = (v: number) => scale.at(v) * PLOT;
  const tops = rowTops(heights, top);
  return (
    <PlotSvg id={model.id} height={height} label={model.alt}>
      <ValueAxis
        scale={scale}
        format={model.axis.format}
        left={0}
        width={PLOT}
        top={top - 4}
        bottom={plotBottom}
        height={height}
      />
      {model.bars.map((b, i) => (
        <BarRow key={b.key} datum={b} top={tops[i]!} scale={scale} />
      ))}
      {model.reference ? (
        <g>
          <line
            {...paint(undefined, REFERENCE_COLOUR)}
            x1={pct(x(model.reference.value))}
            x2={pct(x(model.reference.value))}
            y1={top - 6}
            y2={plotBottom}
            strokeWidth="1.5"
            strokeDasharray="5 3"
          />
          <text
            {...paint(REFERENCE_COLOUR)}
            x={pct(x(model.reference.value))}
            dx="4"
            y={TOP + 8}
            fontSize="12"
          >
            {model.reference.label}
          </text>
        </g>
      ) : null}
    </PlotSvg>
  );
}

/** One bar with its label, whiskers, markers and printed value, memoised (sameRow). */
const BarRow = memo(function BarRow({ datum: b, top: rowTop, scale }: RowProps<BarDatum>) {
  const x = (v: number) => scale.at(v) * PLOT;
  const origin = scale.log ? 0 : x(Math.min(Math.max(0, scale.domain[0]), scale.domain[1]));
  const barY = rowTop + LABEL_H + 2;
  const from = b.start !== undefined ? x(b.start) : origin;
  const to = scale.log && b.value <= 0 ? origin : x(b.value);
  // A non-zero value always shows at least a sliver, so a small producer is not drawn as nothing.
  const w = Math.max(b.value !== (b.start ?? 0) ? 0.003 : 0, Math.abs(to - from));
  const whisker = b.low !== undefined && b.high !== undefined;
  const after = Math.max(from, to, whisker ? x(b.high!) : 0);
  const cy = barY + BAR / 2;
  return (
    <g data-bar={b.key}>
      <title>{b.tooltip}</title>
      <text {...paint(INK_COLOUR)} x="0" y={rowTop + 13} fontWeight={b.highlight ? 700 : 400}>
        {b.label}
        {b.detail ? (
          <tspan {...paint(AXIS_COLOUR)} fontWeight={400} fontSize="12">{` · ${b.detail}`}</tspan>
        ) : null}
      </text>
      <rect
        {...paint(b.colour, b.estimate ? b.colour : "none")}
        x={pct(Math.min(from, to))}
        y={barY}
        width={pct(w)}
        height={BAR}
        fillOpacity={b.estimate ? 0.62 : 1}
        strokeDasharray={b.estimate ? "3 2" : undefined}
      />
      {whisker ? (
        <g {...paint(undefined, INK_COLOUR)} strokeWidth="1.5">
          <line x1={pct(x(b.low!))} x2={pct(x(b.high!))} y1={cy} y2={cy} />
          <line x1={pct(x(b.low!))} x2={pct(x(b.low!))} y1={cy - 5} y2={cy + 5} />
          <line x1={pct(x(b.high!))} x2={pct(x(b.high!))} y1={cy - 5} y2={cy + 5} />
        </g>
      ) : null}
      <RowMarkers
        label={b.label}
        markers={b.markers ?? []}
        origin={origin}
        x={x}
        top={barY + BAR + 2}
        height={MARK}
        gap={2}
      />
      <text {...paint(INK_COLOUR)} x={pct(after)} dx="6" y={cy + 5} fontWeight={b.highlight ? 700 : 400}>
        {b.display}
      </text>
    </g>
  );
}, sameRow);
