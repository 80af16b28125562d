import { expect, test } from "./fixtures";

/**
 * Hostile scenario files and saved-scenario stores (issue 7, item 2), beyond the malformed-JSON and wrong-version
 * cases in scenario.spec.ts: each is refused with a message naming what is wrong, the scenario being edited and
 * everything stored stay as they were, and hostile names are shown as text, cleaned and cut.
 */
const CRP = "Pakistan — country risk premium (percentage points)";
const FORMAT = "critical-minerals-scenario";
const PAYLOAD_NAME = '"><img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1</script>';

const file = (o: Record<string, unknown>) =>
  JSON.stringify({ format: FORMAT, version: 1, preset: "evidence-baseline", ...o });

test.beforeEach(async ({ page }) => {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});

test("bad files are refused with a message naming what is wrong; the scenario and the saved ones are untouched", async ({
  scenarioPage,
  page,
}) => {
  test.setTimeout(60_000);
  await scenarioPage.goto("?crp-pk=7");
  await scenarioPage.saveAs("Keep me");
  await expect(scenarioPage.savedList()).toContainText("Keep me");
  const stored = await scenarioPage.storedScenarios();

  const cases: { name: string; content: string | Buffer; says: string | RegExp | string[] }[] = [
    {
      name: "huge.json",
      content: file({ name: "big", note: "x".repeat(150 * 1024) }),
      says: /the file is 15\d kB; a scenario file is at most 100 kB/,
    },
    { name: "list.json", content: "[1, 2, 3]", says: "expected a scenario object, found a list" },
    {
      name: "other.json",
      content: file({ format: "excel-export" }),
      says: '"format" must be "critical-minerals-scenario", found "excel-export"',
    },
    {
      name: "noversion.json",
      content: JSON.stringify({ format: FORMAT, assumptions: {} }),
      says: '"version" null is not supported; this app reads version 1',
    },
    {
      name: "types.json",
      content: file({ name: 42, assumptions: [6] }),
      says: '"name" must be text, found number; "assumptions" must be an object of key → number, found a list',
    },
    {
      name: "nan.json",
      content: file({ assumptions: { "crp-pk": "NaN", "wage-pk": 1e999 } }),
      says: 'assumptions.crp-pk: crp-pk must be a finite number in percentage points (from 0 to 25), got the text "NaN"',
    },
    { name: "preset.json", content: file({ preset: "\u202erosy" }), says: 'unknown preset "\\u202erosy"' },
    {
      name: "keys.json",
      content: file({ assumptions: { [PAYLOAD_NAME]: 5, "crp-pk\u0000": 3 } }),
      says: [
        'assumptions."><img src=x onerror="window.__pwned=1;alert(1)"…: unknown assumption key',
        'assumptions.crp-pk\\u0000: unknown assumption key "crp-pk\\u0000"',
      ],
    },
    {
      name: "many.json",
      content: file({
        assumptions: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`bogus-${i}`, 1])),
      }),
      says: "; and 295 more",
    },
    {
      name: "bytes.json",
      content: Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]),
      says: "the file is not valid JSON",
    },
    {
      name: `${PAYLOAD_NAME}.json`,
      content: "{",
      says: `“${`${PAYLOAD_NAME}.json`.slice(0, 80)}” was not loaded`,
    },
  ];
  for (const c of cases) {
    await scenarioPage.loadFile(c.name, c.content);
    const alert = scenarioPage.savedPanel().getByRole("alert").filter({ hasText: "was not loaded" });
    for (const says of Array.isArray(c.says) ? c.says : [c.says])
      await expect(alert, c.name).toContainText(says);
    await expect(alert, c.name).toContainText("Your current scenario is unchanged.");
    // Cleared between files so that each message is the answer to its own file.
    await scenarioPage.loadFile("valid.json", file({ name: "Reset", assumptions: { "crp-pk": 7 } }));
    await expect(scenarioPage.savedPanel().getByRole("status")).toContainText("Loaded “Reset”");
  }
  await scenarioPage.openGroupOf(CRP);
  await expect(scenarioPage.slider(CRP)).toHaveValue("7");
  expect(await scenarioPage.storedScenarios()).toBe(stored);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // The markup in names and keys was shown as text: nothing of it became an element.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test("after a file is loaded, a refused second file leaves the first one's values in place", async ({
  scenarioPage,
}) => {
  await scenarioPage.goto();
  await scenarioPage.loadFile(
    "first.json",
    file({ name: "First", assumptions: { "crp-pk": 4, "wage-pk": 3500 } }),
  );
  await expect(scenarioPage.savedPanel().getByRole("status")).toContainText("Loaded “First”");
  await scenarioPage.loadFile(
    "second.json",
    file({ name: "Second", version: 2, assumptions: { "crp-pk": 20 } }),
  );
  await expect(scenarioPage.savedPanel().getByRole("alert")).toContainText('"version" 2 is not supported');
  await scenarioPage.openGroupOf(CRP);
  await expect(scenarioPage.slider(CRP)).toHaveValue("4");
});

