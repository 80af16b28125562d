"use client";

import { memo } from "react";
import { type Preset } from "@/lib/model/types";
import { FocusableButton } from "@/app/ui/focusable-button";
import { type LabAction } from "./use-lab-state";

export interface LabToolbarProps {
  presets: readonly Preset[];
  preset: string;
  dispatch: (action: LabAction) => void;
  /** Which buttons can act: Reset all (something changed), Undo, Redo, and the A/B buttons (A is pinned). */
  canReset: boolean;
  canUndo: boolean;
  canRedo: boolean;
  hasA: boolean;
  resetKeys: readonly string[];
}

/** The lab's scenario tools: the preset, reset, undo and redo, and keeping, copying, swapping or clearing A. */
export const LabToolbar = memo(function LabToolbar({
  presets,
  preset,
  dispatch,
  canReset,
  canUndo,
  canRedo,
  hasA,
  resetKeys,
}: LabToolbarProps) {
  return (
    // A group, not a toolbar: each control is its own Tab stop, not one arrow-key widget as role toolbar promises.
    <div className="lab__toolbar" role="group" aria-label="Scenario tools">
      <label>
        Preset
        <select value={preset} onChange={(e) => dispatch({ type: "preset", id: e.target.value })}>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <FocusableButton onClick={() => dispatch({ type: "reset", keys: resetKeys })} unavailable={!canReset}>
        Reset all
      </FocusableButton>
      <FocusableButton onClick={() => dispatch({ type: "undo" })} unavailable={!canUndo}>
        Undo
      </FocusableButton>
      <FocusableButton onClick={() => dispatch({ type: "redo" })} unavailable={!canRedo}>
        Redo
      </FocusableButton>
      <span className="lab__toolbar-sep" aria-hidden="true" />
      <button type="button" onClick={() => dispatch({ type: "pin-a" })}>
        Keep as A
      </button>
      <FocusableButton onClick={() => dispatch({ type: "copy-a-to-b" })} unavailable={!hasA}>
        Copy A to B
      </FocusableButton>
      <FocusableButton onClick={() => dispatch({ type: "swap" })} unavailable={!hasA}>
        Swap A and B
      </FocusableButton>
      <FocusableButton onClick={() => dispatch({ type: "clear-a" })} unavailable={!hasA}>
        Clear A
      </FocusableButton>
    </div>
  );
});
