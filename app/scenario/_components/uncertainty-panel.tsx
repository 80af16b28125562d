"use client";

import { lazy, memo, Suspense, useRef, useState } from "react";
import { formatNumber } from "@/lib/charts/format";
import { DEFAULT_DRAWS } from "@/lib/model/uncertainty";
import { useNearView } from "./use-near-view";
import { type UncertaintyRunProps } from "./uncertainty-run";

const DRAW_OPTIONS = [2_000, 5_000, 10_000, 20_000];

// Loaded, with react-query and the worker's runner, when the section nears the screen.
const UncertaintyRun = lazy(async () => ({ default: (await import("./uncertainty-run")).UncertaintyRun }));

export type UncertaintyPanelProps = Omit<UncertaintyRunProps, "draws" | "seed">;

/**
 * Monte Carlo in a Web Worker (off the main thread, so the sliders stay immediate): P(Pakistan cheapest),
 * P(Pakistan cheaper than each competitor) and cost bands, for the scenario and the preset, with a progress bar.
 * Nothing loads or runs until the section nears the screen.
 */
export const UncertaintyPanel = memo(function UncertaintyPanel(props: UncertaintyPanelProps) {
  const [draws, setDraws] = useState(DEFAULT_DRAWS);
  const [seed, setSeed] = useState(1);
  const section = useRef<HTMLElement>(null);
  const near = useNearView(section);

  return (
    <section ref={section} aria-labelledby="uncertainty-heading" className="panel">
      <h2 id="uncertainty-heading">Uncertainty</h2>
      <div className="panel__controls">
        <label>
          Draws
          <select value={draws} onChange={(e) => setDraws(Number(e.target.value))}>
            {DRAW_OPTIONS.map((d) => (
              <option key={d} value={d}>
                {formatNumber(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Seed
          <input
            type="number"
            min={1}
            max={999999}
            step={1}
            value={seed}
            onChange={(e) => setSeed(Math.max(1, Math.min(999999, Math.round(Number(e.target.value) || 1))))}
          />
        </label>
      </div>
      {near ? (
        <Suspense fallback={null}>
          <UncertaintyRun {...props} draws={draws} seed={seed} />
        </Suspense>
      ) : (
        <p>The Monte Carlo run starts when this section comes into view.</p>
      )}
    </section>
  );
});
