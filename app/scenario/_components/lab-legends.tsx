import { type LegendItem } from "@/lib/export/figure";
import {
  BASELINE_COLOUR,
  COMPONENT_COLOURS,
  countryColour,
  DEARER_COLOUR,
  SCENARIO_A_COLOUR,
} from "@/lib/charts/palette";
import { COMPONENT_LABELS, COST_COMPONENTS } from "@/lib/charts/scenario-series";

/*
 * The lab charts' HTML legends and shared row types: plain markup, kept apart from lab-charts.tsx so that a chart
 * frame can show its legend before recharts has loaded.
 */

/** Drawn heights of the lab charts (px): lab-charts.tsx draws at them and each placeholder holds their place. */
export const CHART_HEIGHT = {
  plot: 300,
  gap: 240,
  probability: 240,
  mix: (rows: number) => 48 + rows * 44,
  tornado: (rows: number) => 60 + rows * 30,
} as const;

const PRESET_SWATCH = { colour: BASELINE_COLOUR, dashed: true } as const;
const A_SWATCH = { colour: SCENARIO_A_COLOUR } as const;

/** HTML legend of the landed-cost chart (one recharts series draws every part, so recharts' legend cannot). */
export function CostLegend({ hasA }: { hasA: boolean }) {
  return (
    <SeriesLegend
      items={[
        ...COST_COMPONENTS.map((k) => ({ label: COMPONENT_LABELS[k], colour: COMPONENT_COLOURS[k]! })),
        { label: "Preset total", ...PRESET_SWATCH },
        ...(hasA ? [{ label: "Scenario A total", ...A_SWATCH }] : []),
      ]}
    />
  );
}

/** HTML legend of the gap chart. */
export function GapLegend({ hasA }: { hasA: boolean }) {
  return (
    <SeriesLegend
      items={[
        { label: "Scenario, Pakistan cheaper", colour: countryColour("PK") },
        { label: "Scenario, Pakistan dearer", colour: DEARER_COLOUR },
        { label: "Preset", ...PRESET_SWATCH },
        ...(hasA ? [{ label: "Scenario A", ...A_SWATCH }] : []),
      ]}
    />
  );
}

/**
 * An HTML legend from the same items the export writes: a swatch (dashed outline for outlined series) and a name in
 * ink. Used where recharts' legend would draw a white series' icon invisible.
 */
export function SeriesLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-frame__legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className="swatch"
            style={
              item.dashed
                ? { background: "#fff", outline: `1px dashed ${item.colour}` }
                : { background: item.colour }
            }
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export interface UncertaintyRow {
  label: string;
  scenario: number;
  baseline: number | null;
}
