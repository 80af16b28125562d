import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { buildMineralView } from "../views/mineral";
import {
  accessDate,
  citationFileName,
  CITE_VERSION,
  type CiteTarget,
  escapeBibtex,
  formatCitation,
  pageTitleOf,
  publisherCitation,
  toBibtex,
  toRis,
} from "./cite";

/** Copper's world mine production chart as the mineral page draws it, with its real sources. */
function copperChart(): CiteTarget {
  const chart = buildMineralView("copper")!.worldCharts.find((c) => c.id === "copper-mine-production-2024")!;
  return {
    kind: "chart",
    title: chart.title,
    id: chart.id,
    url: "https://minerals.example.org/minerals/copper?scale=log#copper-mine-production-2024",
    accessed: "2026-12-02",
    sources: chart.sources,
  };
}

/** A title and URL with every character LaTeX or RIS treats specially, and a line break. */
const HOSTILE: CiteTarget = {
  kind: "page",
  title: 'R&D at 50% {draft} $5_x^2 ~ a\\b #1 "quoted"\nER  - injected',
  id: "/compare",
  url: "https://minerals.example.org/compare?mineral=copper&note={a}%20b#x",
  accessed: "2026-12-02",
  sources: [],
};

/** Parses BibTeX as a reference manager would (no sentence-casing of titles, so we compare them as written). */
function bibtex(text: string) {
  const lib = parse(text, { english: false });
  expect(lib.errors).toEqual([]);
  return lib.entries;
}

function ris(text: string): Record<string, unknown>[] {
  return new Cite(text).data as Record<string, unknown>[];
}

describe("citing a chart", () => {
  it("names the dashboard, the chart, the year, the version with the data edition, the exact state and the access date", () => {
    const t = copperChart();
    expect(t.title).toBe("World mine production of copper, 2024");
    expect(CITE_VERSION).toBe(`${version} (data: USGS MCS 2025, MCS 2026 update)`);
    expect(formatCitation(t)).toBe(
      `Critical Minerals Opportunity Dashboard (2026). World mine production of copper, 2024 [Chart]. ` +
        `Version ${version} (data: USGS MCS 2025, MCS 2026 update). ` +
        "https://minerals.example.org/minerals/copper?scale=log#copper-mine-production-2024 (accessed 2026-12-02).",
    );
  });

  it("gives the publisher's own citation of each source, from the registry's fields", () => {
    const [usgs] = copperChart().sources;
    expect(publisherCitation(usgs!, "https://minerals.example.org/")).toBe(
      "U.S. Geological Survey (2025). Mineral Commodity Summaries 2025: Copper. MCS 2025, pp. 64–65. " +
        "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-copper.pdf. Licence: Public domain (U.S. Government work).",
    );
    // The project's own method notes are a path in the app: cited at the app's address.
    expect(
      publisherCitation(
        {
          id: "project-assumptions",
          title: "Method",
          producer: "Critical Minerals Opportunity Dashboard",
          edition: "v1",
          licence: "CC BY 4.0",
          url: "/sources#method",
          date: "2026-11",
        },
        "https://minerals.example.org/compare?x=1",
      ),
    ).toContain("https://minerals.example.org/sources#method.");
  });

  it("writes BibTeX that a third-party parser reads back field for field, with one entry per source", () => {
    const t = copperChart();
    const [entry, ...sources] = bibtex(toBibtex(t));
    expect(entry!.type).toBe("misc");
    expect(entry!.key).toBe("cmod-copper-mine-production-2024-2026-12-02");
    expect(entry!.fields.title).toBe("World mine production of copper, 2024");
    expect(entry!.fields.author).toEqual([{ name: "Critical Minerals Opportunity Dashboard" }]);
    expect(entry!.fields.publisher).toEqual(["Critical Minerals Opportunity Dashboard"]);
    expect(entry!.fields.year).toBe("2026");
    expect(entry!.fields.version).toBe(CITE_VERSION);
    expect(entry!.fields.url).toBe(t.url);
    expect(entry!.fields.urldate).toBe("2026-12-02");
    expect(sources.map((s) => s.key)).toEqual(t.sources.map((s) => s.id));
    const usgs = sources.find((s) => s.key === "usgs-mcs2025-copper")!;
    expect(usgs.fields.author).toEqual([{ name: "U.S. Geological Survey" }]);
    expect(usgs.fields.title).toBe("Mineral Commodity Summaries 2025: Copper");
    expect(usgs.fields.year).toBe("2025");
    expect(usgs.fields.url).toBe("https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-copper.pdf");
  });

  it("writes RIS that a third-party parser reads back: type, author, title, version, URL and access date", () => {
    const t = copperChart();
    const [item, ...sources] = ris(toRis(t));
    expect(item).toMatchObject({
      id: "cmod-copper-mine-production-2024-2026-12-02",
      type: "dataset",
      title: "World mine production of copper, 2024",
      author: [{ family: "Critical Minerals Opportunity Dashboard" }],
      publisher: "Critical Minerals Opportunity Dashboard",
      issued: { "date-parts": [[2026]] },
      URL: t.url,
      accessed: { "date-parts": [[2026, 12, 2]] },
    });
    expect(JSON.stringify(item)).toContain(CITE_VERSION);
    expect(sources.find((s) => s.id === "usgs-mcs2025-copper")).toMatchObject({
      author: [{ family: "U.S. Geological Survey" }],
      title: "Mineral Commodity Summaries 2025: Copper",
      issued: { "date-parts": [[2025, 1]] },
      URL: "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-copper.pdf",
    });
    expect(sources).toHaveLength(t.sources.length);
  });
});

