"use client";

import { memo, useEffect, useId, useRef, useState } from "react";
import { type NormalisedScenario } from "@/lib/model/scenario";
import { type Assumption, type Preset } from "@/lib/model/types";
import { type Snapshot } from "@/lib/url/lab-state";
import {
  cleanName,
  type DamagedEntry,
  parseScenarioFile,
  type SavedScenario,
  serializeStore,
  STORE_KEY,
  summariseProblems,
  toScenarioFile,
} from "@/lib/url/scenario-file";
import { SavedList } from "./saved-list";
import { StoreProblems } from "./store-problems";
import { download, newId, notifyStore, slug, useSavedStore } from "./saved-store";

export interface SavedScenariosProps {
  table: readonly Assumption[];
  presets: readonly Preset[];
  /** The scenario being edited, normalised. */
  scenario: NormalisedScenario;
  onLoad: (s: Snapshot, name: string) => void;
}

type Message = { kind: "error" | "ok"; text: string } | null;

/**
 * Saved scenarios in this browser (localStorage) and scenario files. Everything read is validated: a damaged
 * store or file gets a message naming what is wrong, the current scenario is left as it is, and damaged saved
 * entries are kept (and written back unchanged) until the user deletes them.
 */
export const SavedScenarios = memo(function SavedScenarios({
  table,
  presets,
  scenario,
  onLoad,
}: SavedScenariosProps) {
  const { store, rawStore } = useSavedStore(table, presets);
  const [name, setName] = useState("");
  const [message, setMessage] = useState<Message>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const nameFieldId = `${ids}-name`;
  // Delete removes the button just pressed, which would drop keyboard focus onto the page; after the next render
  // focus goes to the name field.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const write = (entries: SavedScenario[], damaged: readonly DamagedEntry[], ok: string) => {
    try {
      window.localStorage.setItem(STORE_KEY, serializeStore(entries, damaged));
      notifyStore();
      setMessage({ kind: "ok", text: ok });
    } catch (error) {
      setMessage({
        kind: "error",
        text: `Could not save in this browser: ${(error as Error).message}. Download the scenario as a file instead.`,
      });
    }
  };

  const save = () => {
    if (store.unreadable) {
      setMessage({
        kind: "error",
        text: "Saving is paused because the saved scenarios could not be read (see above). Download or clear them first.",
      });
      return;
    }
    const clean = cleanName(name);
    if (!clean) {
      setMessage({ kind: "error", text: "Give the scenario a name before saving." });
      return;
    }
    const entry = { ...toScenarioFile(clean, scenario, new Date().toISOString()), id: newId() };
    write([...store.entries, entry], store.damaged, `Saved “${clean}”.`);
    setName("");
  };

  const load = (e: SavedScenario & { warnings: { message: string }[] }) => {
    const p = presets.find((x) => x.id === e.preset)!;
    onLoad(
      {
        preset: e.preset,
        values: {
          ...Object.fromEntries(table.map((a) => [a.key, a.default])),
          ...p.values,
          ...e.assumptions,
        },
      },
      e.name,
    );
    setMessage({
      kind: "ok",
      text: `Loaded “${e.name}”.${e.warnings.length ? ` Adjusted: ${summariseProblems(e.warnings.map((w) => w.message))}.` : ""}`,
    });
  };

  const rename = (id: string, newName: string): boolean => {
    const clean = cleanName(newName);
    if (!clean) {
      setMessage({ kind: "error", text: "A name cannot be empty." });
      return false;
    }
    write(
      store.entries.map((e) => (e.id === id ? { ...e, name: clean } : e)),
      store.damaged,
      `Renamed to “${clean}”.`,
    );
    return true;
  };

  const remove = (id: string) => {
    const e = store.entries.find((x) => x.id === id);
    write(
      store.entries.filter((x) => x.id !== id),
      store.damaged,
      `Deleted “${e?.name ?? ""}”.`,
    );
    pendingFocus.current = nameFieldId;
  };

  const removeDamaged = (index: number) => {
    write(
      store.entries,
      store.damaged.filter((d) => d.index !== index),
      "Deleted the damaged entry.",
    );
    pendingFocus.current = nameFieldId;
  };

  const importFile = async (file: File) => {
    const text = file.size > 200 * 1024 ? "" : await file.text();
    const r = parseScenarioFile(text, file.size, table, presets);
    if (!r.ok) {
      setMessage({
        kind: "error",
        text: `“${cleanName(file.name)}” was not loaded: ${summariseProblems(r.errors)}. Your current scenario is unchanged.`,
      });
      return;
    }
    onLoad({ preset: r.scenario.preset, values: r.scenario.values }, r.name);
    setMessage({
      kind: "ok",
      text: `Loaded “${r.name}” from ${cleanName(file.name)}.${r.warnings.length ? ` Adjusted: ${summariseProblems(r.warnings.map((w) => w.message))}.` : ""}`,
    });
  };

  return (
    <section aria-labelledby="saved-heading" className="panel">
      <h2 id="saved-heading">Saved scenarios</h2>
      <StoreProblems
        store={store}
        rawStore={rawStore}
        onCleared={() => setMessage({ kind: "ok", text: "Cleared the damaged saved data." })}
        onDeleteDamaged={removeDamaged}
      />
      <div className="panel__controls">
        <label>
          Name
          <input
            id={nameFieldId}
            type="text"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && save()}
          />
        </label>
        <button type="button" onClick={save}>
          Save scenario
        </button>
        <button
          type="button"
          onClick={() =>
            void download(
              `scenario-${slug(name || "current")}.json`,
              JSON.stringify(
                toScenarioFile(name || "Current scenario", scenario, new Date().toISOString()),
                null,
                2,
              ),
            )
          }
        >
          Download scenario file
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Load scenario file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Scenario file to load"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = "";
          }}
        />
      </div>
      {message ? (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "notice notice--error" : "notice notice--ok"}
        >
          {message.text}
        </p>
      ) : null}
      {store.entries.length ? (
        <SavedList
          entries={store.entries}
          presets={presets}
          onLoad={load}
          onRename={rename}
          onDelete={remove}
        />
      ) : store.unreadable ? null : (
        <p className="muted">No saved scenarios in this browser yet.</p>
      )}
    </section>
  );
});
