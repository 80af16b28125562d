/**
 * Builds the production app unless .next already holds a build of exactly the current sources.
 * A content hash of everything the build reads is stored beside the build, so a fresh clone, a changed data
 * file or a pulled commit triggers a build and an unchanged tree does not.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const INPUTS = [
  "app",
  "lib",
  "data",
  "public",
  "proxy.ts",
  "package-lock.json",
  "next.config.js",
  "tsconfig.json",
  "scripts/validate-data.ts",
  "scripts/postbuild.mjs",
];
const STAMP = path.join(ROOT, ".next", "source-hash.txt");

function walk(p, files) {
  const full = path.join(ROOT, p);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const entry of readdirSync(full).sort()) walk(path.join(p, entry), files);
  } else if (!p.endsWith(".test.ts")) {
    files.push(p);
  }
}

export function sourceHash() {
  const files = [];
  for (const input of INPUTS) walk(input, files);
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(f);
    hash.update(readFileSync(path.join(ROOT, f)));
  }
  return hash.digest("hex");
}

export function isBuildCurrent() {
  return (
    existsSync(path.join(ROOT, ".next", "BUILD_ID")) &&
    existsSync(path.join(ROOT, ".next", "standalone", "server.js")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === sourceHash()
  );
}

/** Runs `npm run build` when needed; returns true when a usable build exists afterwards. */
export function buildIfNeeded({ log = console.log } = {}) {
  if (isBuildCurrent()) {
    log("build: .next is up to date with the sources; skipping the build.");
    return true;
  }
  log("build: building the production app (npm run build)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) return false;
  writeFileSync(STAMP, sourceHash());
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(buildIfNeeded() ? 0 : 1);
}
