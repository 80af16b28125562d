/**
 * The smoke test `npm test` runs on the production build: the standalone server started exactly as the Dockerfile
 * starts it (scripts/server.mjs reads its CMD), on a free port; `/` and `/api/scenario` must answer 200; then it is
 * stopped. It catches a Dockerfile command, a standalone folder or a postbuild step that no longer runs the app.
 */
import { createServer } from "node:net";
import { startServer, waitForServer } from "./server.mjs";

const PATHS = ["/", "/api/scenario?v=1&crp-pk=6"];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** One result per path: `ok` and what was seen. */
export async function smokeTest() {
  const port = await freePort();
  const server = startServer({ port, hostname: "127.0.0.1", stdio: "ignore" });
  try {
    await waitForServer(port, 60_000);
    const results = [];
    for (const p of PATHS) {
      const response = await fetch(`http://127.0.0.1:${port}${p}`);
      await response.arrayBuffer();
      results.push({ path: p, ok: response.status === 200, seen: `HTTP ${response.status}` });
    }
    return results;
  } catch (error) {
    return PATHS.map((p) => ({
      path: p,
      ok: false,
      seen: error instanceof Error ? error.message : String(error),
    }));
  } finally {
    server.kill("SIGTERM");
  }
}
