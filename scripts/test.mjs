/**
 * `npm test`: the whole suite — Vitest unit tests, then a smoke test of the standalone server started as the
 * Dockerfile starts it (scripts/smoke.mjs), then Playwright browser tests against the production build in Debian's
 * Chromium — ending with one summary line `N passed, N failed` (CI reads it).
 *
 * Browser: $CHROMIUM_PATH if set, else /usr/bin/chromium. When neither exists and we run as root on Debian, it is
 * installed with apt; otherwise the script says how to provide one and counts the browser suite as failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded, ROOT } from "./build-if-needed.mjs";
import { smokeTest } from "./smoke.mjs";

const RESULTS = path.join(ROOT, "test-results");
mkdirSync(RESULTS, { recursive: true });
let passed = 0;
let failed = 0;

function run(cmd, args, env = {}) {
  return spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// 1. Unit tests.
const vitestJson = path.join(RESULTS, "vitest.json");
rmSync(vitestJson, { force: true });
const unit = run(process.execPath, [
  "node_modules/vitest/vitest.mjs",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${vitestJson}`,
]);
const unitReport = readJson(vitestJson);
if (unitReport) {
  passed += unitReport.numPassedTests;
  failed += unitReport.numFailedTests;
  // A suite that fails to load counts as a failure even though it ran no test.
  failed += unitReport.testResults.filter(
    (r) => r.status === "failed" && r.assertionResults.length === 0,
  ).length;
} else if (unit.status !== 0) {
  failed += 1;
  console.error("test: Vitest did not produce a report.");
}

// 2. Browser tests.
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  );
  return candidates.find((p) => existsSync(p));
}

let chromium = findChromium();
if (!chromium && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log("test: Chromium is missing; installing Debian's chromium package with apt…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
  chromium = findChromium();
}

if (!chromium) {
  console.error(
    "test: no Chromium found for the browser tests. Install Debian's package (sudo apt-get install chromium), or set\n" +
      "CHROMIUM_PATH to a Chromium/Chrome executable (e.g. one installed by `npx playwright install chromium`).",
  );
  failed += 1;
} else if (!buildIfNeeded()) {
  console.error("test: the production build failed, so the browser tests could not run.");
  failed += 1;
} else {
  // 2a. The standalone server as the Dockerfile starts it.
  for (const r of await smokeTest()) {
    console.log(
      `smoke: ${r.label}, from the server as the Dockerfile starts it: ${r.ok ? "ok" : "FAILED"} (${r.seen})`,
    );
    if (r.ok) passed++;
    else failed++;
  }
  const pwJson = path.join(RESULTS, "playwright.json");
  rmSync(pwJson, { force: true });
  const e2e = run(
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"],
    {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    },
  );
  const report = readJson(pwJson);
  if (report?.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    if (report.errors?.length) failed += report.errors.length;
  } else if (e2e.status !== 0) {
    failed += 1;
    console.error("test: Playwright did not produce a report.");
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
