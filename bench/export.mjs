/**
 * `npm run bench:export`: how long exports take in headless Chromium, measured inside the page (performance
 * entries the export code records): a PNG and an SVG of the landed-cost chart in the scenario lab, and a 6-chart
 * PDF from the report builder. Prints the median and the slowest of several runs.
 */
import { chromium } from "@playwright/test";
import { buildIfNeeded } from "../scripts/build-if-needed.mjs";
import { startServer, waitForServer } from "../scripts/server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3401);
const RUNS = 5;
const CHARTS = [
  "World mine production of antimony, 2024",
  "Reserves of antimony, 2024",
  "World mine production of copper, 2024",
  "World mine production of rare earths, 2024",
  "Reserves of lithium, 2024",
  "World mine production of graphite (natural), 2024",
];

if (!buildIfNeeded()) process.exit(1);
const server = startServer({ port: PORT, stdio: "ignore" });
process.on("exit", () => server.kill("SIGTERM"));
await waitForServer(PORT);

const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, slowest ${s[s.length - 1].toFixed(0)} ms (${s.length} runs)`;
};
const browser = await chromium.launch({
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
});
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/scenario?v=1&crp-pk=6`, { waitUntil: "networkidle" });
  const figure = page.getByRole("figure", { name: "Landed cost at a US port, copper" });
  const measure = async (item, entry) => {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => performance.clearMeasures());
      await figure.getByRole("button", { name: "Export", exact: true }).click();
      const download = page.waitForEvent("download");
      await figure.getByRole("menuitem", { name: item, exact: true }).click();
      await download;
      times.push(
        await page.evaluate((name) => performance.getEntriesByName(name)[0]?.duration ?? NaN, entry),
      );
    }
    return times;
  };
  console.log(`PNG (2×, landed-cost chart): ${summary(await measure("Download PNG", "export:png"))}`);
  console.log(`SVG (landed-cost chart): ${summary(await measure("Download SVG", "export:svg"))}`);

  await page.goto(`http://127.0.0.1:${PORT}/report`, { waitUntil: "networkidle" });
  for (const t of CHARTS) await page.getByRole("checkbox", { name: t, exact: true }).check();
  const pdf = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => performance.clearMeasures());
    const download = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByRole("button", { name: "Download PDF" }).click();
    await download;
    pdf.push(await page.evaluate(() => performance.getEntriesByName("report:pdf")[0]?.duration ?? NaN));
  }
  console.log(`PDF (6 charts, vector): ${summary(pdf)}`);
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
