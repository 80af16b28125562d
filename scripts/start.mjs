/**
 * `npm start`: builds the production app if the sources changed since the last build, then serves the standalone
 * build on http://localhost:3000 (or $PORT). One process, so Ctrl-C stops everything.
 */
import { buildIfNeeded } from "./build-if-needed.mjs";
import { startServer } from "./server.mjs";

if (!buildIfNeeded()) {
  console.error("start: the build failed; see the messages above.");
  process.exit(1);
}
const port = process.env.PORT ?? "3000";
console.log(`start: serving on http://localhost:${port}`);
const server = startServer({ port });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
