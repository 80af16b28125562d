"use client";

import { useId, useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

export interface CountryOption {
  code: string;
  name: string;
  checked: boolean;
}

/**
 * The compare page's country checkboxes with a search box that narrows the list as you type. The checkboxes are
 * server-rendered and submit with a plain GET form, so the picker works without JavaScript; the search box appears
 * only once the script runs, since it can do nothing without it. Filtered-out boxes are hidden, not removed, so
 * they keep their state and still submit.
 */
export function CountryPicker({
  options,
  min,
  max,
}: {
  options: readonly CountryOption[];
  min: number;
  max: number;
}) {
  // False in the server HTML and true once hydrated, without a render cascade.
  const ready = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [query, setQuery] = useState("");
  const [count, setCount] = useState(options.filter((o) => o.checked).length);
  const searchId = useId();
  const statusId = useId();
  const q = query.trim().toLowerCase();
  const matches = (o: CountryOption) => !q || o.name.toLowerCase().includes(q) || o.code.toLowerCase() === q;
  const shown = options.filter(matches).length;
  return (
    <>
      <div className="field" hidden={!ready}>
        <label htmlFor={searchId}>Find a country</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={statusId}
          autoComplete="off"
        />
      </div>
      <ul
        className="checkbox-list"
        onChange={(e) => setCount(e.currentTarget.querySelectorAll("input:checked").length)}
      >
        {options.map((o) => (
          <li key={o.code} hidden={!matches(o)}>
            <label>
              <input type="checkbox" name="countries" value={o.code} defaultChecked={o.checked} />
              {o.name} ({o.code})
            </label>
          </li>
        ))}
      </ul>
      <p className="picker__status" id={statusId} aria-live="polite">
        {ready && q ? `${shown} of ${options.length} countries match. ` : ""}
        {count} selected; choose {min} to {max}.
      </p>
    </>
  );
}
