import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataFiles } from "./checks";
import { buildDataset, DataValidationError } from "./dataset";
import { DATA_FILE_NAMES, type DataFileName } from "./files";
import { formatDataIssue, parseDataFiles } from "./validate";

const DATA_DIR = path.join(__dirname, "../../data");

function readRaw(): Record<DataFileName, unknown> {
  return Object.fromEntries(
    DATA_FILE_NAMES.map((f) => [f, JSON.parse(readFileSync(path.join(DATA_DIR, f), "utf8"))]),
  ) as Record<DataFileName, unknown>;
}

/** A deep copy of the real files, for corrupting one field at a time. */
function copy(): Record<DataFileName, unknown> {
  return structuredClone(readRaw());
}

function messagesOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataValidationError) return error.message;
    throw error;
  }
  throw new Error("expected a DataValidationError");
}

describe("the real data files", () => {
  const raw = readRaw();
  const parsed = parseDataFiles(raw);

  it("every file parses against its schema", () => {
    const issues = parsed.ok ? [] : parsed.issues.map(formatDataIssue);
    expect(issues).toEqual([]);
  });

  it("pass the cross-file checks: sources resolve, countries ≤ world, shares within 0–100 %", () => {
    if (!parsed.ok) throw new Error("files do not parse");
    expect(checkDataFiles(parsed.files).map(formatDataIssue)).toEqual([]);
  });

  const ds = buildDataset(raw);

  it("hold every number with a unit and a status", () => {
    for (const o of ds.observations) {
      expect(o.unit.length).toBeGreaterThan(0);
      expect(o.status).toMatch(/^(published|source-estimate|secondary|derived|assumption)$/);
      if (o.value === null) expect(o.note, `${o.country} ${o.mineral} ${o.measure} ${o.year}`).toBeTruthy();
    }
  });

  it("cover all ten minerals and the six countries with MCS 2025 mine production for 2023 and 2024", () => {
    expect(ds.minerals.map((m) => m.id)).toEqual([
      "copper",
      "lithium",
      "rare-earths",
      "graphite",
      "antimony",
      "chromium",
      "nickel",
      "cobalt",
      "manganese",
      "titanium",
    ]);
    for (const m of ds.minerals) {
      const measure = m.id === "titanium" ? "sponge-production" : "mine-production";
      for (const year of [2023, 2024]) {
        const world = ds.observations.find(
          (o) =>
            o.mineral === m.id &&
            o.measure === measure &&
            o.year === year &&
            o.country === "WORLD" &&
            o.edition === "MCS 2025",
        );
        expect(world?.value, `${m.id} ${year}`).toBeGreaterThan(0);
        for (const c of ["PK", "AU", "CA", "UA", "CN", "US"]) {
          const row = ds.observations.find(
            (o) =>
              o.mineral === m.id &&
              o.measure === measure &&
              o.year === year &&
              o.country === c &&
              o.edition === "MCS 2025",
          );
          expect(row, `${m.id} ${measure} ${c} ${year}`).toBeDefined();
        }
      }
    }
  });

  it("hold the USGS figures exactly as published", () => {
    const get = (mineral: string, measure: string, country: string, year: number, edition = "MCS 2025") =>
      ds.observations.find(
        (o) =>
          o.mineral === mineral &&
          o.measure === measure &&
          o.country === country &&
          o.year === year &&
          o.edition === edition,
      );
    expect(get("rare-earths", "mine-production", "CN", 2024)).toMatchObject({
      value: 270000,
      unit: "t",
      status: "source-estimate",
    });
    expect(get("antimony", "mine-production", "PK", 2024)).toMatchObject({ value: 250, unit: "t" });
    expect(get("antimony", "reserves", "PK", 2024)).toMatchObject({ value: 26000, unit: "t" });
    expect(get("copper", "mine-production", "WORLD", 2023)).toMatchObject({
      value: 22600,
      unit: "kt",
      status: "published",
    });
    expect(get("graphite", "mine-production", "CN", 2024)).toMatchObject({ value: 1270000, unit: "t" });
    expect(get("lithium", "mine-production", "US", 2024)).toMatchObject({ value: null });
    expect(get("antimony", "mine-production", "CN", 2024, "MCS 2026")).toMatchObject({
      value: 40000,
      status: "secondary",
    });
  });
});

