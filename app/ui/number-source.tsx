import Link from "next/link";
import { IntentLink } from "@/app/ui/intent-link";
import { type Status } from "@/lib/data/common";
import { SourceLink, StatusBadge } from "./provenance";

const METHOD_LABELS: Record<string, string> = {
  "method-cost": "our landed-cost model",
  "method-dependency": "our US supply model",
};

/**
 * Where a number comes from, one click away: its publication, the method note for a figure the model computes,
 * or the page listing what was counted; with its status beside it.
 */
export function NumberSource({
  status,
  sourceId,
  method,
  href,
  year,
}: {
  status: Status | null;
  sourceId: string | null;
  method: string | null;
  href?: string | null;
  year?: number | null;
}) {
  return (
    <span className="number-source">
      {sourceId ? (
        <SourceLink id={sourceId} />
      ) : method ? (
        <Link href={`/sources#${method}`} prefetch={false}>
          {METHOD_LABELS[method] ?? "method"}
        </Link>
      ) : href ? (
        <IntentLink href={href}>the list counted</IntentLink>
      ) : (
        "no source"
      )}
      {year ? <> · {year}</> : null}
      {status ? (
        <>
          {" "}
          <StatusBadge status={status} />
        </>
      ) : null}
    </span>
  );
}
