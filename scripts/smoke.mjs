/**
 * The smoke test `npm test` runs on the production build: the standalone server started exactly as the Dockerfile
 * starts it (scripts/server.mjs reads its CMD), on a free port; `/` and `/api/scenario` must answer 200; then it is
 * stopped. It catches a Dockerfile command, a standalone folder or a postbuild step that no longer runs the app.
 * It also checks that every script `/` loads at startup is served with the compile hint postbuild adds
 * (scripts/compile-hints.mjs), so a build that lost the step shows here, not only as a slower page.
 */
import { createServer } from "node:net";
import { scriptSources } from "./built-html.mjs";
import { COMPILE_HINT } from "./compile-hints.mjs";
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

/** Whether each startup script of the page `html` (not the no-module polyfill) begins with the compile hint. */
async function startupHints(port, html) {
  const srcs = scriptSources(html);
  const unmarked = [];
  for (const src of srcs) {
    const js = await (await fetch(new URL(src, `http://127.0.0.1:${port}`))).text();
    if (!js.startsWith(COMPILE_HINT)) unmarked.push(src);
  }
  return {
    label: "the startup scripts of / begin with the compile hint",
    ok: srcs.length > 0 && unmarked.length === 0,
    seen: srcs.length ? `${srcs.length - unmarked.length} of ${srcs.length} marked` : "no scripts found",
  };
}

/** One result per path, and one for the startup scripts' compile hint: what was checked, `ok` and what was seen. */
export async function smokeTest() {
  const port = await freePort();
  const server = startServer({ port, stdio: "ignore" });
  try {
    await waitForServer(port, 60_000);
    const results = [];
    let home = "";
    for (const p of PATHS) {
      const response = await fetch(`http://127.0.0.1:${port}${p}`);
      const text = await response.text();
      if (p === "/") home = text;
      results.push({ label: `GET ${p}`, ok: response.status === 200, seen: `HTTP ${response.status}` });
    }
    results.push(await startupHints(port, home));
    return results;
  } catch (error) {
    return PATHS.map((p) => ({
      label: `GET ${p}`,
      ok: false,
      seen: error instanceof Error ? error.message : String(error),
    }));
  } finally {
    server.kill("SIGTERM");
  }
}
