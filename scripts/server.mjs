/**
 * Starts the production server: the standalone build (`.next/standalone/server.js`, what an operator deploys),
 * completed by scripts/postbuild.mjs, started with the Dockerfile's own command in that folder, so `npm start`, the
 * benchmarks, the smoke test and the image all run the server the same way. One process, no telemetry.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./build-if-needed.mjs";

export const STANDALONE = path.join(ROOT, ".next", "standalone");

/** The Dockerfile's CMD (its JSON form, run with `node`), as the arguments to give Node in the standalone folder. */
export function dockerNodeArgs() {
  const dockerfile = readFileSync(path.join(ROOT, "Dockerfile"), "utf8");
  const line = dockerfile.split("\n").find((l) => l.startsWith("CMD "));
  const command = line ? JSON.parse(line.slice(4)) : undefined;
  if (!Array.isArray(command) || command[0] !== "node")
    throw new Error(
      'the Dockerfile must end with a CMD in JSON form that runs node, e.g. CMD ["node", "server.js"]',
    );
  return command.slice(1);
}

/**
 * Starts the standalone server as the Dockerfile does, on `port`. The host is the Dockerfile's, 0.0.0.0, never a
 * loopback address: Next writes a loopback host as "localhost" in the address the proxy (proxy.ts) rewrites, then
 * compares it with its own (http://127.0.0.1:<port>), finds them different and proxies every rewritten page
 * (`/`, `/compare`, `/scenario`, `?tab=map`) over HTTP to itself, a second request per view that under load can
 * be reset and answered with a 500. Clients still reach it on 127.0.0.1.
 */
export function startServer({ port, stdio = "inherit" }) {
  return spawn(process.execPath, dockerNodeArgs(), {
    cwd: STANDALONE,
    stdio,
    env: { ...process.env, PORT: String(port), HOSTNAME: "0.0.0.0", NEXT_TELEMETRY_DISABLED: "1" },
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
