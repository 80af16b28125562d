export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

/** A plain table view of a chart's rows (the same rows the chart draws, formatted). */
export function DataTable({ caption, columns, rows }: { caption: string; columns: readonly Column[]; rows: readonly Record<string, string>[] }) {
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
