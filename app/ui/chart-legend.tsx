import { type LegendItem } from "@/lib/export/figure";
import { BACKGROUND_COLOUR, themed } from "@/lib/charts/palette";

/**
 * A chart's legend, from the same items its export writes: a swatch (a dashed outline for baselines, estimates
 * and unmet volumes) in the page's theme and a name in ink, so a light series never makes its name unreadable.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (!items.length) return null;
  return (
    <ul className="chart-frame__legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className="swatch"
            style={
              item.dashed
                ? { background: themed(BACKGROUND_COLOUR), outline: `1px dashed ${themed(item.colour)}` }
                : { background: themed(item.colour) }
            }
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
