"use client";

import { type ComponentType, type JSX, useRef } from "react";
import { useFrozen, useInView } from "./use-in-view";

/**
 * Draws `Chart` (a memoised component) with `inputs` while it is on screen; off screen it keeps the last inputs, so
 * the chart skips rendering and a slider move costs only the charts a reader can see. It catches up when scrolled
 * back into view.
 */
export function Live<P extends object>({ Chart, inputs }: { Chart: ComponentType<P>; inputs: P }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = useInView(ref);
  const live = useFrozen(inputs, visible);
  return (
    <div ref={ref}>
      <Chart {...(live as P & JSX.IntrinsicAttributes)} />
    </div>
  );
}
