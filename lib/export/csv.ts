/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end with CRLF.
 * Preamble lines start with "#" so a reader (or a spreadsheet's comment setting) can skip them.
 */

export type CsvCell = string | number | boolean | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line from cells. */
export function toCsvLine(cells: readonly CsvCell[]): string {
  return cells.map(cell).join(",");
}

/**
 * A whole CSV document: optional `# ` preamble lines, a header row, then the rows. Every line ends with CRLF.
 * Preamble lines are comment lines, not quoted; line breaks inside them are flattened.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  preamble: readonly string[] = [],
): string {
  const lines = [
    ...preamble.map((p) => `# ${p.replace(/[\r\n]+/g, " ")}`),
    toCsvLine(header),
    ...rows.map((r) => toCsvLine(r)),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
