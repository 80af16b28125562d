import { type GroupedChart } from "@/lib/charts/chart-model";
import { AXIS_COLOUR, BACKGROUND_COLOUR, HIGHLIGHT_BAND_COLOUR, INK_COLOUR } from "@/lib/charts/palette";
import { axisScale } from "@/lib/charts/scales";
import { PlotSvg, pct, rowTops, ValueAxis } from "./plot";
import { paint } from "./paint";

const LABEL_H = 17;
const BAR = 12;
const BAR_GAP = 3;
const GAP = 12;
const TOP = 8;
const AXIS_H = 26;
/** Share of the width the plot takes; the rest holds the value printed after the longest bar. */
const PLOT = 0.8;

const groupHeight = (model: GroupedChart) => LABEL_H + 2 + model.series.length * (BAR + BAR_GAP) + GAP;

/** The drawing's height in pixels (the frame reserves it while the drawing is off screen). */
export function groupedHeight(model: GroupedChart): number {
  return TOP + model.groups.length * groupHeight(model) + AXIS_H;
}

/**
 * Bars side by side in groups: each group's label on a line of its own, then one thin bar per series (a country's
 * share at the mining and at the refining stage), each followed by its series and value. A highlighted group
 * (China) is bold on a shaded band; a bound ("Rest of world") is a dashed outline; a series a group lacks is named
 * in words, never drawn as zero. Every bar carries a tooltip with its value and provenance.
 */
export function GroupedPlot({ model }: { model: GroupedChart }) {
  const scale = axisScale(
    model.axis,
    model.groups.flatMap((g) => g.bars.flatMap((b) => ("missing" in b ? [] : [b.value]))),
  );
  const groupH = groupHeight(model);
  const heights = model.groups.map(() => groupH);
  const height = groupedHeight(model);
  const plotBottom = height - AXIS_H;
  const x = (v: number) => scale.at(v) * PLOT;
  const tops = rowTops(heights, TOP);
  const seriesOf = new Map(model.series.map((s) => [s.key, s]));
  return (
    <PlotSvg id={model.id} height={height} label={model.alt}>
      {model.groups.map((g, i) =>
        g.highlight ? (
          <rect
            {...paint(HIGHLIGHT_BAND_COLOUR)}
            key={`band-${g.key}`}
            x="0"
            y={tops[i]! - 4}
            width="100%"
            height={groupH - GAP + 8}
          />
        ) : null,
      )}
      <ValueAxis
        scale={scale}
        format={model.axis.format}
        left={0}
        width={PLOT}
        top={TOP - 4}
        bottom={plotBottom}
        height={height}
      />
      {model.groups.map((g, i) => {
        const top = tops[i]!;
        return (
          <g key={g.key} data-group={g.key}>
            <text {...paint(INK_COLOUR)} x="0" y={top + 13} fontWeight={g.highlight ? 700 : 400}>
              {g.label}
            </text>
            {g.bars.map((b, k) => {
              const s = seriesOf.get(b.series);
              const y = top + LABEL_H + 2 + k * (BAR + BAR_GAP);
              const cy = y + BAR / 2 + 4;
              if ("missing" in b)
                return (
                  <text
                    {...paint(AXIS_COLOUR)}
                    key={b.series}
                    data-bar={`${g.key}-${b.series}`}
                    x="0"
                    y={cy}
                    fontSize="12"
                  >
                    {`${s?.short ?? b.series}: not listed`}
                    <title>{`${g.label}, ${s?.short ?? b.series}: ${b.missing}`}</title>
                  </text>
                );
              const w = Math.max(b.value > 0 ? 0.003 : 0, x(b.value) - x(0));
              return (
                <g key={b.series} data-bar={`${g.key}-${b.series}`}>
                  <title>{b.tooltip}</title>
                  <rect
                    {...paint(
                      b.bound ? BACKGROUND_COLOUR : (s?.colour ?? INK_COLOUR),
                      b.bound ? (s?.colour ?? INK_COLOUR) : "none",
                    )}
                    x={pct(x(0))}
                    y={y}
                    width={pct(w)}
                    height={BAR}
                    strokeWidth={b.bound ? 1.5 : 0}
                    strokeDasharray={b.bound ? "4 2" : undefined}
                  />
                  <text
                    {...paint(INK_COLOUR)}
                    x={pct(x(0) + w)}
                    dx="6"
                    y={cy}
                    fontSize="12"
                    fontWeight={g.highlight ? 700 : 400}
                  >
                    {`${s?.short ?? b.series} ${b.display}`}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </PlotSvg>
  );
}
