import { useMemo, useSyncExternalStore } from "react";
import { type Assumption, type Preset } from "@/lib/model/types";
import { parseStore, STORE_KEY, type StoreContents } from "@/lib/url/scenario-file";

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

/** Tells this tab's readers that the store changed (other tabs hear a "storage" event). */
export function notifyStore() {
  for (const l of listeners) l();
}

/** A file-name part from a scenario's name: "Low risk" → "low-risk". */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "scenario"
  );
}

/** Starts a download of `text` as a JSON file (the export code that saves files loads on first use). */
export async function download(filename: string, text: string): Promise<void> {
  const { downloadBlob } = await import("@/lib/export/dom");
  downloadBlob(new Blob([text], { type: "application/json" }), filename);
}

/** A new saved entry's id, unique enough for one browser's store. */
export function newId(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The saved scenarios as this browser holds them, parsed and validated (damaged entries kept apart), and the raw
 * text (null where there is none or storage is blocked), following changes from this tab and others.
 */
export function useSavedStore(
  table: readonly Assumption[],
  presets: readonly Preset[],
): { store: StoreContents; rawStore: string | null } {
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
  return { store, rawStore: raw === BLOCKED ? null : raw };
}
