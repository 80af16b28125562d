import { type RangedBar, type Scale } from "@/lib/charts/bar-series";
import { formatCompact } from "@/lib/charts/format";
import { AXIS_COLOUR, GRID_COLOUR, INK_COLOUR, REFERENCE_COLOUR } from "@/lib/charts/palette";

const ROW = 30;
const BAR = 20;
const LABEL_W = 150;
const VALUE_W = 230;
const WIDTH = 760;
const TOP = 8;
const AXIS_H = 26;

/**
 * The stacked layout is fluid: the SVG is as wide as its column, bars are placed in percent of that width and text
 * keeps its size, so labels stay legible on a phone as well as in a wide column. Each label sits above its bar.
 */
const S_ROW = 44;
const S_LABEL_H = 17;
const S_BAR = 16;
/** Share of the width the plot takes; the rest holds the value printed after the longest bar. */
const S_PLOT = 0.74;
/** Room above the plot for a reference line's label. */
const REF_H = 18;

/** A round tick step near span/4 (1, 2, 2.5 or 5 × 10ⁿ). */
function niceStep(span: number): number {
  const raw = span / 4;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const f = raw / exp;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * exp;
}

/**
 * The axis of a chart: its domain and ticks. Linear axes start at zero unless a value is negative; log axes run
 * between the powers of ten around the positive values.
 */
function axis(
  values: readonly number[],
  scale: Scale,
  extra: readonly number[],
): { lo: number; hi: number; ticks: number[]; at: (v: number) => number } {
  const all = [...values, ...extra];
  if (scale === "log") {
    const positive = all.filter((v) => v > 0);
    const min = positive.length ? Math.min(...positive) : 1;
    const max = positive.length ? Math.max(...positive) : 10;
    const e0 = Math.floor(Math.log10(min));
    const e1 = Math.max(e0 + 1, Math.ceil(Math.log10(max)));
    const ticks = Array.from({ length: e1 - e0 + 1 }, (_, i) => 10 ** (e0 + i));
    return {
      lo: 10 ** e0,
      hi: 10 ** e1,
      ticks,
      at: (v) => (Math.log10(Math.max(v, 10 ** e0)) - e0) / (e1 - e0),
    };
  }
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  if (max - min <= 0) return { lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1], at: (v) => v };
  const step = niceStep(max - min);
  const lo = min < 0 ? Math.floor(min / step + 1e-9) * step : 0;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks = Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) =>
    Number((lo + i * step).toPrecision(12)),
  );
  return { lo, hi, ticks, at: (v) => (v - lo) / (hi - lo) };
}

export interface HBarChartProps {
  bars: readonly RangedBar[];
  /** Generated alt text. */
  label: string;
  /** Log scale for values that span orders of magnitude; bars need positive values (see seriesForScale). */
  scale?: Scale;
  /** A threshold drawn as a dashed line with its label, e.g. a claim test's bar. */
  reference?: { value: number; label: string };
  /** "stacked" puts each label above its bar (narrow columns, phones); "wide" keeps labels beside the bars. */
  layout?: "wide" | "stacked";
  /** Tick labels; compact numbers (1.2M, 350K) by default. */
  formatTick?: (value: number) => string;
}

/**
 * A horizontal bar chart drawn as plain SVG on the server: no client JavaScript, so reading pages stay light and
 * the chart is in the server HTML. Each bar carries a native tooltip (its value, share and provenance), estimates
 * are drawn lighter with a dashed outline, and Pakistan and China are emphasised. Negative values grow left of a
 * zero line; bars with a range (confidence bounds) get a whisker.
 */
export function HBarChart(props: HBarChartProps) {
  return props.layout === "stacked" ? <StackedBars {...props} /> : <WideBars {...props} />;
}

function chartAxis({ bars, scale = "linear", reference }: HBarChartProps) {
  const ranges = bars.flatMap((b) => [b.low, b.high]).filter((x): x is number => x !== undefined);
  return axis(
    bars.map((b) => b.value),
    scale,
    [...ranges, ...(reference ? [reference.value] : [])],
  );
}

