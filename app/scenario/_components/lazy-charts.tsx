"use client";

import {
  type ComponentProps,
  type ComponentType,
  type JSX,
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useEffect,
  useRef,
  useState,
} from "react";
// Types only (erased from the bundle): the charts module itself is imported when a chart nears the screen.
import type * as LabCharts from "./lab-charts";

/*
 * The lab's recharts charts, loaded and drawn only when they come near the screen. Recharts is most of the lab's
 * JavaScript and drawing five charts is most of its start-up work; a phone opening the lab sees the sliders first,
 * so the charts wait until they are scrolled towards. Until then each holds its place at its final height (nothing
 * moves when it arrives) and the chart's description, table and export stay in the frame around it.
 */

/** How far ahead of the screen a chart starts loading: about a screen, so a reader scrolling down rarely waits. */
export const NEAR_MARGIN = "800px 0px";

/** True from the first time the element comes within `margin` of the screen (and from then on). */
export function useNearView(ref: RefObject<Element | null>, margin = NEAR_MARGIN): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === "undefined") {
      // No way to tell where the screen is: draw at once (from a callback, after this commit).
      const t = window.setTimeout(() => setNear(true), 0);
      return () => window.clearTimeout(t);
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin, near]);
  return near;
}

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

/** Heights as lab-charts.tsx draws them: each placeholder keeps the place of the chart it stands for. */
const PLOT_HEIGHT = 300;
export const CostBreakdownChart = deferred("CostBreakdownChart", () => PLOT_HEIGHT);
export const GapChart = deferred("GapChart", () => 240);
export const DependencyChart = deferred("DependencyChart", () => PLOT_HEIGHT);
export const SupplyMixChart = deferred("SupplyMixChart", (p) => 48 + p.series.rows.length * 44);
export const TornadoChart = deferred("TornadoChart", (p) => 60 + p.rows.length * 30);
export const ProbabilityChart = deferred("ProbabilityChart", () => 240);
