import { type Observation } from "@/lib/data/common";
import { formatQuantity } from "@/lib/charts/format";
import { SourceLink, StatusBadge } from "@/app/ui/provenance";
import { TableScroll } from "@/app/ui/table-scroll";

/** The USGS edition the mineral pages show (MCS 2026 values appear beside it, labelled as an update). */
export const EDITION = "MCS 2025";

/** The rows of one USGS edition for a mineral that the values page lists: production and reserves, as printed. */
export function usgsValueRows(
  observations: readonly Observation[],
  mineral: string,
  edition: string,
): Observation[] {
  return observations.filter(
    (o) => o.mineral === mineral && o.edition === edition && o.measure in MEASURE_LABELS,
  );
}

export const MEASURE_LABELS: Record<string, string> = {
  "mine-production": "Mine production",
  "refinery-production": "Refinery production",
  reserves: "Reserves",
  "reserves-jorc-compliant": "Reserves (JORC-compliant)",
  "sponge-production": "Sponge production",
  "sponge-capacity": "Sponge capacity",
  "pigment-capacity": "Pigment capacity",
};

export function ProvenanceTable({
  rows,
  countryName,
}: {
  rows: readonly Observation[];
  countryName: (c: string) => string;
}) {
  return (
    <TableScroll label="USGS rows with provenance">
      <table className="data">
        <caption>USGS rows with provenance</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Measure</th>
            <th scope="col" className="num">
              Year
            </th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">As printed</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={`${o.country}-${o.measure}-${o.year}`}>
              <th scope="row">{countryName(o.country)}</th>
              <td>{MEASURE_LABELS[o.measure] ?? o.measure}</td>
              <td className="num">{o.year}</td>
              <td className="num">
                {o.value === null ? "no value" : formatQuantity(o.value, o.unit, o.qualifier)}
              </td>
              <td>{o.printed ?? ""}</td>
              <td>
                <StatusBadge status={o.status} />
              </td>
              <td>
                <SourceLink id={o.sourceId} />
              </td>
              <td>{o.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
