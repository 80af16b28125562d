import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv, toCsvLine } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 asks", () => {
    expect(toCsvLine(["a", "b,c", 'say "hi"', "two\nlines", 3.5, null])).toBe(
      'a,"b,c","say ""hi""","two\nlines",3.5,',
    );
  });

  it("round-trips through a CSV parser, preamble skipped", () => {
    const text = toCsv(
      ["country", "value (t)"],
      [
        ["Korea, Republic of", 1200],
        ["China", 270000],
      ],
      ["Title, with comma", "Licence: CC BY 4.0"],
    );
    expect(text.startsWith("# Title, with comma\r\n# Licence: CC BY 4.0\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text, { comments: "#", skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["country", "value (t)"],
      ["Korea, Republic of", "1200"],
      ["China", "270000"],
    ]);
  });
});