test("hostile names are shown as text, without control characters or direction overrides, and cut to 80 characters", async ({
  scenarioPage,
  page,
}) => {
  await scenarioPage.goto();
  const longName = `${PAYLOAD_NAME}\u202eevil\u0000${"x".repeat(300)}`;
  await scenarioPage.loadFile("hostile.json", file({ name: longName, assumptions: { "crp-pk": 5 } }));
  const cleaned = `${PAYLOAD_NAME}evil ${"x".repeat(300)}`.slice(0, 80);
  await expect(scenarioPage.savedPanel().getByRole("status")).toContainText(
    `Loaded “${cleaned}” from hostile.json`,
  );

  // Typed into the Name field (the field itself stops at 80 characters).
  await scenarioPage.saveAs(`\u202e${PAYLOAD_NAME}`);
  const typed = PAYLOAD_NAME.slice(0, 79);
  await expect(scenarioPage.savedList().getByText(typed, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: `Load “${typed}”`, exact: true })).toBeVisible();

  // Written into the store by something else: kept readable, and renamed like any other.
  await scenarioPage.setStoredScenarios(
    JSON.stringify([
      {
        id: "s-rtl",
        format: FORMAT,
        version: 1,
        name: "\u202eTSOC\u202c <b>bold</b>",
        preset: "stress-case",
        assumptions: { "crp-pk": 9 },
        savedAt: "2026-11-27",
      },
    ]),
  );
  await expect(scenarioPage.savedList().getByText("TSOC <b>bold</b>", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Rename “TSOC <b>bold</b>”" }).click();
  await page.getByRole("textbox", { name: "New name for “TSOC <b>bold</b>”" }).fill("tab\there\u2028line");
  await scenarioPage.button("Save name").click();
  await expect(scenarioPage.savedList().getByText("tab here line", { exact: true })).toBeVisible();
  expect(JSON.parse((await scenarioPage.storedScenarios())!)[0].name).toBe("tab here line");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test("a damaged store is named entry by entry and written back as found, whatever it holds", async ({
  scenarioPage,
  page,
}) => {
  await scenarioPage.goto("?crp-pk=6");
  await scenarioPage.setStoredScenarios(JSON.stringify({ scenarios: [] }));
  await expect(scenarioPage.savedPanel().getByRole("alert")).toContainText(
    "the saved data should be a list of scenarios, found object",
  );
  await scenarioPage.saveAs("Blocked");
  await expect(
    scenarioPage.savedPanel().getByRole("alert").filter({ hasText: "Saving is paused" }),
  ).toBeVisible();
  expect(await scenarioPage.storedScenarios()).toBe(JSON.stringify({ scenarios: [] }));

  const entries = [
    {
      id: "s-good",
      format: FORMAT,
      version: 1,
      name: "Good",
      preset: "evidence-baseline",
      assumptions: { "crp-pk": 4 },
      savedAt: "2026-11-27",
    },
    {
      id: "<script>",
      format: FORMAT,
      version: 1,
      name: "Bad id",
      preset: "evidence-baseline",
      assumptions: {},
      savedAt: "",
    },
    {
      id: "s-key",
      format: FORMAT,
      version: 1,
      name: PAYLOAD_NAME,
      preset: "evidence-baseline",
      assumptions: { "\u202ecrp-pk": 1 },
    },
    "just a string",
    null,
  ];
  await scenarioPage.setStoredScenarios(JSON.stringify(entries));
  const damaged = scenarioPage
    .savedPanel()
    .getByRole("alert")
    .filter({ hasText: "could not be read and are kept as found" });
  await expect(damaged).toContainText("4 saved scenarios could not be read");
  await expect(damaged).toContainText("“Bad id”: its id is missing or malformed");
  await expect(damaged).toContainText(
    `“${PAYLOAD_NAME.slice(0, 80)}”: assumptions.\\u202ecrp-pk: unknown assumption key`,
  );
  await expect(damaged).toContainText("Entry 4: expected a scenario object, found string");
  await expect(damaged).toContainText("Entry 5: expected a scenario object, found null");
  await expect(scenarioPage.savedList()).toContainText("Good");

  await scenarioPage.saveAs("Added");
  await expect(scenarioPage.savedPanel().getByRole("status")).toContainText("Saved “Added”.");
  const after = JSON.parse((await scenarioPage.storedScenarios())!);
  expect(
    after.map((e: { name?: string } | string | null) => (e && typeof e === "object" ? e.name : e)),
  ).toEqual(["Good", "Added", "Bad id", PAYLOAD_NAME, "just a string", null]);
  expect(after.slice(2)).toEqual(entries.slice(1));
  await scenarioPage.openGroupOf(CRP);
  await expect(scenarioPage.slider(CRP)).toHaveValue("6");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
