import { groupByReason } from "@/lib/charts/format";

/** What a chart does not show and why, grouped by reason (gaps are named, never drawn as zero). */
export function MissingList({
  missing,
  lead = "Not shown",
}: {
  missing: readonly { label: string; reason: string }[];
  lead?: string;
}) {
  if (!missing.length) return null;
  const groups = groupByReason(missing);
  return (
    <ul>
      {groups.map((g) => (
        <li key={g.reason}>
          {lead}: <strong>{g.labels.join(", ")}</strong> — {g.reason}
        </li>
      ))}
    </ul>
  );
}
