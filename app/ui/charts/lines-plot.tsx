import { area, line } from "d3-shape";
import { type LinePoint, type LinesChart } from "@/lib/charts/chart-model";
import { formatTick } from "@/lib/charts/format";
import { AXIS_COLOUR, BACKGROUND_COLOUR, GRID_COLOUR, INK_COLOUR } from "@/lib/charts/palette";
import { axisScale } from "@/lib/charts/scales";
import { PlotSvg, pct } from "./plot";
import { paint } from "./paint";

/** The drawing's height in pixels, the same for every line chart (the frame reserves it while off screen). */
export const LINES_HEIGHT = 240;
const TOP = 12;
const BOTTOM = 28;
/** Left edge and width of the plot in the column: room for the y labels and, with end labels, the series names. */
const LEFT = 0.09;
const PLOT_WITH_LABELS = 0.66;
const PLOT = 0.89;

/**
 * Lines over years with a shaded band for confidence bounds. Lines and bands sit in a stretched inner SVG (strokes
 * keep their width, d3-shape draws the paths); points are real circles with a tooltip each, hollow for estimates.
 * With `endLabels`, each line is named at its end, so colour is not the only cue.
 */
export function LinesPlot({ model }: { model: LinesChart }) {
  const points = model.series.flatMap((s) => s.points);
  const xs = points.map((p) => p.x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const yScale = axisScale(
    model.axis,
    points.flatMap((p) => [
      p.y,
      ...(p.low !== undefined ? [p.low] : []),
      ...(p.high !== undefined ? [p.high] : []),
    ]),
    4,
  );
  const plotW = model.endLabels ? PLOT_WITH_LABELS : PLOT;
  const plotH = LINES_HEIGHT - TOP - BOTTOM;
  const fx = (v: number) => (x1 === x0 ? 0.5 : (v - x0) / (x1 - x0));
  const xp = (v: number) => LEFT + fx(v) * plotW;
  const y = (v: number) => TOP + (1 - yScale.at(v)) * plotH;
  const years = xs.length ? Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i) : [];
  const xTicks = years.length <= 12 ? years : years.filter((t) => (t - x0) % 2 === 0);
  // The inner SVG maps 0–1000 across the plot and keeps the outer y pixels.
  const ix = (v: number) => fx(v) * 1000;
  const path = line<LinePoint>()
    .x((p) => ix(p.x))
    .y((p) => y(p.y));
  const band = area<LinePoint>()
    .x((p) => ix(p.x))
    .y0((p) => y(p.low!))
    .y1((p) => y(p.high!));
  return (
    <PlotSvg id={model.id} height={LINES_HEIGHT} label={model.alt}>
      <g aria-hidden="true">
        {yScale.ticks.map((t) => (
          <g key={t}>
            <line
              {...paint(undefined, GRID_COLOUR)}
              x1={pct(LEFT)}
              x2={pct(LEFT + plotW)}
              y1={y(t)}
              y2={y(t)}
            />
            <text {...paint(AXIS_COLOUR)} x={pct(LEFT)} dx="-6" y={y(t) + 4} textAnchor="end" fontSize="11">
              {formatTick(model.axis.format, t)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text
            {...paint(AXIS_COLOUR)}
            key={t}
            x={pct(xp(t))}
            y={LINES_HEIGHT - 8}
            textAnchor="middle"
            fontSize="11"
          >
            {t}
          </text>
        ))}
      </g>
      {model.series.map((s) => {
        const banded = s.points.filter((p) => p.low !== undefined && p.high !== undefined);
        const last = s.points[s.points.length - 1];
        return (
          <g key={s.key} data-series={s.key}>
            <svg
              x={pct(LEFT)}
              y="0"
              width={pct(plotW)}
              height={LINES_HEIGHT}
              viewBox={`0 0 1000 ${LINES_HEIGHT}`}
              preserveAspectRatio="none"
              overflow="visible"
              aria-hidden="true"
            >
              {banded.length > 1 ? (
                <path {...paint(s.colour, "none")} d={band(banded) ?? ""} fillOpacity="0.14" />
              ) : null}
              <path
                {...paint("none", s.colour)}
                d={path(s.points as LinePoint[]) ?? ""}
                strokeWidth="2"
                strokeDasharray={s.dashed ? "5 3" : undefined}
                vectorEffect="non-scaling-stroke"
              />
            </svg>
            {banded.map((p) => (
              <line
                {...paint(undefined, s.colour)}
                key={`r${p.x}`}
                x1={pct(xp(p.x))}
                x2={pct(xp(p.x))}
                y1={y(p.low!)}
                y2={y(p.high!)}
                strokeOpacity="0.55"
              />
            ))}
            {s.points.map((p) => (
              <circle
                {...paint(p.estimate || s.dashed ? BACKGROUND_COLOUR : s.colour, s.colour)}
                key={p.x}
                cx={pct(xp(p.x))}
                cy={y(p.y)}
                r={model.endLabels ? 4.5 : 3}
                strokeWidth="2"
              >
                <title>{p.tooltip}</title>
              </circle>
            ))}
            {model.endLabels && last ? (
              <text {...paint(INK_COLOUR)} x={pct(xp(last.x))} dx="10" y={y(last.y) + 4} fontWeight={600}>
                {`${s.label} ${last.display}`}
              </text>
            ) : null}
          </g>
        );
      })}
    </PlotSvg>
  );
}
