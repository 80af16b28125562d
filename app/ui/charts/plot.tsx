import { dequal } from "dequal";
import { memo, type ReactNode } from "react";
import { formatTick } from "@/lib/charts/format";
import { type BarMarker, type TickFormat } from "@/lib/charts/chart-model";
import {
  AXIS_COLOUR,
  BACKGROUND_COLOUR,
  BASELINE_COLOUR,
  GRID_COLOUR,
  SCENARIO_A_COLOUR,
} from "@/lib/charts/palette";
import { type AxisScale } from "@/lib/charts/scales";
import { paint } from "./paint";

/** Horizontal positions in percent of the column, so a chart is as wide as its frame and text keeps its size. */
export const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

/** The top of each row given their heights, starting at `start`. */
export function rowTops(heights: readonly number[], start: number): number[] {
  const tops: number[] = [];
  let y = start;
  for (const h of heights) {
    tops.push(y);
    y += h;
  }
  return tops;
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * The one SVG shell every chart is drawn in: fluid width, a fixed height, the background, the generated alt text
 * as its accessible name, and a test id for the plot. Charts are plain SVG (no client JavaScript), so a chart is in
 * the server's HTML and the export serialises exactly what is on screen.
 */
export function PlotSvg({
  id,
  height,
  label,
  children,
}: {
  id: string;
  height: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <svg
      width="100%"
      height={height}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={FONT}
      fontSize="13"
      className="chart chart--fluid"
      style={{ height }}
      data-testid={`chart-${id}-plot`}
    >
      <rect {...paint(BACKGROUND_COLOUR)} x="0" y="0" width="100%" height={height} />
      {children}
    </svg>
  );
}

/** Whether two scales place every value alike: a position depends on the domain and the kind of axis alone. */
export function sameScale(a: AxisScale, b: AxisScale): boolean {
  return a.log === b.log && a.domain[0] === b.domain[0] && a.domain[1] === b.domain[1];
}

interface ValueAxisProps {
  scale: AxisScale;
  format: TickFormat;
  left: number;
  width: number;
  top: number;
  bottom: number;
  height: number;
}

/**
 * Vertical grid lines and tick labels of a horizontal value axis, along the bottom. `left` and `width` are the
 * plot's position in the column (0–1). Memoised: in the lab a slider step redraws the bars, while the axis mostly
 * stays where it was.
 */
export const ValueAxis = memo(function ValueAxis({
  scale,
  format,
  left,
  width,
  top,
  bottom,
  height,
}: ValueAxisProps) {
  const x = (v: number) => left + scale.at(v) * width;
  const zeroInside = !scale.log && scale.domain[0] < 0 && scale.domain[1] > 0;
  return (
    <g aria-hidden="true">
      {scale.ticks.map((t, i) => (
        <g key={t}>
          <line {...paint(undefined, GRID_COLOUR)} x1={pct(x(t))} x2={pct(x(t))} y1={top} y2={bottom} />
          <text
            {...paint(AXIS_COLOUR)}
            x={pct(x(t))}
            y={height - 8}
            textAnchor={i === 0 && x(t) < 0.02 ? "start" : x(t) > 0.98 ? "end" : "middle"}
            fontSize="11"
          >
            {formatTick(format, t)}
          </text>
        </g>
      ))}
      {zeroInside ? (
        <line {...paint(undefined, AXIS_COLOUR)} x1={pct(x(0))} x2={pct(x(0))} y1={top} y2={bottom} />
      ) : null}
    </g>
  );
}, sameAxis);

function sameAxis(a: ValueAxisProps, b: ValueAxisProps): boolean {
  return (
    sameScale(a.scale, b.scale) &&
    dequal(a.scale.ticks, b.scale.ticks) &&
    a.format === b.format &&
    a.left === b.left &&
    a.width === b.width &&
    a.top === b.top &&
    a.bottom === b.bottom &&
    a.height === b.height
  );
}

/** What a memoised row of a bar or stacked chart is drawn from: its data, the top of its label line, the scale. */
export interface RowProps<T> {
  datum: T;
  top: number;
  scale: AxisScale;
}

/** A row redraws only when its data, its place or the scale changed: a slider step redraws the rows it moved. */
export function sameRow<T>(a: RowProps<T>, b: RowProps<T>): boolean {
  return a.top === b.top && sameScale(a.scale, b.scale) && dequal(a.datum, b.datum);
}

/**
 * The thin bars under a row: the preset's value as a dashed outline, scenario A's filled, each from `origin` (the
 * x of zero, 0–1) to its value, starting `top` pixels down, with a tooltip naming the row and the marker.
 */
export function RowMarkers({
  label,
  markers,
  origin,
  x,
  top,
  height,
  gap,
}: {
  label: string;
  markers: readonly BarMarker[];
  origin: number;
  x: (value: number) => number;
  top: number;
  height: number;
  gap: number;
}) {
  return markers.map((m, k) => {
    const end = x(m.value);
    return (
      <rect
        {...paint(
          m.style === "baseline" ? BACKGROUND_COLOUR : SCENARIO_A_COLOUR,
          m.style === "baseline" ? BASELINE_COLOUR : "none",
        )}
        key={m.key}
        data-marker={m.key}
        x={pct(Math.min(origin, end))}
        y={top + k * (height + gap)}
        width={pct(Math.abs(end - origin))}
        height={height}
        strokeDasharray={m.style === "baseline" ? "4 2" : undefined}
      >
        <title>{`${label}, ${m.label}`}</title>
      </rect>
    );
  });
}
