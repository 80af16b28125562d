import Link from "next/link";
import { type ChartTable, type TableCell, type TableColumn } from "@/lib/charts/chart-model";
import { STATUSES, type Status } from "@/lib/data/constants";
import { formatNumber } from "@/lib/charts/format";
import { StatusBadge } from "./status-badge";

const isStatus = (v: unknown): v is Status =>
  typeof v === "string" && (STATUSES as readonly string[]).includes(v);

function CellContent({ cell, column }: { cell: TableCell; column: TableColumn }) {
  if (column.kind === "status" && isStatus(cell.value)) return <StatusBadge status={cell.value} />;
  const text =
    cell.display ?? (typeof cell.value === "number" ? formatNumber(cell.value) : (cell.value ?? ""));
  return (
    <>
      {cell.href ? (
        <Link href={cell.href} prefetch={false}>
          {text}
        </Link>
      ) : (
        text
      )}
      {cell.note ? <span className="cell-note">{cell.note}</span> : null}
    </>
  );
}

/**
 * A chart's table view: exactly the rows its CSV writes, with units in the headers, numbers aligned right,
 * statuses as badges and sources as links to their entries. Works on the server and in the browser.
 */
export function ChartTableView({ table }: { table: ChartTable }) {
  return (
    <table className="data">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.key} scope="col" className={c.kind === "number" ? "num" : undefined}>
              {c.label}
              {c.unit ? ` (${c.unit})` : ""}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key} className={r.focus ? "is-focus" : undefined}>
            {table.columns.map((c, i) => {
              const cell = r.cells[i] ?? { value: null };
              return c.kind === "label" ? (
                <th key={c.key} scope="row">
                  <CellContent cell={cell} column={c} />
                </th>
              ) : (
                <td key={c.key} className={c.kind === "number" ? "num" : undefined}>
                  <CellContent cell={cell} column={c} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
