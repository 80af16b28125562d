import { version as APP_VERSION } from "../../package.json";
import { PRIMARY_EDITION, UPDATE_EDITION } from "../data/constants";
import { type ExportSource } from "./figure";

/**
 * How to cite a chart or a page of the dashboard (OWID's "Cite this work"): a formatted citation, BibTeX and RIS of
 * the exact state a reader saw, and the original publishers' citations of the data behind it, built from the
 * source registry's fields only. Pure string functions: the Cite dialog, the page's "Cite this page" and the tests
 * call the same code.
 */

/** Who publishes the dashboard, as the README and the page header name it. */
export const DASHBOARD_NAME = "Critical Minerals Opportunity Dashboard";

/** The software release and the data edition a citation pins: "0.1.0 (data: USGS MCS 2025, MCS 2026 update)". */
export const CITE_VERSION = `${APP_VERSION} (data: USGS ${PRIMARY_EDITION}, ${UPDATE_EDITION} update)`;

/** What is cited. */
export interface CiteTarget {
  kind: "chart" | "page";
  /** The chart's title, or the page's. */
  title: string;
  /** Stable id for the citation key: the chart's id, or the page's path. */
  id: string;
  /** Absolute URL of the exact state: the page's address with its query and, for a chart, its anchor. */
  url: string;
  /** The day the reader looked, YYYY-MM-DD: a live page's figures can change with a later data edition. */
  accessed: string;
  /** The publications behind what is shown, in the order the chart lists them. */
  sources: readonly ExportSource[];
}

/** The access date a citation records: the reader's day, as YYYY-MM-DD (UTC, as the export file names are). */
export function accessDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A page's title for its citation: the document title without the site's suffix ("Copper"), or the page's heading
 * where the title is the site's name alone (the overview).
 */
export function pageTitleOf(documentTitle: string, heading: string): string {
  const suffix = ` · ${DASHBOARD_NAME}`;
  if (documentTitle.endsWith(suffix)) return documentTitle.slice(0, -suffix.length);
  return oneLine(heading) || documentTitle;
}

const KIND_LABEL = { chart: "Chart", page: "Web page" } as const;

/** The year of the access date: the dashboard is a live resource, cited as seen that year. */
function citeYear(target: CiteTarget): string {
  return target.accessed.slice(0, 4);
}

/** The year a source was published, or "n.d." when a stored chart did not carry its date. */
function sourceYear(s: ExportSource): string {
  return s.date?.slice(0, 4) ?? "n.d.";
}

/** A source's URL made absolute: the project's own method notes are paths inside this app. */
function absoluteUrl(url: string, base: string): string {
  return new URL(url, base).toString();
}

/**
 * Each citation field is one line with single spaces: control characters and runs of white space become one space
 * (RIS readers take "XX  - " anywhere in a line as the start of a tag).
 */
function oneLine(s: string): string {
  return s.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
}

/**
 * The original publisher's citation of a source, from its registry fields: "U.S. Geological Survey (2025).
 * Mineral Commodity Summaries 2025: Copper. MCS 2025, pp. 64–65. https://… Licence: Public domain …".
 */
export function publisherCitation(s: ExportSource, base: string): string {
  return oneLine(
    `${s.producer} (${sourceYear(s)}). ${s.title}. ${s.edition}. ${absoluteUrl(s.url, base)}. Licence: ${s.licence}.`,
  );
}

/** The citation as a reader pastes it under a quote or a figure. */
export function formatCitation(target: CiteTarget): string {
  return oneLine(
    `${DASHBOARD_NAME} (${citeYear(target)}). ${target.title} [${KIND_LABEL[target.kind]}]. ` +
      `Version ${CITE_VERSION}. ${target.url} (accessed ${target.accessed}).`,
  );
}

// ——— BibTeX ———

const BIBTEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Text for a BibTeX field: LaTeX's special characters escaped, so "R&D 50% {x}" prints as written. */
export function escapeBibtex(s: string): string {
  return oneLine(s).replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX_ESCAPES[c]!);
}

/**
 * A URL for BibTeX's verbatim `url` field: nothing is escaped there, so the characters that would still break it
 * (braces, backslashes, whitespace) are percent-encoded, which leaves the address the same.
 */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A citation key: letters, digits and "-" only, so every BibTeX tool reads it. */
function bibtexKey(s: string): string {
  return s.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "item";
}

