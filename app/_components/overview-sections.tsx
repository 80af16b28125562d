import { IntentLink } from "@/app/ui/intent-link";
import { type PageScenario } from "@/app/ui/scenario-from-url";
import { ScenarioPicker } from "@/app/ui/scenario-picker";

/** The article's argument in our words, with its citation. */
export function ArgumentSection() {
  return (
    <section aria-labelledby="argument">
      <h2 id="argument">What the article argues</h2>
      <p>
        Ties between Pakistan and the United States have long rested on security deals — lately
        counter-terrorism — and have risen and fallen with each crisis. To give the relationship a steadier
        base, the author proposes economic links as well, and picks out critical minerals (with information
        technology) as the most promising. The case for minerals has five parts: Pakistan&apos;s deposits are
        large and barely developed; American money invested there would go further because Pakistani miners
        earn far less than Australian or Canadian ones; Pakistan could be a dependable supplier; buying from
        it would lessen US reliance on China, which counts for more during the trade dispute; and while
        Washington bargains with Kyiv over mineral rights, it should give Pakistan a place in its plans too.
      </p>
      <p className="citation">
        Paraphrased from Nawal Nawaz, “Pak-US relations: Areas of Engagement beyond Security Cooperation”,{" "}
        <cite>Global Security Review</cite>, 2025 (
        <IntentLink href="/sources#nawaz-2025-global-security-review">source entry</IntentLink>). Below, each
        claim is tested against published figures and the model&apos;s assumptions; the verdicts are ours, not
        the author&apos;s.
      </p>
    </section>
  );
}

/** The preset picker (a plain form, so it works without JavaScript) and the scenario in words. */
export function ScenarioSection({ page, labHref }: { page: PageScenario; labHref: string }) {
  return (
    <section aria-labelledby="scenario">
      <h2 id="scenario">Scenario</h2>
      <p>
        Verdicts depend on assumptions. The <strong>Evidence baseline</strong> uses published figures and
        sourced defaults; the <strong>Article&apos;s framing</strong> lets only wages differ between
        countries; the <strong>Stress case</strong> prices risk in full. Change any single assumption in the{" "}
        <IntentLink href={labHref}>scenario lab</IntentLink>.
      </p>
      <ScenarioPicker
        action="/"
        presets={page.ctx.presets}
        table={page.ctx.table}
        current={page.scenario.preset}
        keep={page.explicit}
        submitLabel="Show the verdicts"
      />
      <p className="scenario-line">{page.line}.</p>
    </section>
  );
}
