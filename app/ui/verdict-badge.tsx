import { type Verdict } from "@/lib/model/claims";
import { VERDICT_LABELS } from "@/lib/views/claims-text";

/**
 * A claim's verdict as a badge reading "Holds", "Mixed", "Does not hold" or "Not enough data". A symbol drawn by
 * CSS (✓ ± ✗ ?) sits beside the word so the verdict does not rest on colour alone; it is not part of the text.
 */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict verdict--${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}
