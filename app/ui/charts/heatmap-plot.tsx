import { type HeatmapChart } from "@/lib/charts/chart-model";
import { AXIS_COLOUR, BACKGROUND_COLOUR, INK_COLOUR } from "@/lib/charts/palette";
import { paint } from "./paint";
import { pct, PlotSvg } from "./plot";

const TOP = 26;
const ROW = 18;
const X_LABELS = 34;
/** The share of the width the y labels take. */
const LEFT = 0.16;
/** At most this many axis labels per axis; the rest are in the table view and the cells' tooltips. */
const MAX_LABELS = 6;

/** Which of n labels to print: the first, the last and evenly between, at most MAX_LABELS. */
function shown(n: number): Set<number> {
  const step = Math.max(1, Math.ceil((n - 1) / (MAX_LABELS - 1)));
  const out = new Set<number>([n - 1]);
  for (let i = 0; i < n; i += step) out.add(i);
  return out;
}

/** The drawing's height in pixels (the frame reserves it while the drawing is off screen). */
export function heatmapHeight(model: HeatmapChart): number {
  return TOP + model.y.labels.length * ROW + X_LABELS + 4;
}

/**
 * A heat map of categories: one rectangle per cell (x left to right, y bottom to top) filled by its category with
 * the category's symbol in it, a tooltip per cell, every few values labelled on each axis, and a ring where the
 * scenario sits.
 */
export function HeatmapPlot({ model }: { model: HeatmapChart }) {
  const nx = model.x.labels.length;
  const ny = model.y.labels.length;
  const plotBottom = TOP + ny * ROW;
  const height = heatmapHeight(model);
  const w = (1 - LEFT) / nx;
  const cx = (i: number) => LEFT + (i + 0.5) * w;
  const cy = (j: number) => plotBottom - (j + 0.5) * ROW;
  const byKey = new Map(model.categories.map((c) => [c.key, c]));
  const xs = shown(nx);
  const ys = shown(ny);
  const symbols = nx <= 25;
  return (
    <PlotSvg id={model.id} height={height} label={model.alt}>
      <text x="0" y="14" {...paint(AXIS_COLOUR)} fontSize="12">
        {`↑ ${model.y.title}`}
      </text>
      {model.cells.map((column, i) =>
        column.map((c, j) => {
          const cat = byKey.get(c.category);
          return (
            <g key={`${i}-${j}`} data-cell={`${i}-${j}`} data-category={c.category}>
              <title>{c.tooltip}</title>
              <rect
                x={pct(LEFT + i * w)}
                y={plotBottom - (j + 1) * ROW}
                width={pct(w)}
                height={ROW}
                {...paint(cat?.colour ?? BACKGROUND_COLOUR, BACKGROUND_COLOUR)}
                strokeWidth="1"
              />
              {symbols && cat ? (
                <text
                  x={pct(cx(i))}
                  y={cy(j) + 4}
                  textAnchor="middle"
                  fontSize="11"
                  {...paint(INK_COLOUR)}
                  aria-hidden="true"
                >
                  {cat.symbol}
                </text>
              ) : null}
            </g>
          );
        }),
      )}
      <g aria-hidden="true">
        {model.y.labels.map((label, j) =>
          ys.has(j) ? (
            <text
              key={j}
              x={pct(LEFT)}
              dx="-6"
              y={cy(j) + 4}
              textAnchor="end"
              {...paint(AXIS_COLOUR)}
              fontSize="11"
            >
              {label}
            </text>
          ) : null,
        )}
        {model.x.labels.map((label, i) =>
          xs.has(i) ? (
            <text
              key={i}
              x={pct(cx(i))}
              y={plotBottom + 14}
              textAnchor={i === 0 ? "start" : i === nx - 1 ? "end" : "middle"}
              {...paint(AXIS_COLOUR)}
              fontSize="11"
            >
              {label}
            </text>
          ) : null,
        )}
        <text x={pct(1)} y={plotBottom + 30} textAnchor="end" {...paint(AXIS_COLOUR)} fontSize="12">
          {`${model.x.title} →`}
        </text>
      </g>
      {model.marker ? (
        <g data-marker="scenario">
          <title>{model.marker.label}</title>
          <circle
            cx={pct(cx(model.marker.x))}
            cy={cy(model.marker.y)}
            r="7"
            {...paint("none", INK_COLOUR)}
            strokeWidth="2.5"
          />
        </g>
      ) : null}
    </PlotSvg>
  );
}