describe("citing a page", () => {
  it("takes the page's title without the site's name, or its heading on the overview", () => {
    expect(pageTitleOf("Copper · Critical Minerals Opportunity Dashboard", "Copper")).toBe("Copper");
    expect(pageTitleOf("Critical Minerals Opportunity Dashboard", " Could Pakistan be\n cheaper? ")).toBe(
      "Could Pakistan be cheaper?",
    );
  });

  it("records the day of access as YYYY-MM-DD", () => {
    expect(accessDate(new Date(Date.UTC(2026, 11, 2, 23, 59)))).toBe("2026-12-02");
  });
});

describe("escaping", () => {
  it("escapes LaTeX's special characters, so the parser reads back exactly the title written", () => {
    expect(escapeBibtex("R&D 50% {x} $ # _ ^ ~ \\")).toBe(
      "R\\&D 50\\% \\{x\\} \\$ \\# \\_ \\textasciicircum{} \\textasciitilde{} \\textbackslash{}",
    );
    const [entry] = bibtex(toBibtex(HOSTILE));
    expect(entry!.fields.title).toBe('R&D at 50% {draft} $5_x^2 ~ a\\b #1 "quoted" ER - injected');
    expect(entry!.fields.howpublished).toBe("Web page");
  });

  it("keeps the URL the same address in BibTeX's verbatim field: braces percent-encoded, nothing else touched", () => {
    const [entry] = bibtex(toBibtex(HOSTILE));
    expect(entry!.fields.url).toBe("https://minerals.example.org/compare?mineral=copper&note=%7Ba%7D%20b#x");
    expect(new URL(entry!.fields.url!).searchParams.get("note")).toBe("{a} b");
  });

  it("keeps a line break or a tag-like run of spaces in a title from starting a new RIS tag", () => {
    const text = toRis(HOSTILE);
    expect(text.split("\r\n").filter((l) => l.startsWith("ER  -"))).toHaveLength(1);
    const [item] = ris(text);
    expect(item!.title).toBe('R&D at 50% {draft} $5_x^2 ~ a\\b #1 "quoted" ER - injected');
  });

  it("names the downloads by what is cited and the day", () => {
    expect(citationFileName(copperChart(), "bib")).toBe("copper-mine-production-2024_2026-12-02.bib");
    expect(citationFileName(HOSTILE, "ris")).toBe("compare_2026-12-02.ris");
  });
});
