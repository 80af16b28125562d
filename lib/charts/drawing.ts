import { dequal } from "dequal";
import { type ChartBase, type ChartModel } from "./chart-model";

/**
 * The fields of a chart model that only the frame around the chart shows or exports (title, caption, table,
 * sources…). No plot in app/ui/charts reads them: a plot draws its kind's series, its id and its alt text.
 */
const FRAME_ONLY: readonly (keyof ChartBase)[] = [
  "title",
  "subtitle",
  "legend",
  "table",
  "sources",
  "notes",
  "missing",
  "scenario",
  "changes",
  "mineral",
  "fullDataQuery",
  "method",
  "map",
];
const FRAME_KEYS: ReadonlySet<string> = new Set(FRAME_ONLY);

/**
 * Whether two chart models draw the same plot: every field but the frame-only ones equal in value. In the lab every
 * slider step rebuilds every chart's model (each caption names the scenario), but often only the caption changed:
 * the plot then skips redrawing. A deep comparison that stops at the first difference, so a chart that did change
 * (most of them, while a slider moves) costs a few field reads, not a serialisation of both models.
 */
export function sameDrawing(a: ChartModel, b: ChartModel): boolean {
  if (a === b) return true;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of fields) {
    if (FRAME_KEYS.has(field)) continue;
    if (!dequal(a[field as keyof ChartModel], b[field as keyof ChartModel])) return false;
  }
  return true;
}
