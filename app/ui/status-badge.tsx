import { type Status } from "@/lib/data/common";
import { statusLabel } from "@/lib/data/provenance";

/** A small badge naming a value's status: Published, Source's estimate, Secondary report, Derived, Assumption. */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`status status--${status}`}>{statusLabel(status)}</span>;
}
