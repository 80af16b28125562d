"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { memo, useMemo } from "react";
import { type ClaimId } from "@/lib/model/claims";
import { type MineralModelData } from "@/lib/model/model-data";
import { type Assumption } from "@/lib/model/types";
import { type LabFrame } from "@/lib/views/lab";
import { buildRobustnessChart, type RobustnessAnswer } from "@/lib/views/lab-robustness";
import { ChartFrame } from "@/app/ui/chart-frame";
import { QueryProvider } from "@/app/ui/query-provider";
import { useSettled } from "./use-uncertainty";

/** A new map is asked for once the sliders have settled this long. */
const SETTLE_MS = 400;

export interface RobustnessRunProps {
  table: readonly Assumption[];
  /** The scenario's normalised query string, as a link writes it. */
  query: string;
  mineral: Pick<MineralModelData, "id" | "name">;
  competitor: string;
  claim: ClaimId;
  x: string;
  y: string;
  n: number;
  frame: LabFrame;
}

/** Reads the API's answer, or the first of its errors in words. */
async function fetchGrid(url: string, signal: AbortSignal): Promise<RobustnessAnswer> {
  const response = await fetch(url, { signal });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const errors = (body as { errors?: { field: string; message: string }[] } | null)?.errors ?? [];
    throw new Error(errors.map((e) => `${e.field}: ${e.message}`).join("; ") || `HTTP ${response.status}`);
  }
  return body as RobustnessAnswer;
}

/**
 * The map as drawn: memoised, so that it is redrawn when a new grid arrives, not on each slider step. Its frame is
 * the one the grid was asked with, so the caption names the scenario the map shows.
 */
const RobustnessChart = memo(function RobustnessChart({
  answer,
  x,
  y,
  mineralName,
  frame,
}: {
  answer: RobustnessAnswer;
  x: Assumption;
  y: Assumption;
  mineralName: string;
  frame: LabFrame;
}) {
  return <ChartFrame model={buildRobustnessChart(answer, x, y, mineralName, frame)} deferTable />;
});

function RobustnessMap({ table, query, mineral, competitor, claim, x, y, n, frame }: RobustnessRunProps) {
  const params = new URLSearchParams(query);
  for (const [k, v] of Object.entries({ claim, mineral: mineral.id, x, y, n: String(n), competitor }))
    params.set(k, v);
  const url = `/api/robustness?${params.toString()}`;
  const wanted = useMemo(() => ({ url, frame }), [url, frame]);
  const asked = useSettled(url, wanted, SETTLE_MS, false);
  const grid = useQuery({
    queryKey: ["robustness", asked.url],
    queryFn: async ({ signal }) => ({ answer: await fetchGrid(asked.url, signal), frame: asked.frame }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const answer = grid.data?.answer;
  const xa = table.find((a) => a.key === answer?.x.key);
  const ya = table.find((a) => a.key === answer?.y.key);
  return (
    <div aria-busy={grid.isFetching}>
      {grid.error ? (
        <p role="alert" className="notice notice--error">
          The robustness map could not be drawn: {grid.error.message}
        </p>
      ) : null}
      {grid.isPending ? <p>Drawing the map…</p> : null}
      {grid.data && xa && ya ? (
        <RobustnessChart
          answer={grid.data.answer}
          x={xa}
          y={ya}
          mineralName={mineral.name}
          frame={grid.data.frame}
        />
      ) : null}
    </div>
  );
}

/** The map for the chosen claim and axes, fetched from /api/robustness once the scenario settles. */
export function RobustnessRun(props: RobustnessRunProps) {
  return (
    <QueryProvider>
      <RobustnessMap {...props} />
    </QueryProvider>
  );
}
