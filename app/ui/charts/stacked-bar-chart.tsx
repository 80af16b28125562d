import { formatCompact } from "@/lib/charts/format";
import { AXIS_COLOUR, GRID_COLOUR, INK_COLOUR } from "@/lib/charts/palette";
import { type StackedRow } from "@/lib/charts/stacked";

const ROW = 44;
const LABEL_H = 17;
const BAR = 18;
const TOP = 6;
const AXIS_H = 26;
/** Share of the width the plot takes, leaving room for the last tick label. */
const PLOT = 0.97;

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

function niceTop(max: number): { step: number; top: number } {
  if (!(max > 0)) return { step: 0.25, top: 1 };
  const raw = max / 4;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const f = raw / exp;
  const step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * exp;
  return { step, top: Math.ceil(max / step - 1e-9) * step };
}

export interface StackedBarChartProps {
  rows: readonly StackedRow[];
  /** Generated alt text. */
  label: string;
  /** Fix the axis maximum (100 for shares); otherwise the largest total, rounded up. */
  max?: number;
  formatTick?: (value: number) => string;
}

/**
 * Horizontal stacked bars drawn as plain SVG on the server, fluid like the stacked bar layout (positions in
 * percent of the column, text at its own size). Each row's label and total sit on a line above its bar; every segment carries a native tooltip with its value and provenance; segments that rest on assumptions
 * are drawn lighter with a dashed outline. Segments stack in legend order.
 */
export function StackedBarChart({ rows, label, max, formatTick = formatCompact }: StackedBarChartProps) {
  const { step, top: axisMax } = niceTop(max ?? Math.max(0, ...rows.map((r) => r.total)));
  const ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, i) =>
    Number((i * step).toPrecision(12)),
  );
  const plotBottom = TOP + rows.length * ROW;
  const height = plotBottom + AXIS_H;
  const x = (v: number) => (v / axisMax) * PLOT;
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
          <line x1={pct(x(t))} x2={pct(x(t))} y1={TOP} y2={plotBottom} stroke={GRID_COLOUR} />
          <text
            x={pct(x(t))}
            y={height - 8}
            textAnchor={i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"}
            fill={AXIS_COLOUR}
            fontSize="11"
          >
            {formatTick(t)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = TOP + i * ROW + LABEL_H + 2;
        let left = 0;
        return (
          <g key={r.key} data-bar={r.key}>
            <text x={0} y={TOP + i * ROW + 12} fill={INK_COLOUR} fontWeight={r.highlight ? 700 : 400}>
              {r.label}
              <tspan fill={AXIS_COLOUR} fontWeight={400} fontSize="12">{` · ${r.totalDisplay}`}</tspan>
            </text>
            {r.segments.map((s) => {
              const w = x(Math.max(0, s.value));
              const rect = (
                <rect
                  key={s.key}
                  x={pct(left)}
                  y={y}
                  width={pct(w)}
                  height={BAR}
                  fill={s.colour}
                  fillOpacity={s.estimate ? 0.62 : 1}
                  stroke={s.estimate ? s.colour : "#ffffff"}
                  strokeWidth={s.estimate ? 1 : 0.75}
                  strokeDasharray={s.estimate ? "3 2" : undefined}
                >
                  <title>{`${r.label} — ${s.label}: ${s.display}\n${s.provenance}`}</title>
                </rect>
              );
              left += w;
              return rect;
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The legend of a stacked chart: a swatch and a name per segment, in stacking order (left to right). */
export function StackedLegend({
  items,
  estimateNote,
}: {
  items: readonly { key: string; label: string; colour: string }[];
  estimateNote?: string;
}) {
  return (
    <ul className="chart-frame__legend" aria-label="Legend, in stacking order from the left">
      {items.map((item) => (
        <li key={item.key}>
          <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
      {estimateNote ? (
        <li>
          <span className="swatch swatch--estimate" style={{ background: "#6B7680" }} aria-hidden="true" />
          {estimateNote}
        </li>
      ) : null}
    </ul>
  );
}
