import { formatNumber } from "@/lib/charts/format";
import { AXIS_COLOUR, GRID_COLOUR, INK_COLOUR } from "@/lib/charts/palette";
import { type TimeSeries } from "@/lib/charts/time-series";

const HEIGHT = 230;
const TOP = 12;
const BOTTOM = 28;
/** Left edge and width of the plot in percent of the column: room for the y labels and the end-of-line names. */
const LEFT = 0.09;
const PLOT = 0.66;

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

export interface TimeSeriesChartProps {
  series: readonly TimeSeries[];
  /** Generated alt text. */
  label: string;
  /** The y axis range, e.g. [0, 100] for percentile ranks. */
  yDomain: readonly [number, number];
  yTicks: readonly number[];
}

/**
 * A line chart of yearly values with a shaded band for the confidence bounds, drawn as plain SVG on the server.
 * Fluid like the other reading-page charts: positions in percent of the column, text at its own size; lines and
 * bands sit in a stretched inner SVG (strokes keep their width). Each point carries a native tooltip (value,
 * bounds, provenance); estimates are hollow points; each line is named at its end, so colour is not the only cue.
 */
export function TimeSeriesChart({ series, label, yDomain, yTicks }: TimeSeriesChartProps) {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const plotH = HEIGHT - TOP - BOTTOM;
  /** Position along the plot, 0–1. */
  const fx = (year: number) => (x1 === x0 ? 0.5 : (year - x0) / (x1 - x0));
  const xp = (year: number) => LEFT + fx(year) * PLOT;
  const y = (v: number) => TOP + (1 - (v - yDomain[0]) / (yDomain[1] - yDomain[0])) * plotH;
  const xTicks = years.length ? Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i) : [];
  // The inner SVG maps 0–1000 across the plot and keeps the outer y pixels.
  const ix = (year: number) => fx(year) * 1000;
  return (
    <svg
      width="100%"
      height={HEIGHT}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      fontSize="12"
      className="chart chart--fluid"
      style={{ height: HEIGHT }}
    >
      <rect x="0" y="0" width="100%" height={HEIGHT} fill="#ffffff" />
      {yTicks.map((t) => (
        <g key={t}>
          <line x1={pct(LEFT)} x2={pct(LEFT + PLOT)} y1={y(t)} y2={y(t)} stroke={GRID_COLOUR} />
          <text x={pct(LEFT)} dx="-6" y={y(t) + 4} textAnchor="end" fill={AXIS_COLOUR} fontSize="11">
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={t} x={pct(xp(t))} y={HEIGHT - 8} textAnchor="middle" fill={AXIS_COLOUR} fontSize="11">
          {t}
        </text>
      ))}
      {series.map((s) => {
        const banded = s.points.filter((p) => p.low !== undefined && p.high !== undefined);
        const band =
          banded.length > 1
            ? [
                ...banded.map((p) => `${ix(p.year)},${y(p.high as number)}`),
                ...[...banded].reverse().map((p) => `${ix(p.year)},${y(p.low as number)}`),
              ].join(" ")
            : null;
        const last = s.points[s.points.length - 1];
        return (
          <g key={s.key} data-series={s.key}>
            <svg
              x={pct(LEFT)}
              y="0"
              width={pct(PLOT)}
              height={HEIGHT}
              viewBox={`0 0 1000 ${HEIGHT}`}
              preserveAspectRatio="none"
              overflow="visible"
              aria-hidden="true"
            >
              {band ? <polygon points={band} fill={s.colour} fillOpacity="0.14" stroke="none" /> : null}
              <polyline
                points={s.points.map((p) => `${ix(p.year)},${y(p.value)}`).join(" ")}
                fill="none"
                stroke={s.colour}
                strokeWidth="2"
                vectorEffect="non-scaling-stroke"
              />
            </svg>
            {banded.map((p) => (
              <line
                key={`r${p.year}`}
                x1={pct(xp(p.year))}
                x2={pct(xp(p.year))}
                y1={y(p.low as number)}
                y2={y(p.high as number)}
                stroke={s.colour}
                strokeOpacity="0.55"
              />
            ))}
            {s.points.map((p) => (
              <circle
                key={p.year}
                cx={pct(xp(p.year))}
                cy={y(p.value)}
                r="4.5"
                fill={p.estimate ? "#ffffff" : s.colour}
                stroke={s.colour}
                strokeWidth="2"
              >
                <title>{`${s.label}, ${p.year}: ${p.display}${p.low !== undefined && p.high !== undefined ? ` (90 % bounds ${formatNumber(p.low, 1)}–${formatNumber(p.high, 1)})` : ""}\n${p.provenance}`}</title>
              </circle>
            ))}
            {last ? (
              <text x={pct(xp(last.year))} dx="10" y={y(last.value) + 4} fill={INK_COLOUR} fontWeight={600}>
                {`${s.label} ${last.display}`}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
