"use client";

import {
  type ComponentProps,
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useEffect,
  useRef,
  useState,
} from "react";

/*
 * The lab's recharts charts, loaded and drawn only when they come near the screen. Recharts is most of the lab's
 * JavaScript and drawing five charts is most of its start-up work; a phone opening the lab sees the sliders first,
 * so the charts wait until they are scrolled towards. Until then each holds its place at its final height (nothing
 * moves when it arrives) and the chart's description, table and export stay in the frame around it.
 */

const charts = () => import("./lab-charts");
const LazyCost = lazy(() => charts().then((m) => ({ default: m.CostBreakdownChart })));
const LazyGap = lazy(() => charts().then((m) => ({ default: m.GapChart })));
const LazyDependency = lazy(() => charts().then((m) => ({ default: m.DependencyChart })));
const LazyMix = lazy(() => charts().then((m) => ({ default: m.SupplyMixChart })));
const LazyTornado = lazy(() => charts().then((m) => ({ default: m.TornadoChart })));
const LazyProbability = lazy(() => charts().then((m) => ({ default: m.ProbabilityChart })));

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

/** The height lab-charts.tsx gives its charts; each placeholder matches the chart it stands for. */
const PLOT_HEIGHT = 300;

export function CostBreakdownChart(props: ComponentProps<typeof LazyCost>) {
  return (
    <WhenNear height={PLOT_HEIGHT}>
      <LazyCost {...props} />
    </WhenNear>
  );
}

export function GapChart(props: ComponentProps<typeof LazyGap>) {
  return (
    <WhenNear height={240}>
      <LazyGap {...props} />
    </WhenNear>
  );
}

export function DependencyChart(props: ComponentProps<typeof LazyDependency>) {
  return (
    <WhenNear height={PLOT_HEIGHT}>
      <LazyDependency {...props} />
    </WhenNear>
  );
}

export function SupplyMixChart(props: ComponentProps<typeof LazyMix>) {
  return (
    <WhenNear height={48 + props.series.rows.length * 44}>
      <LazyMix {...props} />
    </WhenNear>
  );
}

export function TornadoChart(props: ComponentProps<typeof LazyTornado>) {
  return (
    <WhenNear height={60 + props.rows.length * 30}>
      <LazyTornado {...props} />
    </WhenNear>
  );
}

export function ProbabilityChart(props: ComponentProps<typeof LazyProbability>) {
  return (
    <WhenNear height={240}>
      <LazyProbability {...props} />
    </WhenNear>
  );
}
