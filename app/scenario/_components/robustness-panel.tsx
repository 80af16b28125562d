"use client";

import { lazy, memo, Suspense, useRef, useState } from "react";
import { CLAIM_IDS, type ClaimId } from "@/lib/model/claims";
import { type Assumption, GROUP_LABELS, GROUPS } from "@/lib/model/types";
import { CLAIM_TITLES } from "@/lib/views/claims-text";
import { assumptionName } from "@/lib/views/scenario-text";
import { useNearView } from "./use-near-view";
import { type RobustnessRunProps } from "./robustness-run";

const GRID_OPTIONS = [11, 21, 41];

// Loaded, with react-query, when the section nears the screen.
const RobustnessRun = lazy(async () => ({ default: (await import("./robustness-run")).RobustnessRun }));

export type RobustnessPanelProps = Omit<RobustnessRunProps, "claim" | "x" | "y" | "n">;

// Memoised: the panel redraws on every slider step, and these two lists hold every assumption.
const KeySelect = memo(function KeySelect({
  label,
  value,
  table,
  onChange,
}: {
  label: string;
  value: string;
  table: readonly Assumption[];
  onChange: (key: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {GROUPS.map((g) => (
          <optgroup key={g} label={GROUP_LABELS[g]}>
            {table
              .filter((a) => a.group === g)
              .map((a) => (
                <option key={a.key} value={a.key}>
                  {assumptionName(a)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
});

/**
 * The robustness map: a claim's verdict for the lab's mineral over two assumptions the reader picks, from
 * GET /api/robustness for this scenario. Nothing loads until the section nears the screen.
 */
export const RobustnessPanel = memo(function RobustnessPanel(props: RobustnessPanelProps) {
  const [claim, setClaim] = useState<ClaimId>("C2");
  const [x, setX] = useState("crp-pk");
  const [y, setY] = useState("wage-au");
  const [n, setN] = useState(21);
  const section = useRef<HTMLElement>(null);
  const near = useNearView(section);
  const same = x === y;
  return (
    <section ref={section} aria-labelledby="robustness-heading" className="panel">
      <h2 id="robustness-heading">Robustness map</h2>
      <p>
        Where does a verdict turn? Pick a claim and two assumptions: each cell is the claim&apos;s verdict for{" "}
        {props.mineral.name.toLowerCase()} with those two values and everything else as in this scenario.
      </p>
      <div className="panel__controls">
        <label>
          Claim
          <select value={claim} onChange={(e) => setClaim(e.target.value as ClaimId)}>
            {CLAIM_IDS.map((c) => (
              <option key={c} value={c}>
                {c} {CLAIM_TITLES[c]}
              </option>
            ))}
          </select>
        </label>
        <KeySelect label="Across (x)" value={x} table={props.table} onChange={setX} />
        <KeySelect label="Up (y)" value={y} table={props.table} onChange={setY} />
        <label>
          Values per axis
          <select value={n} onChange={(e) => setN(Number(e.target.value))}>
            {GRID_OPTIONS.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
      </div>
      {same ? (
        <p role="alert" className="notice notice--error">
          Choose two different assumptions for the two axes.
        </p>
      ) : near ? (
        <Suspense fallback={null}>
          <RobustnessRun {...props} claim={claim} x={x} y={y} n={n} />
        </Suspense>
      ) : (
        <p>The map is drawn when this section comes into view.</p>
      )}
    </section>
  );
});
