/**
 * `npm run bench:cluster`: the deployed topology on loopback — two standalone instances, each started with the
 * Dockerfile's command, behind nginx configured by deploy/default.conf.template — driven by autocannon through nginx
 * (50 connections, 30 s per target; BENCH_CLUSTER_SECONDS shortens it; BENCH_CLUSTER_PATHS, space-separated, measures
 * other addresses instead). Installs Debian's nginx with apt when it is
 * missing and we are root; stops everything it started, also on failure or Ctrl-C. Ends with one line:
 * `cluster: <lowest req/s> req/s min, p99 <highest p99> ms max, <n> errors`.
 */
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfNeeded, ROOT } from "../scripts/build-if-needed.mjs";
import { startServer, waitForServer } from "../scripts/server.mjs";

const SECONDS = Number(process.env.BENCH_CLUSTER_SECONDS ?? 30);
const CONNECTIONS = 50;
const NGINX_PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3410);
const APP_PORTS = [NGINX_PORT + 1, NGINX_PORT + 2];
const BASE = `http://127.0.0.1:${NGINX_PORT}`;
// What a browser sends: the cached, compressed answers are what readers get.
const HEADERS = { "accept-encoding": "gzip, deflate, br" };

const DEFAULT_TARGETS = [
  { name: "GET /", path: "/" },
  { name: "GET /compare", path: "/compare" },
  { name: "GET /minerals/copper", path: "/minerals/copper" },
  { name: "GET /api/scenario", path: "/api/scenario?v=1&crp-pk=6&wage-pk=3000&mineral=antimony" },
  { name: "GET /api/dataset", path: "/api/dataset?mineral=copper" },
];
const TARGETS = process.env.BENCH_CLUSTER_PATHS
  ? process.env.BENCH_CLUSTER_PATHS.split(/\s+/)
      .filter(Boolean)
      .map((p) => ({ name: `GET ${p}`.slice(0, 22), path: p }))
  : DEFAULT_TARGETS;

const children = [];
let prefix;

function stopAll() {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  if (prefix) rmSync(prefix, { recursive: true, force: true });
  prefix = undefined;
}
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    console.error(`bench:cluster: ${signal}, stopping the instances and nginx`);
    process.exit(130);
  });

function findNginx() {
  const found = spawnSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim().split("\n")[0] : undefined;
}

/** nginx on PATH, or Debian's package installed with apt when we are root; otherwise undefined. */
function nginxOrInstall() {
  let nginx = findNginx();
  if (!nginx && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("bench:cluster: nginx is missing; installing Debian's nginx package with apt…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "nginx"], { stdio: "inherit", env });
    nginx = findNginx();
  }
  return nginx;
}

/** A private nginx: its configuration, temp files, cache, pid and log all under a fresh temporary prefix. */
function writeNginxConfig(dir) {
  const site = readFileSync(path.join(ROOT, "deploy", "default.conf.template"), "utf8").replace(
    /\$\{(APP_1|APP_2|LISTEN|CACHE_DIR)\}/g,
    (_, name) =>
      ({
        APP_1: `127.0.0.1:${APP_PORTS[0]}`,
        APP_2: `127.0.0.1:${APP_PORTS[1]}`,
        LISTEN: `127.0.0.1:${NGINX_PORT}`,
        CACHE_DIR: path.join(dir, "cache"),
      })[name],
  );
  writeFileSync(path.join(dir, "default.conf"), site);
  const temp = (name) => path.join(dir, name);
  writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      // As root, nginx's workers run as nobody: the prefix is handed to that user below.
      ...(process.getuid?.() === 0 ? ["user nobody nogroup;"] : []),
      // One worker: the two cores are shared with the two instances and autocannon.
      "worker_processes 1;",
      `pid ${temp("nginx.pid")};`,
      `error_log ${temp("error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  default_type application/octet-stream;",
      "  access_log off;",
      `  client_body_temp_path ${temp("client_body")};`,
      `  proxy_temp_path ${temp("proxy")};`,
      `  fastcgi_temp_path ${temp("fastcgi")};`,
      `  uwsgi_temp_path ${temp("uwsgi")};`,
      `  scgi_temp_path ${temp("scgi")};`,
      `  include ${path.join(dir, "default.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  mkdirSync(path.join(dir, "cache"));
  if (process.getuid?.() === 0) {
    const nobody = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" });
    const uid = Number(nobody.stdout.trim());
    if (Number.isInteger(uid)) for (const p of [dir, path.join(dir, "cache")]) chownSync(p, uid, uid);
  }
}

async function waitForNginx() {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/assumptions`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = prefix ? readFileSync(path.join(prefix, "error.log"), "utf8") : "";
  throw new Error(`nginx did not answer on port ${NGINX_PORT}\n${log}`);
}

const nginx = nginxOrInstall();
if (!nginx) {
  console.error(
    "bench:cluster: skipped, no nginx. Install Debian's package (sudo apt-get install nginx) or put nginx on PATH;\n" +
      "run as root and the script installs it itself.",
  );
  process.exit(1);
}
if (!buildIfNeeded()) process.exit(1);

try {
  for (const port of APP_PORTS) {
    const app = startServer({ port, stdio: "ignore" });
    children.push(app);
  }
  await Promise.all(APP_PORTS.map((port) => waitForServer(port)));
  prefix = mkdtempSync(path.join(tmpdir(), "bench-cluster-"));
  writeNginxConfig(prefix);
  const proxy = spawn(nginx, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(proxy);
  await waitForNginx();

  // One request per target first: it fills nginx's cache, as the first reader after a deploy does.
  for (const t of TARGETS) await fetch(BASE + t.path, { headers: HEADERS });
  console.log(
    `nginx on :${NGINX_PORT} in front of instances on :${APP_PORTS.join(", :")}; ${SECONDS} s per target at ${CONNECTIONS} connections`,
  );
  console.log("target                   req/s    p50 ms   p99 ms   errors  non-2xx");
  let lowest = Infinity;
  let slowest = 0;
  let errors = 0;
  for (const t of TARGETS) {
    const r = await autocannon({
      url: BASE + t.path,
      headers: HEADERS,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    lowest = Math.min(lowest, r.requests.average);
    slowest = Math.max(slowest, r.latency.p99);
    errors += r.errors + r.timeouts + r.non2xx;
    console.log(
      `${t.name.padEnd(22)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(9)} ${String(r.latency.p99).padStart(8)} ${String(r.errors + r.timeouts).padStart(8)} ${String(r.non2xx).padStart(8)}`,
    );
  }
  stopAll();
  console.log(`cluster: ${lowest.toFixed(0)} req/s min, p99 ${slowest} ms max, ${errors} errors`);
  process.exitCode = errors ? 1 : 0;
} catch (error) {
  console.error(`bench:cluster: ${error instanceof Error ? error.message : error}`);
  stopAll();
  process.exitCode = 1;
}
