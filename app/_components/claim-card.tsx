import { IntentLink } from "@/app/ui/intent-link";
import { type ClaimCard as ClaimCardView } from "@/lib/views/overview";
import { ChartFrame } from "@/app/ui/chart-frame";
import { NumberSource } from "@/app/ui/number-source";
import { VerdictBadge } from "@/app/ui/verdict-badge";

/** The five claims: a strip of verdicts to jump from, then a card per claim. */
export function ClaimsSection({ cards }: { cards: readonly ClaimCardView[] }) {
  return (
    <section aria-labelledby="claims">
      <h2 id="claims">The five claims, tested</h2>
      <ul className="verdict-strip" aria-label="Verdicts at a glance">
        {cards.map((c) => (
          <li key={c.id}>
            <a href={`#claim-${c.id}`}>{c.heading}</a> <VerdictBadge verdict={c.verdict} />
          </li>
        ))}
      </ul>
      <div className="claim-grid">
        {cards.map((card) => (
          <ClaimCard key={card.id} card={card} />
        ))}
      </div>
    </section>
  );
}

/** One claim: its verdict, the claim and why, the numbers behind it with their sources, a chart and links. */
function ClaimCard({ card }: { card: ClaimCardView }) {
  const headingId = `claim-${card.id}-title`;
  return (
    <article
      className={`claim-card claim-card--${card.verdict}`}
      id={`claim-${card.id}`}
      aria-labelledby={headingId}
    >
      <header className="claim-card__head">
        <h3 id={headingId}>{card.heading}</h3>
        <p className="claim-card__verdict">
          Verdict: <VerdictBadge verdict={card.verdict} />
        </p>
        {card.probability ? <p className="claim-card__probability">{card.probability}</p> : null}
      </header>
      <p className="claim-card__claim">
        <span className="claim-card__kicker">The article:</span> {card.claim}
      </p>
      <p className="claim-card__summary">{card.summary}</p>
      <dl className="claim-numbers">
        {card.numbers.map((n) => (
          <div key={n.label}>
            <dt>{n.label}</dt>
            <dd>
              <span className="claim-numbers__value">{n.display}</span>
              <NumberSource status={n.status} sourceId={n.sourceId} method={n.method} href={n.href} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="claim-card__test">
        <span className="claim-card__kicker">Tested by:</span> {card.testedBy}
      </p>
      <ChartFrame model={card.chart} size="compact" headingLevel={4} />
      <nav aria-label={`Where ${card.id} is tested`} className="claim-card__links">
        <p className="claim-card__kicker">Where this is tested</p>
        <ul>
          {card.links.map((l) => (
            <li key={l.href}>
              <IntentLink href={l.href}>{l.label}</IntentLink>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
