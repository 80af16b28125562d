import { memo } from "react";
import { type ChartModel } from "@/lib/charts/chart-model";
import { sameDrawing } from "@/lib/charts/drawing";
import { barsHeight, BarsPlot } from "./bars-plot";
import { groupedHeight, GroupedPlot } from "./grouped-plot";
import { heatmapHeight, HeatmapPlot } from "./heatmap-plot";
import { LINES_HEIGHT, LinesPlot } from "./lines-plot";
import { stackedHeight, StackedPlot } from "./stacked-plot";

/**
 * Draws a chart model: the one switch from a model's kind to the component that draws it. Memoised on the drawing
 * (lib/charts/drawing.ts): when a slider step changes only a chart's caption, its plot is not redrawn.
 */
export const Chart = memo(
  function Chart({ model }: { model: ChartModel }) {
    switch (model.kind) {
      case "bars":
        return <BarsPlot model={model} />;
      case "stacked":
        return <StackedPlot model={model} />;
      case "lines":
        return <LinesPlot model={model} />;
      case "grouped":
        return <GroupedPlot model={model} />;
      case "heatmap":
        return <HeatmapPlot model={model} />;
    }
  },
  (a, b) => sameDrawing(a.model, b.model),
);

/** The height in pixels of the drawing `Chart` makes for a model. */
export function plotHeight(model: ChartModel): number {
  switch (model.kind) {
    case "bars":
      return barsHeight(model);
    case "stacked":
      return stackedHeight(model);
    case "lines":
      return LINES_HEIGHT;
    case "grouped":
      return groupedHeight(model);
    case "heatmap":
      return heatmapHeight(model);
  }
}
