"use client";

import { STORE_KEY, type StoreContents } from "@/lib/url/scenario-file";
import { download, notifyStore } from "./saved-store";

/**
 * What is wrong with the saved scenarios, if anything: a store that cannot be read at all (download it or clear
 * it), or entries that cannot be read (kept as found until deleted).
 */
export function StoreProblems({
  store,
  rawStore,
  onCleared,
  onDeleteDamaged,
}: {
  store: StoreContents;
  /** The store's text as found, for the download. */
  rawStore: string | null;
  onCleared: () => void;
  onDeleteDamaged: (index: number) => void;
}) {
  return (
    <>
      {store.unreadable ? (
        <div role="alert" className="notice notice--error">
          <p>
            Your saved scenarios could not be read: {store.unreadable}. They are left untouched in this
            browser.
          </p>
          <button
            type="button"
            onClick={() => void download("saved-scenarios-damaged.json", rawStore ?? "")}
            disabled={rawStore === null}
          >
            Download the damaged data
          </button>{" "}
          <button
            type="button"
            onClick={() => {
              window.localStorage.removeItem(STORE_KEY);
              notifyStore();
              onCleared();
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
                <button type="button" className="link-button" onClick={() => onDeleteDamaged(d.index)}>
                  Delete {d.name ? `“${d.name}”` : `entry ${d.index + 1}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
