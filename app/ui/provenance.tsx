import Link from "next/link";
import { type Status } from "@/lib/data/common";
import { loadDatasetIndex } from "@/lib/data/load";
import { shortCitation, statusLabel } from "@/lib/data/provenance";

/** A small badge naming a value's status: Published, Source's estimate, Secondary report, Derived, Assumption. */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`status status--${status}`}>{statusLabel(status)}</span>;
}

/** A link to a source's entry on the sources page, so any number is one click from its source. Server only. */
export function SourceLink({ id }: { id: string }) {
  const source = loadDatasetIndex().source(id);
  return (
    <Link href={`/sources#${id}`} title={source?.title}>
      {source ? shortCitation(source) : id}
    </Link>
  );
}
