import { type ChartTab } from "@/lib/url/chart-tab";
import { ChartFrame, type ChartFrameProps } from "./chart-frame";
import { MapPlot } from "./charts/map-plot";

/**
 * A chart frame with the Chart / Map / Table switch, for server pages only: it draws the map (d3-geo and the
 * world's shapes, several hundred kB) here, so the frame itself stays free of them for the lab's client code.
 */
export function MapChartFrame(
  props: Omit<ChartFrameProps, "tabs" | "mapDrawing"> & { tabs: { path: string; current: ChartTab } },
) {
  const map = props.model.map;
  return (
    <ChartFrame
      {...props}
      mapDrawing={map && props.tabs.current === "map" ? <MapPlot map={map} /> : undefined}
    />
  );
}
