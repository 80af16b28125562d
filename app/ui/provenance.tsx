import { loadDatasetIndex } from "@/lib/data/load";
import { shortCitation } from "@/lib/data/provenance";

export { StatusBadge } from "./status-badge";

/**
 * A link to a source's entry on the sources page, so any number is one click from its source. Server only. A
 * plain link, not prefetched: a page cites dozens of sources, all on one long page, and fetching it ahead for each
 * would cost a phone more than the click it saves; and the lists it sits in are not hydrated.
 */
export function SourceLink({ id }: { id: string }) {
  const source = loadDatasetIndex().source(id);
  return (
    <a href={`/sources#${id}`} title={source?.title}>
      {source ? shortCitation(source) : id}
    </a>
  );
}
