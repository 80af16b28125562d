import { type Verdict, VERDICT_LABELS } from "@/lib/model/claims";

/** A symbol beside the word, so the verdict does not rest on colour alone. */
const SYMBOLS: Record<Verdict, string> = {
  holds: "✓",
  mixed: "±",
  "does-not-hold": "✗",
  "not-enough-data": "?",
};

/** A claim's verdict as a badge: "Holds", "Mixed", "Does not hold" or "Not enough data". */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span className="verdict__symbol" aria-hidden="true">
        {SYMBOLS[verdict]}
      </span>
      <span className="verdict__label">{VERDICT_LABELS[verdict]}</span>
    </span>
  );
}
