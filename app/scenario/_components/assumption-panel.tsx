"use client";

import { memo, useMemo, useState } from "react";
import { presetValues } from "@/lib/model/presets";
import { type Assumption, GROUP_LABELS, GROUPS, type Preset, type ScenarioValues } from "@/lib/model/types";
import { assumptionName } from "@/lib/views/scenario-text";
import { FocusableButton } from "@/app/ui/focusable-button";
import { AssumptionControl } from "./assumption-control";

export interface AssumptionPanelProps {
  table: readonly Assumption[];
  presets: readonly Preset[];
  preset: string;
  values: ScenarioValues;
  sourceLabels: Readonly<Record<string, string>>;
  onChange: (key: string, value: number) => void;
  onReset: (keys: readonly string[]) => void;
}

/**
 * Every assumption, generated from the table, in collapsible groups with a filter and a reset per group. A closed
 * group's controls are made when it is first opened (and kept after): 127 controls at once would be most of what a
 * phone does to open the lab, and a closed group shows none of them.
 */
export const AssumptionPanel = memo(function AssumptionPanel({
  table,
  presets,
  preset,
  values,
  sourceLabels,
  onChange,
  onReset,
}: AssumptionPanelProps) {
  const [filter, setFilter] = useState("");
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([GROUPS[0]]));
  const base = useMemo(
    () => presetValues(table, presets.find((p) => p.id === preset) ?? presets[0]!),
    [table, presets, preset],
  );
  const names = useMemo(
    () => new Map(table.map((a) => [a.key, `${assumptionName(a)} ${a.key}`.toLowerCase()])),
    [table],
  );
  const resetOne = useMemo(() => (key: string) => onReset([key]), [onReset]);
  const query = filter.trim().toLowerCase();
  return (
    <section className="assumption-panel" aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">Assumptions</h2>
      <label className="assumption-panel__filter">
        Find an assumption
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="e.g. Pakistan, wage, freight"
        />
      </label>
      {GROUPS.map((g, i) => {
        const rows = table.filter((a) => a.group === g && (!query || names.get(a.key)!.includes(query)));
        if (!rows.length) return null;
        const changed = rows.filter((a) => values[a.key] !== base[a.key]);
        return (
          <details
            key={g}
            className="assumption-group"
            open={query ? true : i === 0 || undefined}
            onToggle={(e) => {
              if (e.currentTarget.open && !opened.has(g)) setOpened((prev) => new Set(prev).add(g));
            }}
          >
            <summary>
              <span className="assumption-group__title">{GROUP_LABELS[g]}</span>{" "}
              <span className="assumption-group__count">
                {rows.length} · {changed.length} changed
              </span>
            </summary>
            <FocusableButton
              className="link-button assumption-group__reset"
              unavailable={!changed.length}
              onClick={() => onReset(changed.map((a) => a.key))}
            >
              Reset {GROUP_LABELS[g].toLowerCase()}
            </FocusableButton>
            {(query || opened.has(g)) &&
              rows.map((a) => (
                <AssumptionControl
                  key={a.key}
                  a={a}
                  value={values[a.key]!}
                  presetValue={base[a.key]!}
                  sourceLabel={sourceLabels[a.sourceId] ?? a.sourceId}
                  onChange={onChange}
                  onReset={resetOne}
                />
              ))}
          </details>
        );
      })}
    </section>
  );
});
