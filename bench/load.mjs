/**
 * `npm run bench:load`: drives the production (standalone) server on loopback with autocannon — the scenario API
 * (GET and POST) and the main pages, 30 s each at 50 connections — and prints requests per second, p50/p99
 * latency, errors and non-2xx answers, and the server's resident memory before, between and after.
 * BENCH_LOAD_SECONDS shortens the runs for a quick check; BENCH_LOAD_ONLY (comma-separated, matched against the
 * target names or paths, e.g. "/,GET /compare") runs only those targets, for repeated runs of one figure.
 */
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { buildIfNeeded } from "../scripts/build-if-needed.mjs";
import { startServer, waitForServer } from "../scripts/server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3402);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CONNECTIONS = 50;
const BASE = `http://127.0.0.1:${PORT}`;

const ALL_TARGETS = [
  { name: "GET /api/scenario", path: "/api/scenario?v=1&crp-pk=6&wage-pk=3000&mineral=antimony" },
  {
    name: "POST /api/scenario",
    path: "/api/scenario",
    method: "POST",
    body: JSON.stringify({ preset: "stress-case", assumptions: { "crp-pk": 8, "resourcing-share": 80 } }),
    headers: { "content-type": "application/json" },
  },
  { name: "GET /api/dataset", path: "/api/dataset?mineral=copper" },
  { name: "GET / (overview)", path: "/" },
  { name: "GET /scenario", path: "/scenario?v=1&crp-pk=6" },
  { name: "GET /compare", path: "/compare?mineral=antimony&countries=PK,AU,CA,CN" },
  {
    // A crowd of distinct scenarios: every request a query not seen before, so each is rendered (and kept) once.
    // Printed, not gated: it measures what one process renders per second, and at 50 connections the queue of
    // first renders outlasts the client's 10 s timeout (PERFORMANCE.md).
    name: "GET /compare, new query",
    gated: false,
    path: "/compare?mineral=copper&countries=PK,AU,CA",
    fresh: (n) => `/compare?mineral=copper&countries=PK,AU,CA&crp-pk=${(n % 1800) / 100}`,
  },
  { name: "GET /minerals/copper", path: "/minerals/copper" },
  { name: "GET /countries/PK", path: "/countries/PK" },
];

const only = (process.env.BENCH_LOAD_ONLY ?? "")
  .split(",")
  .map((x) => x.trim())
  .filter(Boolean);
const TARGETS = only.length
  ? ALL_TARGETS.filter((t) => only.some((o) => t.name === o || t.path === o))
  : ALL_TARGETS;
if (!TARGETS.length) {
  console.error(`bench:load: BENCH_LOAD_ONLY="${process.env.BENCH_LOAD_ONLY}" names no target`);
  process.exit(1);
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? NaN);
  return kb / 1024;
}

if (!buildIfNeeded()) process.exit(1);
const server = startServer({ port: PORT, stdio: "ignore" });
process.on("exit", () => server.kill("SIGTERM"));
await waitForServer(PORT);
// One request per target first, so memory is measured after start-up work (data parsing, route compilation).
for (const t of TARGETS)
  await fetch(BASE + t.path, { method: t.method ?? "GET", body: t.body, headers: t.headers });
const before = rssMb(server.pid);
console.log(
  `server RSS after warm-up: ${before.toFixed(0)} MB; ${SECONDS} s per target at ${CONNECTIONS} connections`,
);
console.log("target                     req/s    p50 ms   p99 ms   errors  non-2xx   RSS after (MB)");
let failures = 0;
let sent = 1;
const rss = [];
for (const t of TARGETS) {
  const r = await autocannon({
    url: BASE + t.path,
    method: t.method ?? "GET",
    body: t.body,
    headers: t.headers,
    connections: CONNECTIONS,
    duration: SECONDS,
    // autocannon calls setupRequest for every request it sends; `fresh` gives each one its own query.
    ...(t.fresh && {
      requests: [{ setupRequest: (req) => ({ ...req, path: t.fresh(sent++) }) }],
    }),
  });
  const bad = r.errors + r.timeouts + r.non2xx;
  if (t.gated !== false) failures += bad;
  const mem = rssMb(server.pid);
  rss.push(mem);
  console.log(
    `${(t.gated === false ? `${t.name} *` : t.name).padEnd(26)} ${r.requests.average.toFixed(0).padStart(6)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(r.errors + r.timeouts).padStart(8)} ${String(r.non2xx).padStart(8)} ${mem.toFixed(0).padStart(12)}`,
  );
}
await new Promise((r) => setTimeout(r, 3000));
const after = rssMb(server.pid);
console.log(
  `server RSS: ${before.toFixed(0)} MB before, peak ${Math.max(...rss).toFixed(0)} MB under load, ${after.toFixed(0)} MB 3 s after`,
);
if (TARGETS.some((t) => t.gated === false))
  console.log("* printed, not gated: every request a first render (its errors are timeouts of the queue)");
console.log(
  failures ? `FAILED: ${failures} errors or non-2xx answers` : "zero errors and zero non-2xx answers",
);
server.kill("SIGTERM");
process.exit(failures ? 1 : 0);
