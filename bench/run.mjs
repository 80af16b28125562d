/**
 * Runs a benchmark written in TypeScript the way the app runs the same code: bundled as ES modules (esbuild),
 * not through a CommonJS transform whose import getters would slow the model's hot loops and distort the figures.
 * Usage: node bench/run.mjs bench/model.ts
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entry = process.argv[2];
if (!entry) {
  console.error("usage: node bench/run.mjs <bench file>");
  process.exit(2);
}
const outdir = path.join(root, "node_modules", ".cache", "bench");
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, `${path.basename(entry, ".ts")}.mjs`);
await build({
  entryPoints: [path.resolve(root, entry)],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  alias: { "@": root },
  logLevel: "warning",
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(3)], {
  stdio: "inherit",
  cwd: root,
});
process.exit(result.status ?? 1);
