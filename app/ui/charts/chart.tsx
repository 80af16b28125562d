import { memo } from "react";
import { type ChartModel } from "@/lib/charts/chart-model";
import { sameDrawing } from "@/lib/charts/drawing";
import { BarsPlot } from "./bars-plot";
import { GroupedPlot } from "./grouped-plot";
import { HeatmapPlot } from "./heatmap-plot";
import { LinesPlot } from "./lines-plot";
import { StackedPlot } from "./stacked-plot";

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
