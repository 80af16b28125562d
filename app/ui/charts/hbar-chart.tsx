import { type Bar } from "@/lib/charts/world-table";
import { formatCompact } from "@/lib/charts/format";

const ROW = 30;
const BAR = 20;
const LABEL_W = 150;
const VALUE_W = 230;
const WIDTH = 760;
const TOP = 8;
const AXIS_H = 26;

/** A round tick step near max/4 (1, 2, 2.5 or 5 × 10ⁿ) and the axis maximum it gives. */
function niceAxis(max: number): { step: number; top: number } {
  if (max <= 0) return { step: 0.25, top: 1 };
  const raw = max / 4;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const f = raw / exp;
  const step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * exp;
  return { step, top: Math.ceil(max / step - 1e-9) * step };
}

/**
 * A horizontal bar chart drawn as plain SVG on the server: no client JavaScript, so reading pages stay light and
 * the chart is in the server HTML. Each bar carries a native tooltip (its value, share and provenance), estimates
 * are drawn lighter with a dashed outline, and Pakistan and China are emphasised.
 */
export function HBarChart({ bars, label }: { bars: readonly Bar[]; label: string }) {
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = TOP + bars.length * ROW + AXIS_H;
  const { step, top: max } = niceAxis(Math.max(0, ...bars.map((b) => b.value)));
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const x = (v: number) => LABEL_W + (v / max) * plotW;
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
          <line x1={x(t)} x2={x(t)} y1={TOP - 4} y2={TOP + bars.length * ROW} stroke="#e3e7ea" />
          <text x={x(t)} y={height - 8} textAnchor="middle" fill="#4a5560" fontSize="11">
            {formatCompact(t)}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const y = TOP + i * ROW;
        const w = Math.max(b.value > 0 ? 1.5 : 0, x(b.value) - LABEL_W);
        return (
          <g key={b.key} data-bar={b.key}>
            <title>{`${b.label}: ${b.display}${b.detail ? ` (${b.detail})` : ""}\n${b.provenance}`}</title>
            <text x={LABEL_W - 8} y={y + BAR / 2 + 5} textAnchor="end" fill="#1b2327" fontWeight={b.highlight ? 700 : 400}>
              {b.label}
            </text>
            <rect
              x={LABEL_W}
              y={y}
              width={w}
              height={BAR}
              rx="2"
              fill={b.colour}
              fillOpacity={b.estimate ? 0.62 : 1}
              stroke={b.estimate ? b.colour : "none"}
              strokeDasharray={b.estimate ? "3 2" : undefined}
            />
            <text x={LABEL_W + w + 6} y={y + BAR / 2 + 5} fill="#1b2327" fontWeight={b.highlight ? 700 : 400}>
              {b.display}
              {b.detail ? <tspan fill="#4a5560" fontWeight={400}>{` · ${b.detail}`}</tspan> : null}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
