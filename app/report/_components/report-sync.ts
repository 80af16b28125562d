import { REPORT_STORE_KEY } from "@/lib/export/report-store";

/*
 * The report's added charts live in localStorage (lib/export/report-store.ts): the builder subscribes to them, so
 * a chart added in another tab, or removed here, shows at once.
 */

const listeners = new Set<() => void>();
/** Subscribes to changes of the stored charts, in this tab (notify) or another (the storage event). */
export function subscribe(l: () => void) {
  listeners.add(l);
  const onStorage = (e: StorageEvent) => {
    if (e.key === REPORT_STORE_KEY || e.key === null) l();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(l);
    window.removeEventListener("storage", onStorage);
  };
}
/** The stored charts as text, or null when storage is unavailable. */
export const read = () => {
  try {
    return window.localStorage.getItem(REPORT_STORE_KEY);
  } catch {
    return null;
  }
};
/** Tells this tab's subscribers that the stored charts changed. */
export const notify = () => listeners.forEach((l) => l());
