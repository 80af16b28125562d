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

/** HTML legend of the landed-cost chart (one recharts series draws every part, so recharts' legend cannot). */
export function CostLegend({ hasA }: { hasA: boolean }) {
  return (
    <ul className="chart-frame__legend">
      {COST_COMPONENTS.map((k) => (
        <li key={k}>
          <span className="swatch" style={{ background: COMPONENT_COLOURS[k] }} aria-hidden="true" />
          {COMPONENT_LABELS[k]}
        </li>
      ))}
      <li>
        <span
          className="swatch"
          style={{ background: "#fff", outline: `1px dashed ${BASELINE_COLOUR}` }}
          aria-hidden="true"
        />
        Preset total
      </li>
      {hasA ? (
        <li>
          <span className="swatch" style={{ background: SCENARIO_A_COLOUR }} aria-hidden="true" />
          Scenario A total
        </li>
      ) : null}
    </ul>
  );
}

/** HTML legend of the gap chart. */
export function GapLegend({ hasA }: { hasA: boolean }) {
  return (
    <ul className="chart-frame__legend">
      <li>
        <span className="swatch" style={{ background: countryColour("PK") }} aria-hidden="true" />
        Scenario, Pakistan cheaper
      </li>
      <li>
        <span className="swatch" style={{ background: DEARER_COLOUR }} aria-hidden="true" />
        Scenario, Pakistan dearer
      </li>
      <li>
        <span
          className="swatch"
          style={{ background: "#fff", outline: `1px dashed ${BASELINE_COLOUR}` }}
          aria-hidden="true"
        />
        Preset
      </li>
      {hasA ? (
        <li>
          <span className="swatch" style={{ background: SCENARIO_A_COLOUR }} aria-hidden="true" />
          Scenario A
        </li>
      ) : null}
    </ul>
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
