"use client";

import { useEffect, useId, useRef, useState } from "react";
import { type Preset } from "@/lib/model/types";
import { type SavedScenario, toScenarioFile } from "@/lib/url/scenario-file";
import { download, slug } from "./saved-store";

export interface SavedListProps {
  entries: readonly (SavedScenario & { warnings: { message: string }[] })[];
  presets: readonly Preset[];
  onLoad: (entry: SavedListProps["entries"][number]) => void;
  /** Renames an entry; false when the name was refused (the field then stays open). */
  onRename: (id: string, name: string) => boolean;
  onDelete: (id: string) => void;
}

/** The scenarios saved in this browser, each with Load, Rename, Download and Delete. */
export function SavedList({ entries, presets, onLoad, onRename, onDelete }: SavedListProps) {
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const ids = useId();
  const newNameId = `${ids}-new-name`;
  const renameButtonId = (id: string) => `${ids}-rename-${id}`;
  // Rename, Save name and Cancel replace the button just pressed, which would drop keyboard focus onto the page;
  // after the next render focus goes to where the work continues.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const rename = () => {
    if (!renaming || !onRename(renaming.id, renaming.name)) return;
    pendingFocus.current = renameButtonId(renaming.id);
    setRenaming(null);
  };

  return (
    <ul className="saved-list" aria-label="Saved scenarios">
      {entries.map((e) => (
        <li key={e.id}>
          {renaming?.id === e.id ? (
            <>
              <label>
                New name for “{e.name}”
                <input
                  id={newNameId}
                  type="text"
                  value={renaming.name}
                  maxLength={80}
                  onChange={(x) => setRenaming({ id: e.id, name: x.target.value })}
                  onKeyDown={(x) => x.key === "Enter" && rename()}
                />
              </label>
              <button type="button" onClick={rename}>
                Save name
              </button>
              <button
                type="button"
                onClick={() => {
                  pendingFocus.current = renameButtonId(e.id);
                  setRenaming(null);
                }}
              >
                Cancel
              </button>
            </>
          ) : (
            <>
              <span className="saved-list__name">{e.name}</span>{" "}
              <span className="saved-list__meta">
                {presets.find((p) => p.id === e.preset)?.label}, {Object.keys(e.assumptions).length} change
                {Object.keys(e.assumptions).length === 1 ? "" : "s"}
              </span>
              <button type="button" onClick={() => onLoad(e)} aria-label={`Load “${e.name}”`}>
                Load
              </button>
              <button
                id={renameButtonId(e.id)}
                type="button"
                onClick={() => {
                  pendingFocus.current = newNameId;
                  setRenaming({ id: e.id, name: e.name });
                }}
                aria-label={`Rename “${e.name}”`}
              >
                Rename
              </button>
              <button
                type="button"
                onClick={() =>
                  void download(
                    `scenario-${slug(e.name)}.json`,
                    JSON.stringify(
                      toScenarioFile(
                        e.name,
                        { preset: e.preset, values: {}, changed: e.assumptions },
                        e.savedAt,
                      ),
                      null,
                      2,
                    ),
                  )
                }
                aria-label={`Download “${e.name}”`}
              >
                Download
              </button>
              <button type="button" onClick={() => onDelete(e.id)} aria-label={`Delete “${e.name}”`}>
                Delete
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
