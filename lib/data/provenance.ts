import { type Observation, type Status } from "./common";
import { STATUS_LABELS } from "./constants";
import { type Source } from "./sources";

/** A short citation for a source: "USGS MCS 2025", "World Bank WGI 2024 update". */
export function shortCitation(source: Pick<Source, "producer" | "edition">): string {
  const producer = PRODUCER_ABBREVIATIONS[source.producer] ?? source.producer;
  return `${producer}, ${source.edition}`;
}

const PRODUCER_ABBREVIATIONS: Record<string, string> = {
  "U.S. Geological Survey": "USGS",
  "International Energy Agency (IEA)": "IEA",
  "World Bank": "World Bank",
};

/** "Source's estimate" etc. */
export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

/** The one-line provenance of an observation: "USGS, MCS 2025, pp. 34–35 · 2024 · Source's estimate". */
export function provenanceLine(
  o: Observation,
  source: Pick<Source, "producer" | "edition"> | undefined,
): string {
  const cite = source ? shortCitation(source) : o.sourceId;
  const when = o.period ?? String(o.year);
  return `${cite} · ${when} · ${statusLabel(o.status)}`;
}
