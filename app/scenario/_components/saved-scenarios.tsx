"use client";

import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { type NormalisedScenario } from "@/lib/model/scenario";
import { type Assumption, type Preset } from "@/lib/model/types";
import { type Snapshot } from "@/lib/url/lab-state";
import {
  cleanName,
  type DamagedEntry,
  parseScenarioFile,
  parseStore,
  type SavedScenario,
  serializeStore,
  STORE_KEY,
  type StoreContents,
  summariseProblems,
  toScenarioFile,
} from "@/lib/url/scenario-file";

export interface SavedScenariosProps {
  table: readonly Assumption[];
  presets: readonly Preset[];
  /** The scenario being edited, normalised. */
  scenario: NormalisedScenario;
  onLoad: (s: Snapshot, name: string) => void;
}

type Message = { kind: "error" | "ok"; text: string } | null;

/** localStorage as an external store: other tabs announce changes with "storage" events, this tab with notifyStore. */
const BLOCKED = "\u0000blocked";
const SERVER_SNAPSHOT = null;
const listeners = new Set<() => void>();

function subscribeStore(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORE_KEY || e.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function readStore(): string | null {
  try {
    return window.localStorage.getItem(STORE_KEY);
  } catch {
    return BLOCKED;
  }
}

function notifyStore() {
  for (const l of listeners) l();
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "scenario"
  );
}

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function newId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Saved scenarios in this browser (localStorage) and scenario files. Everything read is validated: a damaged
 * store or file gets a message naming what is wrong, the current scenario is left as it is, and damaged saved
 * entries are kept (and written back unchanged) until the user deletes them.
 */
export function SavedScenarios({ table, presets, scenario, onLoad }: SavedScenariosProps) {
  const raw = useSyncExternalStore(subscribeStore, readStore, () => SERVER_SNAPSHOT);
  const store: StoreContents = useMemo(
    () =>
      raw === BLOCKED
        ? {
            entries: [],
            damaged: [],
            unreadable: "this browser does not allow saved data here (storage is blocked)",
          }
        : parseStore(raw, table, presets),
    [raw, table, presets],
  );
  const rawStore = raw === BLOCKED ? null : raw;
  const [name, setName] = useState("");
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const nameFieldId = `${ids}-name`;
  const newNameId = `${ids}-new-name`;
  const renameButtonId = (id: string) => `${ids}-rename-${id}`;
  // Rename, Save name, Cancel and Delete replace or remove the button just pressed, which would drop keyboard focus
  // onto the page; after the next render focus goes to where the work continues.
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

  const rename = () => {
    if (!renaming) return;
    const clean = cleanName(renaming.name);
    if (!clean) {
      setMessage({ kind: "error", text: "A name cannot be empty." });
      return;
    }
    write(
      store.entries.map((e) => (e.id === renaming.id ? { ...e, name: clean } : e)),
      store.damaged,
      `Renamed to “${clean}”.`,
    );
    pendingFocus.current = renameButtonId(renaming.id);
    setRenaming(null);
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
      {store.unreadable ? (
        <div role="alert" className="notice notice--error">
          <p>
            Your saved scenarios could not be read: {store.unreadable}. They are left untouched in this
            browser.
          </p>
          <button
            type="button"
            onClick={() => download("saved-scenarios-damaged.json", rawStore ?? "")}
            disabled={rawStore === null}
          >
            Download the damaged data
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              window.localStorage.removeItem(STORE_KEY);
              notifyStore();
              setMessage({ kind: "ok", text: "Cleared the damaged saved data." });
            }}
          >
            Clear the damaged data
          </button>
        </div>
      ) : null}
      {store.damaged.length ? (
        <div role="alert" className="notice">
          <p>
            {store.damaged.length} saved scenario{store.damaged.length === 1 ? "" : "s"} could not be read and{" "}
            {store.damaged.length === 1 ? "is" : "are"} kept as found:
          </p>
          <ul>
            {store.damaged.map((d) => (
              <li key={d.index}>
                {d.name ? `“${d.name}”` : `Entry ${d.index + 1}`}: {d.reason}.{" "}
                <button type="button" className="link-button" onClick={() => removeDamaged(d.index)}>
                  Delete {d.name ? `“${d.name}”` : `entry ${d.index + 1}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
            download(
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
        <ul className="saved-list" aria-label="Saved scenarios">
          {store.entries.map((e) => (
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
                    {presets.find((p) => p.id === e.preset)?.label}, {Object.keys(e.assumptions).length}{" "}
                    change{Object.keys(e.assumptions).length === 1 ? "" : "s"}
                  </span>
                  <button type="button" onClick={() => load(e)} aria-label={`Load “${e.name}”`}>
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
                      download(
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
                  <button type="button" onClick={() => remove(e.id)} aria-label={`Delete “${e.name}”`}>
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : store.unreadable ? null : (
        <p className="muted">No saved scenarios in this browser yet.</p>
      )}
    </section>
  );
}
