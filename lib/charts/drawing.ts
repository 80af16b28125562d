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

const keys = new WeakMap<ChartModel, string>();

/**
 * A string equal for two chart models exactly when their drawings are: the model without its frame-only fields,
 * as JSON. In the lab every slider step rebuilds every chart's model (each caption names the scenario), but often
 * only the caption changed: comparing these keys lets the plot skip redrawing. Computed once per model.
 */
export function drawingKey(model: ChartModel): string {
  let key = keys.get(model);
  if (key === undefined) {
    key = JSON.stringify(model, function (this: unknown, field: string, value: unknown) {
      return this === model && FRAME_KEYS.has(field) ? undefined : value;
    });
    keys.set(model, key);
  }
  return key;
}
