import { IntentLink } from "@/app/ui/intent-link";
import { PRIMARY_EDITION } from "@/lib/data/constants";
import { countryName } from "@/lib/data/country-names";
import { type CountryView } from "@/lib/views/country";
import { ChartFrame } from "@/app/ui/chart-frame";
import { DataTable } from "@/app/ui/chart-table";
import { KeyFigures } from "@/app/ui/key-figures";
import { ProjectCard } from "@/app/ui/project-card";
import { StaticSubtree } from "@/app/ui/static-subtree";
import { EventTimeline } from "@/app/ui/timeline";

type Props = { view: CountryView };

export function GovernanceSection({ view }: Props) {
  return (
    <section aria-labelledby="governance">
      <h2 id="governance">Governance (World Bank WGI, {view.wgi.year})</h2>
      <DataTable table={view.wgi.table} />
      <ChartFrame model={view.stability} />
    </section>
  );
}

export function RiskSection({ view }: Props) {
  return (
    <section aria-labelledby="risk">
      <h2 id="risk">Cost of risk and labour</h2>
      <KeyFigures figures={view.risk} />
      {view.wageMethod ? (
        <p>
          <strong>How the wage was derived:</strong> {view.wageMethod}
        </p>
      ) : null}
      {view.labour ? <DataTable table={view.labour} /> : null}
      <p>
        The model applies these wages, productivity and risk costs to a real operation&apos;s reported cost:{" "}
        {view.name}&apos;s own where one is sourced, otherwise another country&apos;s, scaled. For the six
        minerals without a sourced operation the costs are labelled assumptions. Compare the result with other
        suppliers on the <IntentLink href={view.compareHref}>supplier comparison</IntentLink>.
      </p>
      <DataTable table={view.costBasis} />
    </section>
  );
}

export function ProductionSection({ view }: Props) {
  return (
    <section aria-labelledby="production">
      <h2 id="production">Production by mineral (USGS {PRIMARY_EDITION})</h2>
      {view.productionEmpty ? <p>{view.productionEmpty}</p> : <ChartFrame model={view.production} />}
    </section>
  );
}

export function ProjectsSection({ view }: Props) {
  const { list, occupied, feedsModel } = view.projects;
  return (
    <section aria-labelledby="projects">
      <h2 id="projects">Projects pipeline</h2>
      {occupied.map((figures) => (
        <KeyFigures key={figures[0]!.label} figures={figures} />
      ))}
      {list.length ? (
        <StaticSubtree as="ul" className="project-list">
          {list.map((p) => (
            <ProjectCard key={p.id} project={p} />
          ))}
        </StaticSubtree>
      ) : (
        <p>
          The data hold no projects for {view.name}: the pipeline covers Pakistan and Ukraine, the two
          countries the article puts forward. {view.name}&apos;s current output is in the production section
          above.
        </p>
      )}
      {feedsModel ? (
        <p>
          Phases with a capacity and a start year feed the supply model; their timing and size can be changed
          in the <IntentLink href="/scenario">scenario lab</IntentLink>.
        </p>
      ) : null}
    </section>
  );
}

export function CountryEventsSection({ view }: Props) {
  const { list, summary } = view.events;
  return (
    <section aria-labelledby="events">
      <h2 id="events">Dated events</h2>
      {list.length ? (
        <>
          <p>{summary} Oldest first.</p>
          <EventTimeline events={list} countryName={countryName} />
        </>
      ) : (
        <p>The data hold no dated event involving {view.name}.</p>
      )}
    </section>
  );
}
