import JSZip from "jszip";
import Papa from "papaparse";
import path from "node:path";
import { expect, test } from "./fixtures";
import { ChartExport, pngSize } from "./pages/export";

const ANTIMONY = "World mine production of antimony, 2024";

test("every chart frame has the export menu with the five actions, operable by keyboard", async ({
  page,
}) => {
  for (const url of ["/minerals/antimony", "/countries/PK", "/compare", "/"]) {
    await page.goto(url);
    const figures = page.getByRole("figure");
    const count = await figures.count();
    expect(count, url).toBeGreaterThan(0);
    for (let i = 0; i < count; i++)
      await expect(figures.nth(i).getByRole("button", { name: "Export", exact: true })).toHaveCount(1);
  }
  await page.goto("/minerals/antimony");
  const figure = page.getByRole("figure", { name: ANTIMONY });
  const button = figure.getByRole("button", { name: "Export", exact: true });
  await button.focus();
  await page.keyboard.press("Enter");
  for (const name of ["Download PNG", "Download SVG", "Download CSV", "Copy image", "Copy link"])
    await expect(figure.getByRole("menuitem", { name, exact: true })).toBeVisible();
  await expect(figure.getByRole("menuitem", { name: "Download PNG" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(figure.getByRole("menuitem", { name: "Download SVG" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(figure.getByRole("menu")).toHaveCount(0);
  await expect(button).toBeFocused();
});

test("PNG exports are finished figures at 2× with size presets and a transparent option", async ({
  page,
}) => {
  await page.goto("/minerals/antimony");
  const ex = new ChartExport(page, page.getByRole("figure", { name: ANTIMONY }));
  const plain = await ex.download("Download PNG");
  expect(plain.download.suggestedFilename()).toMatch(
    /^antimony-mine-production-2024_antimony_published-data_\d{4}-\d{2}-\d{2}\.png$/,
  );
  const size = pngSize(plain.bytes);
  expect(size.width).toBe(1600);
  expect(size.height % 2).toBe(0);
  for (const [preset, w, h] of [
    ["16:9 slide", 1920, 1080],
    ["Square", 1440, 1440],
    ["Report page", 2000, 2588],
  ] as const) {
    await ex.choose(preset);
    expect(pngSize((await ex.download("Download PNG")).bytes)).toEqual({ width: w, height: h });
  }
  const alpha = async (bytes: Buffer) =>
    page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(1, 1, 1, 1).data[3];
    }, bytes.toString("base64"));
  expect(await alpha(plain.bytes)).toBe(255);
  await ex.choose("Transparent background");
  expect(await alpha((await ex.download("Download PNG")).bytes)).toBe(0);
});

test("the SVG parses and carries the title, the source line, the colours and a changed assumption", async ({
  scenarioPage,
  page,
}) => {
  await scenarioPage.goto("?v=1&crp-pk=6");
  const ex = new ChartExport(page, scenarioPage.figure("Landed cost at a US port, copper"));
  const { download, bytes } = await ex.download("Download SVG");
  expect(download.suggestedFilename()).toMatch(
    /^landed-cost_copper_evidence-baseline-modified_\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const svg = bytes.toString("utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" | "),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain("Landed cost at a US port, copper");
  expect(parsed.texts).toContain("U.S. Geological Survey");
  expect(parsed.texts).toContain(
    "Pakistan — country risk premium: 6 percentage points (baseline 12.02 percentage points)",
  );
  expect(parsed.texts).toContain("crp-pk=6");
  // Fills are real colours, not CSS variables that would render black: the labour part is #1F5FA8.
  expect(svg).toContain('fill="#1F5FA8"');
  expect(svg).not.toMatch(/var\(--/);
  expect(svg).toContain("Capital charge");
});

test("the CSV has a # preamble and exactly the plotted numbers", async ({ page }) => {
  await page.goto("/minerals/antimony");
  const figure = page.getByRole("figure", { name: ANTIMONY });
  const ex = new ChartExport(page, figure);
  const text = (await ex.download("Download CSV")).bytes.toString("utf8");
  expect(text.startsWith(`# ${ANTIMONY}\r\n`)).toBe(true);
  expect(text).toContain("# Source: Mineral Commodity Summaries 2025: Antimony — U.S. Geological Survey");
  expect(text).toContain("Public domain (U.S. Government work)");
  expect(text).toMatch(
    /# Permalink: http:\/\/127\.0\.0\.1:\d+\/minerals\/antimony#antimony-mine-production-2024/,
  );
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    comments: "#",
    skipEmptyLines: true,
  });
  expect(rows.errors).toEqual([]);
  // One row per bar the chart drew, with the value the bar shows, then the world total the shares divide by:
  // exactly the rows of the chart's table view.
  const bars = await figure
    .locator("[data-bar]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-bar")));
  expect(rows.data.map((r) => r["ISO code"])).toEqual([...bars, "WORLD"]);
  await figure.getByText(/^Table view/).click();
  await expect(figure.getByRole("table").getByRole("row")).toHaveCount(bars.length + 2);
  const china = rows.data.find((r) => r.Country === "China")!;
  expect(Number(china["Value (t, metric tons, antimony content)"])).toBe(60000);
  expect(Number(china["Share of world (%)"])).toBe(60);
  await expect(figure.locator('[data-bar="CN"]')).toContainText("60,000 t");
  const pk = rows.data.find((r) => r.Country === "Pakistan")!;
  expect(Number(pk["Value (t, metric tons, antimony content)"])).toBe(250);

  await page.goto("/scenario?v=1&crp-pk=6");
  const lab = page.getByRole("figure", { name: "Landed cost at a US port, copper" });
  const labCsv = Papa.parse<Record<string, string>>(
    (await new ChartExport(page, lab).download("Download CSV")).bytes.toString("utf8"),
    { header: true, comments: "#", skipEmptyLines: true },
  );
  await lab.locator("summary").click();
  const shown = await lab
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Pakistan", exact: true }) })
    .getByRole("cell")
    .nth(10)
    .innerText();
  expect(
    Math.round(Number(labCsv.data.find((r) => r.Supplier === "Pakistan")!["Landed cost (USD per tonne)"])),
  ).toBe(Number(shown.replace(/,/g, "")));
});

test("the full data CSV is the dataset slice behind the chart", async ({ page }) => {
  await page.goto("/minerals/antimony");
  const text = (
    await new ChartExport(page, page.getByRole("figure", { name: ANTIMONY })).download(
      "Download full data CSV",
    )
  ).bytes.toString("utf8");
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    comments: "#",
    skipEmptyLines: true,
  });
  expect(
    rows.data.every(
      (r) => r.mineral === "antimony" && r.measure === "mine-production" && r.edition === "MCS 2025",
    ),
  ).toBe(true);
  expect(rows.data.find((r) => r.country === "PK" && r.year === "2023")?.value).toBe("250");
});

test("copy link puts the exact state on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/scenario?v=1&crp-pk=6");
  const figure = page.getByRole("figure", { name: "Landed cost at a US port, copper" });
  const ex = new ChartExport(page, figure);
  await ex.open();
  await ex.item("Copy link").click();
  await expect(figure.getByRole("status")).toHaveText("Link copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/scenario\?v=1&crp-pk=6#landed-cost$/);
  await ex.open();
  await ex.item("Copy image").click();
  await expect(figure.getByRole("status")).toHaveText("Image copied.");
});

