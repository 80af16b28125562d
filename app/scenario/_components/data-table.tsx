"use client";

import { useEffect, useRef, useState } from "react";

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

/**
 * A plain table view of a chart's rows (the same rows the chart draws, formatted). The lab's table views sit in
 * closed <details>; each table is made when its view is first opened (and kept after), so starting the lab does not
 * build and hydrate five tables nobody has asked for. Outside a <details> it is made at once.
 */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly Column[];
  rows: readonly Record<string, string>[];
}) {
  const marker = useRef<HTMLSpanElement>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const details = marker.current?.closest("details");
    const show = () => {
      if (!details || details.open) setWanted(true);
    };
    if (!details || details.open) {
      const t = window.setTimeout(show, 0);
      return () => window.clearTimeout(t);
    }
    details.addEventListener("toggle", show);
    return () => details.removeEventListener("toggle", show);
  }, []);
  if (!wanted) return <span ref={marker} hidden />;
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {columns.map((c, j) =>
              j === 0 ? (
                <th key={c.key} scope="row">
                  {r[c.key]}
                </th>
              ) : (
                <td key={c.key} className={c.numeric ? "num" : undefined}>
                  {r[c.key]}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
