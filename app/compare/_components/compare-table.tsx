import Link from "next/link";
import { IntentLink } from "@/app/ui/intent-link";
import { STATUS_LABELS, STATUSES } from "@/lib/data/constants";
import { type CompareView } from "@/lib/views/compare";
import { CellContent } from "@/app/ui/chart-table";
import { NumberSource } from "@/app/ui/number-source";
import { TableScroll } from "@/app/ui/table-scroll";

type Table = CompareView["table"];

/**
 * A column header whose link sorts the table by it (a full server render, so it works without JavaScript); a text
 * column (a name, a route) is a plain header.
 */
function SortHeader({ table, index, rowSpan }: { table: Table; index: number; rowSpan?: number }) {
  const column = table.model.columns[index]!;
  const sort = table.sort[column.key];
  if (!sort)
    return (
      <th scope="col" rowSpan={rowSpan}>
        {column.label}
      </th>
    );
  return (
    <th
      scope="col"
      aria-sort={sort.sorted}
      className={column.kind === "number" ? "num" : undefined}
      rowSpan={rowSpan}
    >
      {/* Each sort order is a full server render; fetch it when chosen, not for every header in view. */}
      <Link className="sort-link" href={sort.href} prefetch={false} title={sort.title}>
        {column.label}
        <span className="sort-link__arrow" aria-hidden="true">
          {sort.arrow}
        </span>
      </Link>
    </th>
  );
}

/** The comparison table: countries as rows, every figure as a sortable column under its group. */
export function CompareTable({ table }: { table: Table }) {
  const { columns, rows, caption } = table.model;
  const groups: { name: string; span: number }[] = [];
  for (const c of columns.slice(1)) {
    const last = groups[groups.length - 1];
    if (last && last.name === c.group) last.span += 1;
    else groups.push({ name: c.group ?? "", span: 1 });
  }
  return (
    <TableScroll label="Comparison table (scrolls sideways)">
      <table className="data compare-table">
        <caption>{caption}</caption>
        <colgroup span={1} />
        {groups.map((g) => (
          <colgroup key={g.name} span={g.span} />
        ))}
        <thead>
          <tr>
            <SortHeader table={table} index={0} rowSpan={2} />
            {groups.map((g) => (
              <th key={g.name} scope="colgroup" colSpan={g.span}>
                {g.name}
                {table.groupNotes[g.name] ? <span className="hint">{table.groupNotes[g.name]}</span> : null}
              </th>
            ))}
          </tr>
          <tr>
            {columns.slice(1).map((c, i) => (
              <SortHeader key={c.key} table={table} index={i + 1} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.focus ? "is-focus" : undefined}>
              {columns.map((c, i) => {
                const cell = r.cells[i]!;
                if (c.kind === "label")
                  return (
                    <th key={c.key} scope="row">
                      <CellContent cell={cell} column={c} />
                    </th>
                  );
                const className =
                  c.kind !== "number" ? undefined : cell.value === null ? "num cell-gap" : "num";
                return (
                  <td key={c.key} className={className} title={cell.title}>
                    <CellContent cell={cell} column={c} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Per column, each distinct source, year and status with the countries it covers. */
export function ProvenanceList({ provenance }: { provenance: CompareView["provenance"] }) {
  return (
    <ul className="provenance-list">
      {provenance.map((c) => (
        <li key={c.label}>
          <strong>{c.label}</strong>:{" "}
          {c.groups.map((g, i) => (
            <span key={i}>
              {i ? "; " : ""}
              {g.countries} — <NumberSource {...g.cell} />
            </span>
          ))}
        </li>
      ))}
      <li>
        Statuses: {STATUSES.map((s) => STATUS_LABELS[s]).join(", ")} — see{" "}
        <IntentLink href="/sources#status">what each means</IntentLink>.
      </li>
    </ul>
  );
}
