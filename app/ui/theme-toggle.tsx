"use client";

import { useSyncExternalStore } from "react";
import {
  parseThemePreference,
  THEME_PREFERENCES,
  THEME_STORAGE_KEY,
  type ThemePreference,
} from "@/lib/theme/preference";
import "./theme-toggle.css";

const LABELS: Readonly<Record<ThemePreference, string>> = { system: "System", light: "Light", dark: "Dark" };

/** The choice made on this page, for when storage is blocked (private modes): it then holds until the page closes. */
let unsaved: ThemePreference = "system";
const listeners = new Set<() => void>();

function readPreference(): ThemePreference {
  try {
    return parseThemePreference(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return unsaved;
  }
}

/** Pins the theme on <html> (app/globals.css maps it to color-scheme), or lets the system decide. */
function applyPreference(preference: ThemePreference): void {
  const root = document.documentElement;
  if (preference === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", preference);
}

/** Follows choices made here and in the site's other tabs (the storage event fires only in the others). */
function subscribe(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key !== THEME_STORAGE_KEY && e.key !== null) return;
    applyPreference(readPreference());
    onChange();
  };
  listeners.add(onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

function choose(preference: ThemePreference): void {
  unsaved = preference;
  try {
    if (preference === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage blocked: the theme still changes on this page (see `unsaved`).
  }
  applyPreference(preference);
  for (const l of listeners) l();
}

/**
 * The theme toggle in the site header: System (follow the device), Light or Dark, kept in localStorage. The
 * stored choice is applied before first paint by the script in app/layout.tsx; this control shows only when that
 * script ran, as without JavaScript the page follows the system and a choice could not be kept.
 */
export function ThemeToggle() {
  const preference = useSyncExternalStore(subscribe, readPreference, () => "system" as const);
  return (
    <label className="theme-toggle">
      Theme
      <select value={preference} onChange={(e) => choose(parseThemePreference(e.target.value))}>
        {THEME_PREFERENCES.map((p) => (
          <option key={p} value={p}>
            {LABELS[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
