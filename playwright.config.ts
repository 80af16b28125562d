import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run against the standalone production build, as deployed, in Debian's Chromium. CHROMIUM_PATH overrides the
 * executable, so people elsewhere can point it at Playwright's own browser. E2E_PORT overrides the port.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
          ],
        },
      },
    },
  ],
  webServer: {
    // The standalone build, run as the Dockerfile runs it (npm run build completes it).
    command: "node .next/standalone/server.js",
    // 0.0.0.0 as in the Dockerfile: with a loopback HOSTNAME Next proxies each rewritten page to itself over HTTP
    // (see startServer in scripts/server.mjs). The tests still reach it on 127.0.0.1.
    env: { PORT: String(PORT), HOSTNAME: "0.0.0.0", NEXT_TELEMETRY_DISABLED: "1" },
    url: `${BASE_URL}/api/dataset?mineral=antimony&country=PK`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
