import countries from "@/data/countries.json";

/**
 * The one source of country names: data/countries.json, read without zod so browser code (the lab) can use it too;
 * the file itself is validated with the rest of the data. Codes outside the file (a programming error) print as is.
 */
const NAMES: ReadonlyMap<string, { name: string; shortName?: string }> = new Map(
  countries.countries.map((c) => [c.code, c]),
);

/** "Pakistan", "United States", "Other countries" (ZZ), "World". */
export function countryName(code: string): string {
  return NAMES.get(code)?.name ?? code;
}

/** The short name for chart labels where one is given ("US"), else the name. */
export function countryShortName(code: string): string {
  const c = NAMES.get(code);
  return c?.shortName ?? c?.name ?? code;
}
