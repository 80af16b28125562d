"use client";

import {
  type ComponentProps,
  type ComponentType,
  type JSX,
  lazy,
  type ReactNode,
  Suspense,
  useRef,
} from "react";
// Types only (erased from the bundle): the charts module itself is imported when a chart nears the screen.
import type * as LabCharts from "./lab-charts";
import { CHART_HEIGHT } from "./lab-legends";
import { useNearView } from "./use-in-view";

/*
 * The lab's recharts charts, loaded and drawn only when they come near the screen. Recharts is most of the lab's
 * JavaScript and drawing five charts is most of its start-up work; a phone opening the lab sees the sliders first,
 * so the charts wait until they are scrolled towards. Until then each holds its place at its final height (nothing
 * moves when it arrives) and the chart's description, table and export stay in the frame around it.
 */

function WhenNear({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearView(ref);
  const pending = <div className="lab-plot-pending" style={{ height }} />;
  return <div ref={ref}>{near ? <Suspense fallback={pending}>{children}</Suspense> : pending}</div>;
}

type Charts = typeof LabCharts;
type ChartName =
  | "CostBreakdownChart"
  | "GapChart"
  | "DependencyChart"
  | "SupplyMixChart"
  | "TornadoChart"
  | "ProbabilityChart";

/** A lab chart that loads (one shared chunk for all) and draws when near the screen; `height` is its drawn height. */
function deferred<K extends ChartName>(name: K, height: (props: ComponentProps<Charts[K]>) => number) {
  const Lazy = lazy(async () => ({
    default: (await import("./lab-charts"))[name] as ComponentType<ComponentProps<Charts[K]>>,
  }));
  function DeferredChart(props: ComponentProps<Charts[K]>) {
    return (
      <WhenNear height={height(props)}>
        <Lazy {...(props as ComponentProps<Charts[K]> & JSX.IntrinsicAttributes)} />
      </WhenNear>
    );
  }
  DeferredChart.displayName = `Deferred(${name})`;
  return DeferredChart;
}

export const CostBreakdownChart = deferred("CostBreakdownChart", () => CHART_HEIGHT.plot);
export const GapChart = deferred("GapChart", () => CHART_HEIGHT.gap);
export const DependencyChart = deferred("DependencyChart", () => CHART_HEIGHT.plot);
export const SupplyMixChart = deferred("SupplyMixChart", (p) => CHART_HEIGHT.mix(p.series.rows.length));
export const TornadoChart = deferred("TornadoChart", (p) => CHART_HEIGHT.tornado(p.rows.length));
export const ProbabilityChart = deferred("ProbabilityChart", () => CHART_HEIGHT.probability);
