import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type MineralId, type Observation } from "./common";
import { MINERAL_IDS } from "./constants";

/**
 * Cross-checks the USGS observation files against the raw reference material beside the project (../shared):
 * every MCS 2025 table value against the chapter text it was transcribed from, and every MCS 2026 value against
 * the compiled production/reserves CSV. When ../shared is absent (e.g. a fresh clone), the suites are skipped.
 */

const DATA_DIR = path.join(__dirname, "../../data");
const SHARED = path.join(__dirname, "../../../shared");
const CHAPTER_DIR = path.join(SHARED, "sources/usgs-mcs2025-chapter-text");
const CSV_FILE = path.join(SHARED, "reference/usgs-mcs-production-reserves.csv");
const FACTS_FILE = path.join(SHARED, "reference/data-facts.md");
const hasChapters = existsSync(CHAPTER_DIR);
const hasCsv = existsSync(CSV_FILE) && existsSync(FACTS_FILE);

function readObservations(file: string): Observation[] {
  return (JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8")) as { observations: Observation[] })
    .observations;
}

/** Country names as the chapter tables and the CSV print them. */
const COUNTRY_CODES: Record<string, string> = {
  "United States": "US",
  Argentina: "AR",
  Australia: "AU",
  Austria: "AT",
  Bolivia: "BO",
  Brazil: "BR",
  Burma: "MM",
  Canada: "CA",
  Chile: "CL",
  China: "CN",
  "Congo (Kinshasa)": "CD",
  "Côte d’Ivoire": "CI",
  Cuba: "CU",
  Finland: "FI",
  Gabon: "GA",
  Germany: "DE",
  Ghana: "GH",
  Greenland: "GL",
  Guatemala: "GT",
  India: "IN",
  Indonesia: "ID",
  Iran: "IR",
  Japan: "JP",
  Kazakhstan: "KZ",
  "Korea, North": "KP",
  "Korea, Republic of": "KR",
  Kyrgyzstan: "KG",
  Laos: "LA",
  Madagascar: "MG",
  Malaysia: "MY",
  Mexico: "MX",
  Mozambique: "MZ",
  Namibia: "NA",
  "New Caledonia": "NC",
  Nigeria: "NG",
  Norway: "NO",
  Pakistan: "PK",
  "Papua New Guinea": "PG",
  Peru: "PE",
  Philippines: "PH",
  Poland: "PL",
  Portugal: "PT",
  Russia: "RU",
  "Saudi Arabia": "SA",
  "South Africa": "ZA",
  "Sri Lanka": "LK",
  Tajikistan: "TJ",
  Tanzania: "TZ",
  Thailand: "TH",
  Turkey: "TR",
  Ukraine: "UA",
  "United Kingdom": "GB",
  Vietnam: "VN",
  Zambia: "ZM",
  Zimbabwe: "ZW",
  "Other countries": "ZZ",
  Other: "ZZ",
  "World total (rounded)": "WORLD",
  "World total": "WORLD",
};
/** Longest first, so "Other countries" wins over "Other" and "Korea, Republic of" is not cut short. */
const NAMES = Object.keys(COUNTRY_CODES).sort((a, b) => b.length - a.length);

/** The columns of each chapter's table, left to right. */
const TABLE_COLUMNS: Record<MineralId, [string, number][]> = {
  copper: [
    ["mine-production", 2023],
    ["mine-production", 2024],
    ["refinery-production", 2023],
    ["refinery-production", 2024],
    ["reserves", 2024],
  ],
  lithium: [],
  "rare-earths": [],
  graphite: [],
  antimony: [],
  chromium: [],
  nickel: [],
  cobalt: [],
  manganese: [],
  titanium: [
    ["sponge-production", 2023],
    ["sponge-production", 2024],
    ["sponge-capacity", 2024],
    ["pigment-capacity", 2024],
  ],
};
for (const m of MINERAL_IDS) {
  if (TABLE_COLUMNS[m].length === 0) {
    TABLE_COLUMNS[m] = [
      ["mine-production", 2023],
      ["mine-production", 2024],
      ["reserves", 2024],
    ];
  }
}
const TABLE_MEASURES = new Set(
  Object.values(TABLE_COLUMNS).flatMap((cols) => cols.map(([measure]) => measure)),
);

/** A printed cell: numbers (with thousands separators and an optional ">"), "—", W, NA, Small or a "(5)" reference. */
const CELL = /\(\d+\)|>?\d{1,3}(?:,\d{3})+(?:\.\d+)?|>?\d+(?:\.\d+)?|—|\bW\b|\bNA\b|\bSmall\b/g;

/** How USGS would print an observation's value: 62300 → "62,300", 0 → "—", a lower bound → ">2,000,000". */
function printedForm(o: Observation): string | null {
  if (o.value === null) return null;
  if (o.value === 0) return "—";
  const n = o.value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return o.bound === "lower" ? `>${n}` : o.bound === "upper" ? `<${n}` : n;
}

/**
 * The rows of a chapter's world production table: for each country, the cells printed from its name line up to the
 * next country's name line (the pdftotext layout puts "e" and footnote markers on lines of their own, so the cells
 * of a row come in order but may be interleaved with footnote numbers).
 */
function tableRows(text: string): { rows: Map<string, string[]>; unknown: string[] } {
  const start = text.search(/^World (?:Mine|Sponge)[^\n]*:/m);
  const end = text.search(/^World Resources/m);
  if (start < 0 || end < start) throw new Error("world production table not found");
  const lines = text.slice(start, end).split("\n");
  const first = lines.findIndex((l) => l.trim().startsWith("United States"));
  const rows = new Map<string, string[]>();
  const unknown: string[] = [];
  let current: string[] | null = null;
  for (const line of lines.slice(first)) {
    const trimmed = line.trim();
    const name = NAMES.find((n) => trimmed.startsWith(n));
    let rest = line;
    if (name) {
      const code = COUNTRY_CODES[name] as string;
      if (rows.has(code)) throw new Error(`two rows for ${code}`);
      current = [];
      rows.set(code, current);
      rest = trimmed.slice(name.length).replace(/^[a-z]+/, ""); // drop a trailing "e" marker glued to the name
    } else if (/^[A-Z]/.test(trimmed)) {
      unknown.push(trimmed);
      continue;
    }
    current?.push(...(rest.match(CELL) ?? []));
  }
  return { rows, unknown };
}

/** True when `wanted` appears in `cells` in order (footnote numbers in between are skipped). */
function isSubsequence(wanted: string[], cells: string[]): boolean {
  let i = 0;
  for (const c of cells) if (i < wanted.length && c === wanted[i]) i += 1;
  return i === wanted.length;
}

describe.skipIf(!hasChapters)("data/usgs-mcs2025.json against the MCS 2025 chapter texts", () => {
  const observations = readObservations("usgs-mcs2025.json").filter((o) => o.edition === "MCS 2025");

  for (const mineral of MINERAL_IDS) {
    it(`${mineral}: every table value is the number printed in the chapter row for that country`, () => {
      const text = readFileSync(path.join(CHAPTER_DIR, `mcs2025-${mineral}.txt`), "utf8");
      const { rows, unknown } = tableRows(text);
      expect(unknown, "table lines whose country name the test cannot map").toEqual([]);

      const columns = TABLE_COLUMNS[mineral];
      const own = observations.filter((o) => o.mineral === mineral && TABLE_MEASURES.has(o.measure));
      const problems: string[] = [];
      const countries = new Set(own.map((o) => o.country));

      for (const country of countries) {
        const label = `${mineral} ${country}`;
        const row = rows.get(country);
        const mine = own.filter((o) => o.country === country);
        if (mine.every((o) => o.value === null && o.printed === undefined)) {
          // A "not listed" row: the chapter must indeed have no row for this country.
          if (row) problems.push(`${label}: marked not listed, but the chapter has a row`);
          continue;
        }
        if (!row) {
          problems.push(`${label}: no row in the chapter table`);
          continue;
        }
        const wanted: string[] = [];
        for (const [measure, year] of columns) {
          const cell = mine.filter((o) => o.measure === measure && o.year === year);
          if (cell.length !== 1) {
            problems.push(`${label} ${measure} ${year}: expected one observation, found ${cell.length}`);
            continue;
          }
          const o = cell[0] as Observation;
          const printed = o.printed?.replace(/ \(e\)$/, "");
          const fromValue = printedForm(o);
          if (fromValue !== null) {
            if (printed !== fromValue)
              problems.push(`${label} ${measure} ${year}: value ${o.value} but printed "${o.printed}"`);
            wanted.push(fromValue);
          } else {
            if (!printed || !/^(W|NA|Small|\(\d+\))$/.test(printed)) {
              problems.push(`${label} ${measure} ${year}: null value with printed "${o.printed}"`);
              continue;
            }
            wanted.push(printed);
          }
        }
        if (!isSubsequence(wanted, row)) {
          problems.push(
            `${label}: data [${wanted.join(" | ")}] not found in order in the chapter row [${row.join(" | ")}]`,
          );
        }
      }
      for (const code of rows.keys()) {
        if (!countries.has(code))
          problems.push(`${mineral} ${code}: the chapter lists this country but the data file has no rows`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("Australian JORC-compliant reserves match the table footnotes", () => {
    const jorc = observations.filter((o) => o.measure === "reserves-jorc-compliant");
    expect(jorc.length).toBeGreaterThan(0);
    for (const o of jorc) {
      const text = readFileSync(path.join(CHAPTER_DIR, `mcs2025-${o.mineral}.txt`), "utf8").replace(
        /\s+/g,
        " ",
      );
      const match =
        /For Australia, Joint Ore Reserves Committee-compliant or equivalent reserves were ([\d.,]+)( million)? tons/.exec(
          text,
        );
      expect(match, `${o.mineral}: footnote not found`).not.toBeNull();
      const tons = Number((match?.[1] ?? "").replace(/,/g, "")) * (match?.[2] ? 1e6 : 1);
      const value = (o.value ?? NaN) * (o.unit === "kt" ? 1000 : 1);
      expect(value, `${o.mineral} JORC reserves`).toBeCloseTo(tons, 0);
    }
  });
});

interface CsvRow {
  edition: string;
  commodity: string;
  measure: string;
  country: string;
  year: string;
  value: string;
  value_as_printed: string;
}

/** The CSV's commodity and measure → the data files' mineral and measure. */
function csvKey(r: CsvRow): string {
  const mineral =
    {
      copper_mine: "copper",
      copper_refinery: "copper",
      rare_earths: "rare-earths",
      titanium_sponge: "titanium",
    }[r.commodity] ?? r.commodity;
  const measure =
    r.measure === "reserves"
      ? "reserves"
      : r.commodity === "copper_refinery"
        ? "refinery-production"
        : r.commodity === "titanium_sponge"
          ? "sponge-production"
          : "mine-production";
  const country = COUNTRY_CODES[r.country];
  if (!country) throw new Error(`unknown CSV country "${r.country}"`);
  return [mineral, measure, country, r.year].join("|");
}

function obsKey(o: Observation): string {
  return [o.mineral, o.measure, o.country, o.year].join("|");
}

/** The value a CSV row stands for: "—" is zero; W, NA, Small and "(4)" are missing. */
function csvValue(r: CsvRow): number | null {
  if (r.value_as_printed === "—") return 0;
  return r.value === "" ? null : Number(r.value);
}

/** MCS 2026 values that come from data-facts.md §1 rather than from the CSV, with the text that states them. */
const FROM_FACTS: Record<string, { value: number; text: string }> = {
  "copper|mine-production|WORLD|2024": {
    value: 23000,
    text: "world copper **mine** production of 23,000 kt in both 2024 and 2025e",
  },
  "copper|mine-production|WORLD|2025": {
    value: 23000,
    text: "world copper **mine** production of 23,000 kt in both 2024 and 2025e",
  },
  "copper|mine-production|US|2025": {
    value: 1000,
    text: "US mine production 2025e (MCS 2026 salient table): 1,000 kt",
  },
  "lithium|reserves-jorc-compliant|AU|2025": { value: 5100000, text: "8,400,000 (JORC 5.1 Mt)" },
  "antimony|reserves-jorc-compliant|AU|2025": { value: 11000, text: "110,000 (JORC 11,000)" },
  "cobalt|reserves-jorc-compliant|AU|2025": { value: 680000, text: "1,700,000 (JORC 680,000)" },
};

/** Reads the CSV only when a test runs, so a missing ../shared skips the suite instead of failing collection. */
function loadCsv() {
  const csv = Papa.parse<CsvRow>(readFileSync(CSV_FILE, "utf8"), { header: true, skipEmptyLines: true });
  const rows26 = csv.data.filter((r) => r.edition.startsWith("MCS 2026"));
  const obs26 = readObservations("usgs-mcs2026.json");
  return { csv, rows26, obs26, byKey: new Map(obs26.map((o) => [obsKey(o), o])) };
}

describe.skipIf(!hasCsv)(
  "data/usgs-mcs2026.json (and the MCS 2025 focus rows) against the compiled production/reserves CSV",
  () => {
    it("parses the CSV", () => {
      const { csv, rows26 } = loadCsv();
      expect(csv.errors).toEqual([]);
      expect(rows26.length).toBeGreaterThan(100);
    });

    it("has every MCS 2026 CSV row, with the same value, printed form and bound", () => {
      const { rows26, byKey } = loadCsv();
      const problems: string[] = [];
      for (const r of rows26) {
        const key = csvKey(r);
        const o = byKey.get(key);
        if (!o) {
          problems.push(`${key}: missing from the data file`);
          continue;
        }
        if (o.value !== csvValue(r)) problems.push(`${key}: value ${o.value}, CSV ${csvValue(r)}`);
        if (o.printed !== r.value_as_printed)
          problems.push(`${key}: printed "${o.printed}", CSV "${r.value_as_printed}"`);
        if ((o.bound === "lower") !== r.value_as_printed.startsWith(">")) problems.push(`${key}: bound`);
        if (o.edition !== "MCS 2026" || o.status !== "secondary") problems.push(`${key}: edition/status`);
      }
      expect(problems).toEqual([]);
    });

    it("has no MCS 2026 value that neither the CSV nor data-facts.md states", () => {
      const { rows26, obs26 } = loadCsv();
      const facts = readFileSync(FACTS_FILE, "utf8");
      const csvKeys = new Set(rows26.map(csvKey));
      const problems: string[] = [];
      for (const o of obs26) {
        const key = obsKey(o);
        if (csvKeys.has(key)) continue;
        const fact = FROM_FACTS[key];
        if (!fact) problems.push(`${key}: not in the CSV and not a known data-facts.md figure`);
        else if (o.value !== fact.value || !facts.includes(fact.text))
          problems.push(`${key}: ${o.value} does not match data-facts.md`);
      }
      expect(problems).toEqual([]);
    });

    it("agrees with the CSV's MCS 2025 rows too", () => {
      const { csv } = loadCsv();
      const obs25 = new Map(readObservations("usgs-mcs2025.json").map((o) => [obsKey(o), o]));
      const problems: string[] = [];
      for (const r of csv.data.filter((row) => row.edition === "MCS 2025")) {
        const key = csvKey(r);
        const o = obs25.get(key);
        if (!o) problems.push(`${key}: missing from usgs-mcs2025.json`);
        else if (o.value !== csvValue(r)) problems.push(`${key}: value ${o.value}, CSV ${csvValue(r)}`);
      }
      expect(problems).toEqual([]);
    });
  },
);
