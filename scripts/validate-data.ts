/**
 * `npm run data:validate`: parses every file in data/ against its schema and runs the cross-file checks.
 * Prints one line per problem (file › record › field: message) and exits 1 if there is any, so a broken
 * data file stops `npm run build`. `--only a.json,b.json` limits the report to those files.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { checkDataFiles } from "../lib/data/checks";
import { DATA_FILE_NAMES } from "../lib/data/files";
import { type DataIssue, formatDataIssue, parseDataFiles } from "../lib/data/validate";

// DATA_DIR lets the tests run this script against a corrupted copy of data/.
const dataDir = process.env.DATA_DIR ?? path.join(__dirname, "..", "data");
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice("--only=".length).split(",")) : undefined;

const raws: Record<string, unknown> = {};
const issues: DataIssue[] = [];
for (const name of DATA_FILE_NAMES) {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) continue;
  try {
    raws[name] = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    issues.push({
      file: name,
      record: "(file)",
      field: "(file)",
      message: `not valid JSON: ${(error as Error).message}`,
    });
  }
}
const parsed = parseDataFiles(raws);
if (parsed.ok) issues.push(...checkDataFiles(parsed.files));
else {
  issues.push(
    ...parsed.issues.filter(
      (i) => !(i.message === "file is missing" && issues.some((j) => j.file === i.file)),
    ),
  );
  // Check what did parse too, so one run reports cross-file problems alongside the schema ones.
  issues.push(...checkDataFiles(parsed.partial));
}

const shown = only ? issues.filter((i) => only.has(i.file)) : issues;
if (shown.length) {
  for (const issue of shown) console.error(formatDataIssue(issue));
  console.error(
    `\ndata:validate: ${shown.length} problem${shown.length === 1 ? "" : "s"} in data/ — fix the fields named above.`,
  );
  process.exit(1);
}
const counted = parsed.ok ? ` (${Object.values(parsed.files).length} files)` : "";
console.log(`data:validate: all data files parse and pass the cross-file checks${counted}.`);