test("the report builder makes a 6-chart PDF and a ZIP, with a chart added from the lab", async ({
  page,
}) => {
  await page.goto("/scenario?v=1&crp-pk=6");
  const lab = new ChartExport(page, page.getByRole("figure", { name: "Landed cost at a US port, copper" }));
  await lab.open();
  await lab.item("Add to report").click();
  await expect(page.getByRole("status").filter({ hasText: "Added to the report builder." })).toBeVisible();

  await page.goto("/report");
  const titles = [
    "Landed cost at a US port, copper",
    ANTIMONY,
    "Reserves of antimony, 2024",
    "World mine production of rare earths, 2024",
    "World mine production of graphite (natural), 2024",
    "Reserves of lithium, 2024",
  ];
  for (const t of titles) await page.getByRole("checkbox", { name: t, exact: true }).check();
  await page.getByRole("button", { name: `Move “${ANTIMONY}” up` }).click();
  await expect(page.getByRole("list", { name: "Report order" }).getByRole("listitem").first()).toContainText(
    ANTIMONY,
  );
  await page.getByRole("textbox", { name: "Report title" }).fill("Antimony and copper briefing");

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^antimony-and-copper-briefing_\d{4}-\d{2}-\d{2}\.pdf$/);
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${path.join(process.cwd(), "node_modules/pdfjs-dist/standard_fonts")}/`,
  }).promise;
  // Title page, assumptions, six charts, sources, method notes.
  expect(doc.numPages).toBe(10);
  const pageText = async (n: number) =>
    (await (await doc.getPage(n)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" ");
  expect(await pageText(1)).toContain("Antimony and copper briefing");
  expect(await pageText(2)).toContain("country risk premium: 6 percentage points");
  expect(await pageText(3)).toContain(ANTIMONY);
  expect(await pageText(4)).toContain("Landed cost at a US port, copper");
  for (const t of titles)
    expect((await Promise.all([3, 4, 5, 6, 7, 8].map(pageText))).join(" ")).toContain(t);
  expect(await pageText(9)).toContain("U.S. Geological Survey");

  const zipDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download ZIP" }).click();
  const zip = await JSZip.loadAsync(readFileSync((await (await zipDownload).path())!));
  const names = Object.keys(zip.files).sort();
  expect(names).toHaveLength(19);
  expect(names.filter((n) => n.endsWith(".png"))).toHaveLength(6);
  expect(names.filter((n) => n.endsWith(".svg"))).toHaveLength(6);
  expect(names.filter((n) => n.endsWith(".csv"))).toHaveLength(6);
  expect(names[0]).toMatch(/^01_antimony-mine-production-2024_/);
  const readme = await zip.file("README.md")!.async("string");
  expect(readme).toContain("## Sources and licences");
  expect(readme).toContain("Public domain (U.S. Government work)");
});

test("printing the report shows the figures without navigation or controls", async ({ page }) => {
  await page.goto("/report");
  await page.getByRole("checkbox", { name: ANTIMONY, exact: true }).check();
  await expect(page.getByRole("img", { name: `Figure: ${ANTIMONY}` })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeHidden();
  await expect(page.getByRole("img", { name: `Figure: ${ANTIMONY}` })).toBeVisible();
});
