/**
 * `npm start`: builds the production app if the sources changed since the last build, then serves it on
 * http://localhost:3000 (or $PORT). One process, so Ctrl-C stops everything.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded, ROOT } from "./build-if-needed.mjs";

if (!buildIfNeeded()) {
  console.error("start: the build failed; see the messages above.");
  process.exit(1);
}
const port = process.env.PORT ?? "3000";
console.log(`start: serving on http://localhost:${port}`);
const server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", port], {
  cwd: ROOT,
  stdio: "inherit",
  // No telemetry call to Vercel: the app makes no request to another host.
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