describe("a broken data file", () => {
  it("names the file, record and field of a wrong type", () => {
    const raw = copy();
    const file = raw["usgs-mcs2025.json"] as { observations: Record<string, unknown>[] };
    const i = file.observations.findIndex(
      (o) =>
        o.country === "PK" && o.mineral === "antimony" && o.year === 2024 && o.measure === "mine-production",
    );
    file.observations[i]!.value = "250";
    const message = messagesOf(() => buildDataset(raw));
    expect(message).toContain(
      `data/usgs-mcs2025.json › observations[${i}] (antimony mine-production PK 2024) › value:`,
    );
  });

  it("names a misspelt key (strict objects)", () => {
    const raw = copy();
    const file = raw["sources.json"] as { sources: Record<string, unknown>[] };
    file.sources[0]!.license = "typo";
    expect(messagesOf(() => buildDataset(raw))).toMatch(
      /data\/sources\.json › sources\[0\] \([a-z0-9-]+\) › \(record\): Unrecognized key: "license"/,
    );
  });

  it("names a sourceId that is not in the registry", () => {
    const raw = copy();
    const file = raw["usgs-mcs2025.json"] as { observations: Record<string, unknown>[] };
    file.observations[0]!.sourceId = "no-such-source";
    expect(messagesOf(() => buildDataset(raw))).toMatch(
      /data\/usgs-mcs2025\.json › observations\[0\] .* › sourceId: sourceId "no-such-source" is not in sources\.json/,
    );
  });

  it("names a country larger than the world total", () => {
    const raw = copy();
    const file = raw["usgs-mcs2025.json"] as { observations: Record<string, unknown>[] };
    const i = file.observations.findIndex(
      (o) =>
        o.country === "CN" &&
        o.mineral === "rare-earths" &&
        o.year === 2024 &&
        o.measure === "mine-production",
    );
    file.observations[i]!.value = 500000;
    expect(messagesOf(() => buildDataset(raw))).toContain("exceeds the world total 390000 t");
  });

  it("names a share outside 0–100 %", () => {
    const raw = copy();
    const file = raw["governance.json"] as { observations: Record<string, unknown>[] };
    const i = file.observations.findIndex((o) => o.unit === "percentile rank");
    file.observations[i]!.value = 140;
    expect(messagesOf(() => buildDataset(raw))).toMatch(
      new RegExp(
        `data/governance\\.json › observations\\[${i}\\] .* › value: a share or percentile must lie within 0–100, got 140`,
      ),
    );
  });

  it("names a missing value without a reason", () => {
    const raw = copy();
    const file = raw["usgs-mcs2025.json"] as { observations: Record<string, unknown>[] };
    const i = file.observations.findIndex((o) => o.value === null);
    delete file.observations[i]!.note;
    expect(messagesOf(() => buildDataset(raw))).toContain(`observations[${i}]`);
    expect(messagesOf(() => buildDataset(raw))).toContain("a null value needs a note giving the reason");
  });
});

describe("status follows the source", () => {
  it("refuses a figure marked published whose source is a secondary report, naming file, record and field", () => {
    const raw = copy();
    const projects = raw["projects.json"] as {
      projects: { id: string; phases: { startYear: { status: string; sourceId: string } }[] }[];
    };
    const rekoDiq = projects.projects.findIndex((p) => p.id === "reko-diq");
    const start = projects.projects[rekoDiq]!.phases[0]!.startYear;
    // Reko Diq's first production year is read in a Reuters report (kind "secondary" in sources.json).
    expect(start.status).toBe("secondary");
    start.status = "published";
    const message = messagesOf(() => buildDataset(raw));
    expect(message).toContain(`data/projects.json › projects[${rekoDiq}].phases[0].startYear › status:`);
    expect(message).toContain(`its source "${start.sourceId}" is a secondary report`);
  });
});

describe("bounds stay bounds", () => {
  const worldReserves = (raw: Record<DataFileName, unknown>, mineral: string) => {
    const file = raw["usgs-mcs2025.json"] as { observations: Record<string, unknown>[] };
    const i = file.observations.findIndex(
      (o) => o.country === "WORLD" && o.mineral === mineral && o.measure === "reserves",
    );
    return { i, o: file.observations[i]! };
  };

  it("carries USGS's printed '>' as a lower bound and '<' as an upper one, and never as 'qualifier'", () => {
    const ds = buildDataset(readRaw());
    const bounded = ds.observations.filter((o) => o.bound);
    // World reserves of antimony, rare earths, chromium and nickel (and nickel's "Other countries") in both
    // editions, and the ">50"/">95" import reliances.
    expect(bounded.length).toBeGreaterThanOrEqual(24);
    for (const o of ds.observations) {
      const sign = o.printed?.charAt(0);
      expect(o.bound, `${o.country} ${o.mineral} ${o.measure} ${o.year} printed ${o.printed}`).toBe(
        sign === ">" ? "lower" : sign === "<" ? "upper" : undefined,
      );
    }
    expect(
      ds.observations.find(
        (o) => o.mineral === "antimony" && o.measure === "reserves" && o.country === "WORLD",
      ),
    ).toMatchObject({ value: 2_000_000, bound: "lower", printed: ">2,000,000" });
  });

  it("refuses a printed '>' stored as an exact value, naming file, record and field", () => {
    const raw = copy();
    const { i, o } = worldReserves(raw, "antimony");
    delete o.bound;
    expect(messagesOf(() => buildDataset(raw))).toContain(
      `data/usgs-mcs2025.json › observations[${i}] (antimony reserves WORLD 2024) › bound: printed ">2,000,000" is a lower bound: set "bound": "lower"`,
    );
  });

  it("refuses a bound the printed value does not show, and one in the wrong direction", () => {
    const raw = copy();
    const { o } = worldReserves(raw, "antimony");
    o.bound = "upper";
    expect(messagesOf(() => buildDataset(raw))).toContain('is a lower bound: set "bound": "lower"');
    const raw2 = copy();
    const { o: cu } = worldReserves(raw2, "copper");
    cu.bound = "lower";
    expect(messagesOf(() => buildDataset(raw2))).toContain('"bound": "lower" but the source printed');
  });

  it("refuses the old 'greater-than' qualifier, and a value both approximate and bounded", () => {
    const raw = copy();
    const { o } = worldReserves(raw, "antimony");
    delete o.bound;
    o.qualifier = "greater-than";
    expect(messagesOf(() => buildDataset(raw))).toContain(
      `qualifier: Invalid input: expected "approximately"`,
    );
    const raw2 = copy();
    const { o: both } = worldReserves(raw2, "antimony");
    both.qualifier = "approximately";
    expect(messagesOf(() => buildDataset(raw2))).toContain("either approximate or a bound, not both");
  });
});
