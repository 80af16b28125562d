import { type ChartModel } from "@/lib/charts/chart-model";
import { BarsPlot } from "./bars-plot";
import { GroupedPlot } from "./grouped-plot";
import { HeatmapPlot } from "./heatmap-plot";
import { LinesPlot } from "./lines-plot";
import { StackedPlot } from "./stacked-plot";

/** Draws a chart model: the one switch from a model's kind to the component that draws it. */
export function Chart({ model }: { model: ChartModel }) {
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
}
