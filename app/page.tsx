import { IntentLink } from "@/app/ui/intent-link";
import { buildOverviewView } from "@/lib/views/overview";
import { readScenario } from "@/app/ui/scenario-from-url";
import { toUrlSearchParams } from "@/app/ui/search-params";
import { logAddressProblems, UrlNotice } from "@/app/ui/url-notice";
import { ClaimsSection } from "./_components/claim-card";
import { ArgumentSection, ScenarioSection } from "./_components/overview-sections";

/** The overview: the article's argument, the scenario, and a card per claim with its verdict under it. */
export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = readScenario(toUrlSearchParams(await searchParams));
  logAddressProblems("/", page.warnings);
  const view = buildOverviewView({ preset: page.scenario.preset, values: page.values, query: page.query });
  return (
    <>
      <h1>Could Pakistan be a cheaper, steadier source of critical minerals for the United States?</h1>
      <UrlNotice warnings={page.warnings} />
      <ArgumentSection />
      <ScenarioSection page={page} labHref={view.labHref} />
      <ClaimsSection cards={view.cards} />
      <p>
        Every figure links to its source; how verdicts are reached is on{" "}
        <IntentLink href="/sources#method-claims">Sources and method</IntentLink>. The USGS tables behind C1
        and C4 are on the <IntentLink href="/minerals">mineral pages</IntentLink>; governance, projects and
        events on <IntentLink href="/countries/PK">Pakistan&apos;s profile</IntentLink>.
      </p>
    </>
  );
}
