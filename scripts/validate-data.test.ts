import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.join(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "cmd-data-"));
cpSync(path.join(ROOT, "data"), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runValidate() {
  return spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/validate-data.ts")],
    {
      env: { ...process.env, DATA_DIR: dir },
      encoding: "utf8",
    },
  );
}

describe("npm run data:validate (the first step of npm run build)", () => {
  it("passes on the real data", () => {
    const r = runValidate();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 30_000);

  it("fails with file, record and field when a file is broken", () => {
    const file = path.join(dir, "country-risk.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.observations[0].status = "guess";
    writeFileSync(file, JSON.stringify(json));
    const r = runValidate();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data\/country-risk\.json › observations\[0\] \(.*\) › status: /);
  }, 30_000);

  it("fails on a file that is not JSON", () => {
    writeFileSync(path.join(dir, "events.json"), "{ not json");
    const r = runValidate();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("data/events.json › (file) › (file): not valid JSON");
  }, 30_000);
});