const tooltip = (b: RangedBar) =>
  `${b.label}: ${b.display}${b.detail ? ` (${b.detail})` : ""}\n${b.provenance}`;

/** Labels beside the bars in a fixed 760-unit viewBox that scales with its column (wide screens). */
function WideBars(props: HBarChartProps) {
  const { bars, label, scale = "linear", reference, formatTick = formatCompact } = props;
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const top = TOP + (reference ? REF_H : 0);
  const plotBottom = top + bars.length * ROW;
  const height = plotBottom + AXIS_H;
  const { ticks, at } = chartAxis(props);
  const x = (v: number) => LABEL_W + at(v) * plotW;
  const zero = scale === "log" ? LABEL_W : x(0);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      fontSize="13"
    >
      <rect x="0" y="0" width={WIDTH} height={height} fill="#ffffff" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top - 4} y2={plotBottom} stroke={GRID_COLOUR} />
          <text x={x(t)} y={height - 8} textAnchor="middle" fill={AXIS_COLOUR} fontSize="11">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {scale === "linear" && ticks[0]! < 0 ? (
        <line x1={zero} x2={zero} y1={top - 4} y2={plotBottom} stroke={AXIS_COLOUR} />
      ) : null}
      {bars.map((b, i) => {
        const y = top + i * ROW;
        const end = scale === "log" && b.value <= 0 ? zero : x(b.value);
        const w = Math.max(b.value !== 0 ? 1.5 : 0, Math.abs(end - zero));
        const hasRange = b.low !== undefined && b.high !== undefined;
        const cy = y + BAR / 2;
        return (
          <g key={b.key} data-bar={b.key}>
            <title>{tooltip(b)}</title>
            <text
              x={LABEL_W - 8}
              y={cy + 5}
              textAnchor="end"
              fill={INK_COLOUR}
              fontWeight={b.highlight ? 700 : 400}
            >
              {b.label}
            </text>
            <rect
              x={b.value < 0 ? end : zero}
              y={y}
              width={w}
              height={BAR}
              rx="2"
              fill={b.colour}
              fillOpacity={b.estimate ? 0.62 : 1}
              stroke={b.estimate ? b.colour : "none"}
              strokeDasharray={b.estimate ? "3 2" : undefined}
            />
            {hasRange ? (
              <g stroke={INK_COLOUR} strokeWidth="1.5">
                <line x1={x(b.low as number)} x2={x(b.high as number)} y1={cy} y2={cy} />
                <line x1={x(b.low as number)} x2={x(b.low as number)} y1={cy - 5} y2={cy + 5} />
                <line x1={x(b.high as number)} x2={x(b.high as number)} y1={cy - 5} y2={cy + 5} />
              </g>
            ) : null}
            <text
              x={Math.max(zero, end, hasRange ? x(b.high as number) : 0) + 6}
              y={cy + 5}
              fill={INK_COLOUR}
              fontWeight={b.highlight ? 700 : 400}
            >
              {b.display}
              {b.detail ? <tspan fill={AXIS_COLOUR} fontWeight={400}>{` · ${b.detail}`}</tspan> : null}
            </text>
          </g>
        );
      })}
      {reference ? (
        <g>
          <line
            x1={x(reference.value)}
            x2={x(reference.value)}
            y1={top - 6}
            y2={plotBottom}
            stroke={REFERENCE_COLOUR}
            strokeWidth="1.5"
            strokeDasharray="5 3"
          />
          <text x={x(reference.value)} y={TOP + 8} dx="4" fill={REFERENCE_COLOUR} fontSize="12">
            {reference.label}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/** Percent of the SVG's width, for the fluid layout. */
const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

/** Labels above the bars, positions in percent of the column and text at its own size (narrow columns, phones). */
function StackedBars(props: HBarChartProps) {
  const { bars, label, scale = "linear", reference, formatTick = formatCompact } = props;
  const top = TOP + (reference ? REF_H : 0);
  const plotBottom = top + bars.length * S_ROW;
  const height = plotBottom + AXIS_H;
  const { ticks, at } = chartAxis(props);
  const x = (v: number) => at(v) * S_PLOT;
  const zero = scale === "log" ? 0 : x(0);
  return (
    <svg
      width="100%"
      height={height}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      fontSize="13"
      className="chart chart--fluid"
      style={{ height }}
    >
      <rect x="0" y="0" width="100%" height={height} fill="#ffffff" />
      {ticks.map((t, i) => (
        <g key={t}>
          <line x1={pct(x(t))} x2={pct(x(t))} y1={top - 4} y2={plotBottom} stroke={GRID_COLOUR} />
          <text
            x={pct(x(t))}
            y={height - 8}
            textAnchor={i === 0 && x(t) < 0.02 ? "start" : "middle"}
            fill={AXIS_COLOUR}
            fontSize="11"
          >
            {formatTick(t)}
          </text>
        </g>
      ))}
      {scale === "linear" && ticks[0]! < 0 ? (
        <line x1={pct(zero)} x2={pct(zero)} y1={top - 4} y2={plotBottom} stroke={AXIS_COLOUR} />
      ) : null}
      {bars.map((b, i) => {
        const y = top + i * S_ROW + S_LABEL_H + 2;
        const end = scale === "log" && b.value <= 0 ? zero : x(b.value);
        // A non-zero value always shows at least a sliver, so a small producer is not drawn as nothing.
        const w = Math.max(b.value !== 0 ? 0.003 : 0, Math.abs(end - zero));
        const hasRange = b.low !== undefined && b.high !== undefined;
        const cy = y + S_BAR / 2;
        const after = Math.max(zero, end, hasRange ? x(b.high as number) : 0);
        return (
          <g key={b.key} data-bar={b.key}>
            <title>{tooltip(b)}</title>
            <text x="0" y={top + i * S_ROW + 13} fill={INK_COLOUR} fontWeight={b.highlight ? 700 : 400}>
              {b.label}
              {b.detail ? (
                <tspan fill={AXIS_COLOUR} fontWeight={400} fontSize="12">{` · ${b.detail}`}</tspan>
              ) : null}
            </text>
            <rect
              x={pct(b.value < 0 ? end : zero)}
              y={y}
              width={pct(w)}
              height={S_BAR}
              fill={b.colour}
              fillOpacity={b.estimate ? 0.62 : 1}
              stroke={b.estimate ? b.colour : "none"}
              strokeDasharray={b.estimate ? "3 2" : undefined}
            />
            {hasRange ? (
              <g stroke={INK_COLOUR} strokeWidth="1.5">
                <line x1={pct(x(b.low as number))} x2={pct(x(b.high as number))} y1={cy} y2={cy} />
                <line x1={pct(x(b.low as number))} x2={pct(x(b.low as number))} y1={cy - 5} y2={cy + 5} />
                <line x1={pct(x(b.high as number))} x2={pct(x(b.high as number))} y1={cy - 5} y2={cy + 5} />
              </g>
            ) : null}
            <text x={pct(after)} dx="6" y={cy + 5} fill={INK_COLOUR} fontWeight={b.highlight ? 700 : 400}>
              {b.display}
            </text>
          </g>
        );
      })}
      {reference ? (
        <g>
          <line
            x1={pct(x(reference.value))}
            x2={pct(x(reference.value))}
            y1={top - 6}
            y2={plotBottom}
            stroke={REFERENCE_COLOUR}
            strokeWidth="1.5"
            strokeDasharray="5 3"
          />
          <text x={pct(x(reference.value))} dx="4" y={TOP + 8} fill={REFERENCE_COLOUR} fontSize="12">
            {reference.label}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
