/**
 * Starts the production server: the standalone build (`.next/standalone/server.js`, what an operator deploys),
 * completed by scripts/postbuild.mjs. One process, no telemetry.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./build-if-needed.mjs";

export const SERVER_ENTRY = path.join(ROOT, ".next", "standalone", "server.js");

/** How the server runs, here, in the Dockerfile and in README's Deploy section: see scripts/fair-queue.mjs. */
export const NODE_FLAGS = ["--import", path.join(ROOT, ".next", "standalone", "fair-queue.mjs")];

export function startServer({ port, hostname = "0.0.0.0", stdio = "inherit" }) {
  return spawn(process.execPath, [...NODE_FLAGS, SERVER_ENTRY], {
    cwd: ROOT,
    stdio,
    env: { ...process.env, PORT: String(port), HOSTNAME: hostname, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** Resolves once the server answers, or rejects after `timeoutMs`. */
export async function waitForServer(port, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/assumptions`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`the server on port ${port} did not start`);
}
