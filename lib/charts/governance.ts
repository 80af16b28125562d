import { type Observation } from "../data/common";
import { type RangedBar } from "./bar-series";
import { formatNumber } from "./format";
import { countryColour } from "./palette";
import { type BarSeries } from "./world-table";

/**
 * C3's chart (and the governance charts elsewhere): one WGI percentile per country in its latest year, with the
 * 90 % confidence bounds as a range. Countries with no value are listed as missing.
 */
export function buildGovernanceBars(
  observations: readonly Observation[],
  measure: string,
  countries: readonly string[],
  countryName: (code: string) => string,
  provenanceOf: (o: Observation) => string,
  labelOf: (code: string) => string = countryName,
): { unit: string; bars: RangedBar[]; missing: BarSeries["missing"]; year: number | null } {
  const bars: RangedBar[] = [];
  const missing: BarSeries["missing"] = [];
  let year: number | null = null;
  for (const c of countries) {
    const rows = observations.filter((o) => o.country === c && o.measure === measure && o.value !== null);
    const latest = rows.reduce<Observation | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);
    if (!latest || latest.value === null) {
      missing.push({ label: labelOf(c), reason: "no WGI value" });
      continue;
    }
    year = Math.max(year ?? 0, latest.year);
    bars.push({
      key: `${c}-${measure}`,
      label: labelOf(c),
      value: latest.value,
      display: formatNumber(latest.value, 1),
      detail:
        latest.low !== undefined && latest.high !== undefined
          ? `90 % bounds ${formatNumber(latest.low, 1)}–${formatNumber(latest.high, 1)}, ${latest.year}`
          : String(latest.year),
      colour: countryColour(c),
      highlight: c === "PK",
      provenance: provenanceOf(latest),
      estimate: latest.status !== "published",
      ...(latest.low !== undefined ? { low: latest.low } : {}),
      ...(latest.high !== undefined ? { high: latest.high } : {}),
    });
  }
  return { unit: "percentile rank", bars, missing, year };
}
