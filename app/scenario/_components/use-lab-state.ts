"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { presetValues } from "@/lib/model/presets";
import { type Assumption, type Preset } from "@/lib/model/types";
import { type LabView, parseLabParams, serializeLabParams, type Snapshot } from "@/lib/url/lab-state";

/** Edits of the same assumption closer together than this are one undo step (one slider drag). */
const COALESCE_MS = 1000;
const MAX_HISTORY = 100;
/** Slider moves update the address bar after this pause (router history is not a per-pixel log). */
const URL_DEBOUNCE_MS = 250;

export interface LabState {
  current: Snapshot;
  past: Snapshot[];
  future: Snapshot[];
  a: Snapshot | null;
  view: LabView;
  lastEdit: { key: string; at: number } | null;
  /** How the next URL update is written: a new history entry for discrete actions, a replacement while sliding. */
  navigation: "push" | "replace" | "none";
}

export type LabAction =
  | { type: "set"; key: string; value: number; at: number }
  | { type: "preset"; id: string }
  | { type: "reset"; keys: readonly string[] }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "pin-a" }
  | { type: "copy-a-to-b" }
  | { type: "swap" }
  | { type: "clear-a" }
  | { type: "load"; current: Snapshot; a?: Snapshot | null; view?: LabView; navigation: "push" | "none" }
  | { type: "view"; view: Partial<LabView> };

function withHistory(state: LabState, next: Snapshot, navigation: LabState["navigation"] = "push"): LabState {
  return {
    ...state,
    past: [...state.past, state.current].slice(-MAX_HISTORY),
    future: [],
    current: next,
    lastEdit: null,
    navigation,
  };
}

export function makeReducer(table: readonly Assumption[], presets: readonly Preset[]) {
  const byKey = new Map(table.map((a) => [a.key, a]));
  const presetOf = (id: string) => presets.find((p) => p.id === id) ?? presets[0]!;
  return function reducer(state: LabState, action: LabAction): LabState {
    switch (action.type) {
      case "set": {
        const a = byKey.get(action.key);
        if (!a) return state;
        const value = Math.min(a.max, Math.max(a.min, action.value));
        if (state.current.values[action.key] === value) return state;
        const next = { ...state.current, values: { ...state.current.values, [action.key]: value } };
        const coalesce = state.lastEdit?.key === action.key && action.at - state.lastEdit.at < COALESCE_MS;
        const base = coalesce
          ? { ...state, current: next, navigation: "replace" as const }
          : { ...withHistory(state, next, "replace") };
        return { ...base, lastEdit: { key: action.key, at: action.at } };
      }
      case "preset":
        return withHistory(state, { preset: action.id, values: presetValues(table, presetOf(action.id)) });
      case "reset": {
        const base = presetValues(table, presetOf(state.current.preset));
        const values = { ...state.current.values };
        for (const k of action.keys) values[k] = base[k]!;
        return withHistory(state, { ...state.current, values });
      }
      case "undo": {
        const prev = state.past[state.past.length - 1];
        if (!prev) return state;
        return {
          ...state,
          past: state.past.slice(0, -1),
          future: [state.current, ...state.future],
          current: prev,
          lastEdit: null,
          navigation: "push",
        };
      }
      case "redo": {
        const next = state.future[0];
        if (!next) return state;
        return {
          ...state,
          past: [...state.past, state.current],
          future: state.future.slice(1),
          current: next,
          lastEdit: null,
          navigation: "push",
        };
      }
      case "pin-a":
        return { ...state, a: state.current, navigation: "push" };
      case "clear-a":
        return { ...state, a: null, navigation: "push" };
      case "copy-a-to-b":
        return state.a ? withHistory(state, state.a) : state;
      case "swap":
        return state.a ? { ...withHistory(state, state.a), a: state.current } : state;
      case "load":
        return {
          ...(action.navigation === "none"
            ? { ...state, current: action.current, lastEdit: null }
            : withHistory(state, action.current)),
          a: action.a === undefined ? state.a : action.a,
          view: action.view ?? state.view,
          navigation: action.navigation,
        };
      case "view":
        return { ...state, view: { ...state.view, ...action.view }, navigation: "replace" };
    }
  };
}

/**
 * The lab's state: the scenario being edited (B), its undo and redo stacks, the pinned scenario A and the view.
 * The address bar follows it (a new history entry for discrete actions, a replaced one while sliding), the
 * browser's back and forward buttons restore it, and Ctrl+Z / Shift+Ctrl+Z undo and redo.
 */
export function useLabState(
  table: readonly Assumption[],
  presets: readonly Preset[],
  initial: { current: Snapshot; a: Snapshot | null; view: LabView },
) {
  const reducer = useMemo(() => makeReducer(table, presets), [table, presets]);
  const [state, dispatch] = useReducer(reducer, undefined, () => ({
    ...initial,
    past: [],
    future: [],
    lastEdit: null,
    navigation: "none" as const,
  }));
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (state.navigation === "none") return;
    const query = serializeLabParams(state, table, presets);
    const write = () => {
      if (window.location.search.slice(1) === query) return;
      const url = `${window.location.pathname}?${query}`;
      // History's own methods, not the window's: Next.js wraps those to follow every write with a render of its
      // router (the site navigation's links included) and a second write of the entry, about 10 ms of main thread
      // per write, which a drag at 4x CPU ran into. The lab's address is its own state (read back on popstate
      // below); Next's entry state is carried over so that back and forward still reach its router.
      const method =
        state.navigation === "push" ? History.prototype.pushState : History.prototype.replaceState;
      method.call(window.history, window.history.state, "", url);
    };
    window.clearTimeout(timer.current);
    if (state.navigation === "push") write();
    else timer.current = window.setTimeout(write, URL_DEBOUNCE_MS);
  }, [state, table, presets]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    const read = () => parseLabParams(new URLSearchParams(window.location.search), table, presets);
    const fromAddress = () => {
      const parsed = read();
      dispatch({ type: "load", current: parsed.current, a: parsed.a, view: parsed.view, navigation: "none" });
    };
    // Back to the lab from another page, Next renders the page it kept, with the scenario the lab opened with,
    // under an address that holds the scenario as last edited: the address wins.
    if (serializeLabParams(read(), table, presets) !== serializeLabParams(initial, table, presets))
      fromAddress();
    window.addEventListener("popstate", fromAddress);
    return () => window.removeEventListener("popstate", fromAddress);
    // Once, on mount: `initial` is the scenario the page was rendered with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, presets]);

  // Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z redoes, except while typing in a field (which has its own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (
        t &&
        ((t.tagName === "INPUT" && (t as HTMLInputElement).type !== "range") ||
          t.tagName === "TEXTAREA" ||
          t.tagName === "SELECT")
      )
        return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        dispatch({ type: e.shiftKey ? "redo" : "undo" });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const set = useCallback(
    (key: string, value: number) => dispatch({ type: "set", key, value, at: performance.now() }),
    [],
  );
  return { state, dispatch, set };
}
