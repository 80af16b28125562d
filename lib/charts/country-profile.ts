import { type MineralId, type Observation } from "../data/common";
import { formatQuantity, formatShare } from "./format";
import { countryColour } from "./palette";
import { type Bar, type BarSeries } from "./world-table";

/**
 * Pure builders for the country profile (/countries/[code]) and the dated timelines shared with the mineral
 * profile.
 */

/**
 * A country's share of world mine production per mineral (USGS MCS 2025, 2024; titanium: sponge metal), one bar
 * per mineral where the country is listed. Minerals where USGS does not list it, or withholds the figure, are
 * named in `missing` with USGS's reason.
 */
export function buildCountryShareSeries(
  observations: readonly Observation[],
  country: string,
  minerals: readonly { id: MineralId; name: string }[],
  provenanceOf: (o: Observation) => string,
): BarSeries {
  const bars: Bar[] = [];
  const missing: BarSeries["missing"] = [];
  for (const m of minerals) {
    const measure = m.id === "titanium" ? "sponge-production" : "mine-production";
    const rows = observations.filter(
      (o) => o.mineral === m.id && o.measure === measure && o.year === 2024 && o.edition === "MCS 2025",
    );
    const row = rows.find((o) => o.country === country);
    const world = rows.find((o) => o.country === "WORLD");
    if (!row) {
      missing.push({ label: m.name, reason: "not in the USGS table" });
      continue;
    }
    if (row.value === null || !world?.value) {
      missing.push({
        label: m.name,
        reason:
          row.value === null ? (row.note ?? `USGS prints ${row.printed ?? "no value"}`) : "no world total",
      });
      continue;
    }
    const share = row.value / world.value;
    bars.push({
      key: m.id,
      label: m.name,
      value: share * 100,
      display: formatShare(share),
      detail: formatQuantity(row.value, row.unit, row.qualifier),
      colour: countryColour(country),
      highlight: false,
      provenance: provenanceOf(row),
      estimate: row.status !== "published",
    });
  }
  return { unit: "% of world mine production", bars, missing };
}
