import { type z } from "zod";
import { DATA_FILE_NAMES, DATA_FILE_SCHEMAS, type DataFileName, type ParsedDataFiles } from "./files";

/** One problem found in a data file, precise enough to fix without searching. */
export interface DataIssue {
  /** File name inside data/, e.g. "usgs-mcs2025.json". */
  file: string;
  /** The record, e.g. `observations[12] (antimony mine-production PK 2024)`, or "(file)". */
  record: string;
  /** The field inside the record, e.g. "value", or "(record)". */
  field: string;
  message: string;
}

/** Formats an issue as one line: `data/file.json › record › field: message`. */
export function formatDataIssue(issue: DataIssue): string {
  return `data/${issue.file} › ${issue.record} › ${issue.field}: ${issue.message}`;
}

const LABEL_KEYS = ["id", "code", "mineral", "measure", "country", "year", "regime", "label"] as const;

/** A short human label for a record, from whichever identifying fields it has. */
export function describeRecord(record: unknown): string {
  if (typeof record !== "object" || record === null) return "";
  const r = record as Record<string, unknown>;
  const parts = LABEL_KEYS.map((k) => r[k]).filter(
    (v): v is string | number => typeof v === "string" || typeof v === "number",
  );
  return parts.length ? ` (${parts.join(" ")})` : "";
}

/**
 * Turns a zod issue path (e.g. ["observations", 12, "value"]) into a record and field name, using the raw
 * file content to label the record.
 */
export function locateIssue(raw: unknown, path: readonly PropertyKey[]): { record: string; field: string } {
  const indexAt = path.findIndex((p) => typeof p === "number");
  if (indexAt < 0) {
    return { record: "(file)", field: path.length ? path.map(String).join(".") : "(file)" };
  }
  let node: unknown = raw;
  for (const key of path.slice(0, indexAt + 1)) {
    node =
      typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  const recordPath = `${path.slice(0, indexAt).map(String).join(".")}[${String(path[indexAt])}]`;
  const rest = path
    .slice(indexAt + 1)
    .map(String)
    .join(".");
  return { record: recordPath + describeRecord(node), field: rest || "(record)" };
}

/** Parses one file's raw JSON against its schema, returning either the data or the issues found. */
export function parseDataFile<S extends z.ZodType>(
  file: string,
  schema: S,
  raw: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; issues: DataIssue[] } {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      file,
      ...locateIssue(raw, issue.path),
      message: issue.message,
    })),
  };
}

/**
 * Parses every data file. Returns the parsed files when all of them parse; otherwise the issues of all files
 * together, so that one run lists every problem, and the files that did parse (for partial checks).
 */
export function parseDataFiles(
  raws: Partial<Record<DataFileName, unknown>>,
):
  | { ok: true; files: ParsedDataFiles }
  | { ok: false; issues: DataIssue[]; partial: Partial<ParsedDataFiles> } {
  const issues: DataIssue[] = [];
  const files: Partial<Record<DataFileName, unknown>> = {};
  for (const name of DATA_FILE_NAMES) {
    const raw = raws[name];
    if (raw === undefined) {
      issues.push({ file: name, record: "(file)", field: "(file)", message: "file is missing" });
      continue;
    }
    const parsed = parseDataFile(name, DATA_FILE_SCHEMAS[name], raw);
    if (parsed.ok) files[name] = parsed.data;
    else issues.push(...parsed.issues);
  }
  if (issues.length) return { ok: false, issues, partial: files as Partial<ParsedDataFiles> };
  return { ok: true, files: files as ParsedDataFiles };
}
