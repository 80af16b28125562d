"use client";

import { memo } from "react";
import { formatNumber } from "@/lib/charts/format";
import { CLAIM_DRAWS, CONFIDENT } from "@/lib/model/claim-draws";
import { type ClaimResult } from "@/lib/model/claims";
import { CLAIM_TITLES, claimSummaryText, VERDICT_LABELS } from "@/lib/views/claims-text";

/** C1–C5 with their verdicts and one-sentence reasons, updating as the assumptions move. */
export const ClaimsSummary = memo(function ClaimsSummary({
  claims,
  baseline,
}: {
  claims: readonly ClaimResult[];
  baseline: readonly ClaimResult[];
}) {
  return (
    <section aria-labelledby="claims-heading" className="claims-summary">
      <h2 id="claims-heading">The article&apos;s claims under this scenario</h2>
      <p className="claims-summary__note">
        Point tests, redrawn as you move a slider: each margin against the model&apos;s precision. The
        overview adds {formatNumber(CLAIM_DRAWS)} draws of the uncertain assumptions and holds a verdict only
        where {CONFIDENT * 100} % of them agree, so a clear point result can read mixed there (
        <a href="/sources#method-claims">how the claims are judged</a>).
      </p>
      <ul>
        {claims.map((c) => {
          const before = baseline.find((b) => b.id === c.id)?.verdict;
          return (
            <li key={c.id} data-claim={c.id}>
              <span className={`verdict verdict--${c.verdict}`}>{VERDICT_LABELS[c.verdict]}</span>{" "}
              <strong>
                {c.id} {CLAIM_TITLES[c.id]}
              </strong>
              {before && before !== c.verdict ? (
                <span className="verdict-change"> (preset: {VERDICT_LABELS[before]})</span>
              ) : null}
              <p>{claimSummaryText(c.summary)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
