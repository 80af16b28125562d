import { type ChartTable, type TableCell, type TableColumn, type TableRow } from "@/lib/charts/chart-model";
import { formatNumber } from "@/lib/charts/format";
import { STATUSES, type Status } from "@/lib/data/constants";
import { StatusBadge } from "./status-badge";
import { TableScroll } from "./table-scroll";

const isStatus = (v: unknown): v is Status =>
  typeof v === "string" && (STATUSES as readonly string[]).includes(v);

/** Status words short enough for a table cell; published and derived values carry no mark. */
const MARKS: Partial<Record<Status, string>> = {
  "source-estimate": "estimate",
  secondary: "secondary",
  assumption: "assumption",
};

/** What a table cell shows: its text (or link), a status mark and a note; a status column shows a badge. */
export function CellContent({ cell, column }: { cell: TableCell; column: TableColumn }) {
  if (column.kind === "status" && isStatus(cell.value)) return <StatusBadge status={cell.value} />;
  const text =
    cell.display ?? (typeof cell.value === "number" ? formatNumber(cell.value) : (cell.value ?? ""));
  if (column.kind === "code") return <code>{text}</code>;
  const mark = cell.mark ? MARKS[cell.mark] : undefined;
  return (
    <>
      {cell.href ? <a href={cell.href}>{text}</a> : text}
      {mark ? <span className={`status-mark status-mark--${cell.mark}`}>{mark}</span> : null}
      {cell.note ? <span className="cell-note">{cell.note}</span> : null}
    </>
  );
}

/** Runs of adjacent columns under one group heading (ungrouped columns form runs of their own). */
function columnGroups(columns: readonly TableColumn[]): { group: string | undefined; span: number }[] {
  const runs: { group: string | undefined; span: number }[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && c.group !== undefined && last.group === c.group) last.span += 1;
    else runs.push({ group: c.group, span: 1 });
  }
  return runs;
}

/** Runs of adjacent rows under one heading, each drawn as a `<tbody>` of its own (rows without a heading: one run). */
function rowGroups(rows: readonly TableRow[]): { group: string | undefined; rows: TableRow[] }[] {
  const runs: { group: string | undefined; rows: TableRow[] }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.group === r.group) last.rows.push(r);
    else runs.push({ group: r.group, rows: [r] });
  }
  return runs.length ? runs : [{ group: undefined, rows: [] }];
}

function BodyRow({ row, columns }: { row: TableRow; columns: readonly TableColumn[] }) {
  return (
    <tr className={row.focus ? "is-focus" : undefined}>
      {columns.map((c, i) => {
        const cell = row.cells[i] ?? { value: null };
        return c.kind === "label" ? (
          <th key={c.key} scope="row" title={cell.title}>
            <CellContent cell={cell} column={c} />
          </th>
        ) : (
          <td key={c.key} className={c.kind === "number" ? "num" : undefined} title={cell.title}>
            <CellContent cell={cell} column={c} />
          </td>
        );
      })}
    </tr>
  );
}

/**
 * A table from a table model: a chart's table view (exactly the rows its CSV writes) or any data table. Units in
 * the headers, numbers aligned right, statuses as badges, sources as links, group headings over their columns and
 * their rows. Works on the server and in the browser.
 */
export function ChartTableView({ table }: { table: ChartTable }) {
  const grouped = table.columns.some((c) => c.group !== undefined);
  const runs = grouped ? columnGroups(table.columns) : [];
  const header = (c: TableColumn, rowSpan?: number) => (
    <th key={c.key} scope="col" rowSpan={rowSpan} className={c.kind === "number" ? "num" : undefined}>
      {c.label}
      {c.unit ? ` (${c.unit})` : ""}
    </th>
  );
  return (
    <table className="data">
      <caption>{table.caption}</caption>
      {grouped ? runs.map((r, i) => <colgroup key={i} span={r.span} />) : null}
      <thead>
        {grouped ? (
          <>
            <tr>
              {runs.map((r, i) =>
                r.group === undefined ? (
                  header(table.columns[runs.slice(0, i).reduce((n, x) => n + x.span, 0)]!, 2)
                ) : (
                  <th key={`g${i}`} scope="colgroup" colSpan={r.span}>
                    {r.group}
                  </th>
                ),
              )}
            </tr>
            <tr>{table.columns.filter((c) => c.group !== undefined).map((c) => header(c))}</tr>
          </>
        ) : (
          <tr>{table.columns.map((c) => header(c))}</tr>
        )}
      </thead>
      {rowGroups(table.rows).map((g, i) => (
        <tbody key={g.group ?? i}>
          {g.group !== undefined ? (
            <tr>
              <th scope="rowgroup" colSpan={table.columns.length}>
                {g.group}
              </th>
            </tr>
          ) : null}
          {g.rows.map((r) => (
            <BodyRow key={r.key} row={r} columns={table.columns} />
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** A data table outside a chart frame, in its focusable sideways-scrolling region named by its caption. */
export function DataTable({ table }: { table: ChartTable }) {
  return (
    <TableScroll label={table.caption}>
      <ChartTableView table={table} />
    </TableScroll>
  );
}