function bibtexEntry(
  type: string,
  key: string,
  fields: readonly (readonly [string, string | null])[],
): string {
  const body = fields
    .filter((f): f is readonly [string, string] => f[1] !== null)
    .map(([name, value]) => `  ${name} = {${value}},`);
  return [`@${type}{${bibtexKey(key)},`, ...body, "}"].join("\n");
}

/** The citation key of the dashboard's entry: "cmod-world-mine-production-2026-12-02". */
export function citationKey(target: CiteTarget): string {
  return bibtexKey(`cmod-${target.id}-${target.accessed}`);
}

/**
 * BibTeX of the chart or page (an `@misc` entry with biblatex's `url`, `urldate` and `version`) followed by one
 * `@misc` per source behind it, keyed by the source's id, so a bibliography can cite the data's publishers too.
 */
export function toBibtex(target: CiteTarget): string {
  const base = target.url;
  const entries = [
    bibtexEntry("misc", citationKey(target), [
      ["author", `{${escapeBibtex(DASHBOARD_NAME)}}`],
      ["title", `{${escapeBibtex(target.title)}}`],
      ["howpublished", KIND_LABEL[target.kind]],
      ["publisher", escapeBibtex(DASHBOARD_NAME)],
      ["year", citeYear(target)],
      ["version", escapeBibtex(CITE_VERSION)],
      ["url", bibtexUrl(target.url)],
      ["urldate", target.accessed],
      [
        "note",
        target.sources.length
          ? escapeBibtex(`Data: ${target.sources.map((s) => `${s.producer}, ${s.title}`).join("; ")}`)
          : null,
      ],
    ]),
    ...target.sources.map((s) =>
      bibtexEntry("misc", s.id, [
        ["author", `{${escapeBibtex(s.producer)}}`],
        ["title", `{${escapeBibtex(s.title)}}`],
        ["publisher", escapeBibtex(s.producer)],
        ["year", s.date ? sourceYear(s) : null],
        ["date", s.date ?? null],
        ["url", bibtexUrl(absoluteUrl(s.url, base))],
        ["note", escapeBibtex(`${s.edition}. Licence: ${s.licence}`)],
      ]),
    ),
  ];
  return `${entries.join("\n\n")}\n`;
}

// ——— RIS ———

/** A RIS date: "2025/01//" from "2025-01", "2026/12/02/" from "2026-12-02". */
function risDate(date: string): string {
  const [y, m = "", d = ""] = date.split("-");
  return `${y}/${m}/${d}/`;
}

function risRecord(fields: readonly (readonly [string, string | null])[]): string {
  const lines = fields
    .filter((f): f is readonly [string, string] => f[1] !== null)
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return [...lines, "ER  - "].join("\r\n");
}

/**
 * RIS of the chart or page (TY DATA: a view of a dataset, with its version in ET and the access date in Y2, which
 * readers take as the access date for DATA but not for ELEC) followed by one ELEC record per source. Each field is one line, so a line break in a title cannot start a new tag.
 */
export function toRis(target: CiteTarget): string {
  const base = target.url;
  const records = [
    risRecord([
      ["TY", "DATA"],
      ["ID", citationKey(target)],
      // A trailing comma marks an organisation in RIS, so readers do not split it into family and given names.
      ["AU", `${DASHBOARD_NAME},`],
      ["TI", target.title],
      ["M3", KIND_LABEL[target.kind]],
      ["PB", DASHBOARD_NAME],
      ["PY", citeYear(target)],
      ["ET", CITE_VERSION],
      ["UR", target.url],
      ["Y2", risDate(target.accessed)],
      [
        "N1",
        target.sources.length
          ? `Data: ${target.sources.map((s) => `${s.producer}, ${s.title}`).join("; ")}`
          : null,
      ],
    ]),
    ...target.sources.map((s) =>
      risRecord([
        ["TY", "ELEC"],
        ["ID", bibtexKey(s.id)],
        ["AU", `${s.producer},`],
        ["TI", s.title],
        ["PB", s.producer],
        ["PY", s.date ? sourceYear(s) : null],
        ["DA", s.date ? risDate(s.date) : null],
        ["ET", s.edition],
        ["UR", absoluteUrl(s.url, base)],
        ["N1", `Licence: ${s.licence}`],
      ]),
    ),
  ];
  return `${records.join("\r\n\r\n")}\r\n`;
}

/** File names for the downloads: "world-mine-production_2026-12-02.bib". */
export function citationFileName(target: CiteTarget, extension: "bib" | "ris"): string {
  return `${bibtexKey(target.id).toLowerCase()}_${target.accessed}.${extension}`;
}
