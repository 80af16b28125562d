/**
 * `npm run bench:pages`: the performance budget of every page. For each page: the gzipped JavaScript it loads
 * (every script its HTML references, summed after gzip; the legacy no-module polyfill excluded), and Lighthouse
 * 12.2.3 scores — performance, accessibility, best practices, SEO — for mobile (Lighthouse's default: Moto G
 * Power emulation, simulated slow 4G and 4× CPU slowdown) and desktop. Targets: mobile performance ≥ 97 on every
 * page with total blocking time ≤ 100 ms, ≤ 150 kB of JavaScript on the reading pages; accessibility, best practices
 * and SEO 100. Each page is measured LIGHTHOUSE_RUNS times (default 3) on mobile (once
 * on desktop) and the median run reported. Writes bench-results/pages.json. PAGES=/,/sources limits the run.
 */
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildIfNeeded, ROOT } from "../scripts/build-if-needed.mjs";
import { scriptSources } from "../scripts/built-html.mjs";
import { startServer, waitForServer } from "../scripts/server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3403);
const BASE = `http://127.0.0.1:${PORT}`;
const ALL_PAGES = [
  "/",
  "/scenario",
  "/compare",
  "/minerals",
  "/minerals/copper",
  "/minerals/rare-earths",
  "/countries",
  "/countries/PK",
  "/report",
  "/sources",
  "/sources/assumptions",
  "/minerals/copper/values",
];
const PAGES = process.env.PAGES ? process.env.PAGES.split(",") : ALL_PAGES;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

async function gzippedJs(pathname) {
  const srcs = scriptSources(await (await fetch(BASE + pathname)).text());
  let total = 0;
  for (const src of new Set(srcs))
    total += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return { kb: total / 1024, scripts: new Set(srcs).size };
}

if (!buildIfNeeded()) process.exit(1);
const server = startServer({ port: PORT, stdio: "ignore" });
process.on("exit", () => server.kill("SIGTERM"));
await waitForServer(PORT);
for (const p of PAGES) await fetch(BASE + p);

const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
/** One Lighthouse run; Lighthouse 12.2 with this Chromium occasionally loses a trace and scores nothing: retried. */
async function audit(url, config) {
  let lhr;
  for (let attempt = 0; attempt < 3; attempt++) {
    lhr = (
      await lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
        config,
      )
    ).lhr;
    if (
      !lhr.runtimeError &&
      CATEGORIES.every((c) => typeof lhr.categories[c]?.score === "number" && lhr.categories[c].score > 0)
    )
      return lhr;
  }
  return lhr;
}

const results = [];
try {
  console.log(
    `Lighthouse ${RUNS} run(s) per page and form factor; the median run by performance score is shown.`,
  );
  console.log(
    "page                     JS gz kB  mobile: perf a11y bp  seo   desktop: perf a11y bp  seo   mobile TBT ms  LCP s   CLS   mobile runs",
  );
  for (const p of PAGES) {
    const js = await gzippedJs(p);
    const row = { page: p, jsGzipKb: Number(js.kb.toFixed(1)), scripts: js.scripts };
    for (const [form, config] of [
      ["mobile", undefined],
      ["desktop", desktopConfig],
    ]) {
      // One Lighthouse run varies by several points on a shared two-core machine; as Lighthouse's own guidance
      // advises, the page is measured RUNS times and the run with the median performance score is reported
      // (desktop scores sit at 99–100, one run).
      const runs = [];
      for (let i = 0; i < (form === "mobile" ? RUNS : 1); i++) runs.push(await audit(BASE + p, config));
      runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = runs[Math.floor(runs.length / 2)];
      row[form] = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      );
      row[form].performanceRuns = runs.map((r) => Math.round(r.categories.performance.score * 100));
      if (form === "mobile") {
        row.mobileTbtMs = Math.round(lhr.audits["total-blocking-time"].numericValue);
        row.mobileLcpS = Number((lhr.audits["largest-contentful-paint"].numericValue / 1000).toFixed(2));
        row.mobileCls = Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3));
        row.failedAudits = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              ["accessibility", "best-practices", "seo"].some((c) =>
                lhr.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0),
              ),
          )
          .map((a) => a.id);
      }
    }
    results.push(row);
    const m = row.mobile;
    const d = row.desktop;
    console.log(
      `${p.padEnd(24)} ${row.jsGzipKb.toFixed(1).padStart(8)}  ${String(m.performance).padStart(11)} ${String(m.accessibility).padStart(4)} ${String(m["best-practices"]).padStart(3)} ${String(m.seo).padStart(4)}   ${String(d.performance).padStart(13)} ${String(d.accessibility).padStart(4)} ${String(d["best-practices"]).padStart(3)} ${String(d.seo).padStart(4)}   ${String(row.mobileTbtMs).padStart(12)} ${String(row.mobileLcpS).padStart(6)} ${row.mobileCls.toFixed(3).padStart(6)}   ${m.performanceRuns.join(" ")}${row.failedAudits.length ? `  failing: ${row.failedAudits.join(", ")}` : ""}`,
    );
  }
} finally {
  await chrome.kill();
  server.kill("SIGTERM");
}
mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench-results", "pages.json"), JSON.stringify(results, null, 2));
// The budget of issue 15: mobile performance ≥ 97 and total blocking time ≤ 100 ms on every page (the median
// run), at most 150 kB of gzipped JavaScript on the reading pages (every page but the lab), and 100 in the other
// categories on both form factors.
const BUDGET = { performance: 97, tbtMs: 100, readingJsKb: 150 };
const misses = results.flatMap((r) => {
  const why = [];
  if (r.mobile.performance < BUDGET.performance) why.push(`performance ${r.mobile.performance}`);
  if (r.mobileTbtMs > BUDGET.tbtMs) why.push(`TBT ${r.mobileTbtMs} ms`);
  if (r.page !== "/scenario" && r.jsGzipKb > BUDGET.readingJsKb) why.push(`JS ${r.jsGzipKb} kB`);
  for (const c of CATEGORIES.slice(1))
    if (r.mobile[c] < 100 || r.desktop[c] < 100) why.push(`${c} ${Math.min(r.mobile[c], r.desktop[c])}`);
  return why.length ? [`${r.page} (${why.join(", ")})`] : [];
});
console.log(
  misses.length
    ? `budget missed on ${misses.length} of ${results.length} pages: ${misses.join("; ")}`
    : `budget met on every page (mobile performance ≥ ${BUDGET.performance}, TBT ≤ ${BUDGET.tbtMs} ms, reading pages ≤ ${BUDGET.readingJsKb} kB JS; accessibility, best practices, SEO 100)`,
);
