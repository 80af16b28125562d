import { IntentLink } from "@/app/ui/intent-link";
import { type MineralView } from "@/lib/views/mineral";
import { countryName } from "@/lib/data/country-names";
import { PRIMARY_EDITION, STATUS_LABELS, UPDATE_EDITION } from "@/lib/data/constants";
import { ChartFrame } from "@/app/ui/chart-frame";
import { DataTable } from "@/app/ui/chart-table";
import { KeyFigures } from "@/app/ui/key-figures";
import { ProjectCard } from "@/app/ui/project-card";
import { StaticSubtree } from "@/app/ui/static-subtree";
import { SourceLink, StatusBadge } from "@/app/ui/provenance";
import { EventTimeline } from "@/app/ui/timeline";

type Props = { view: MineralView };

export function ConcentrationSection({ view }: Props) {
  const name = view.mineral.name.toLowerCase();
  return (
    <section aria-labelledby="concentration">
      <h2 id="concentration">How concentrated supply is</h2>
      <p className="formula">
        HHI = Σ (100 × s<sub>i</sub>)², where s<sub>i</sub> is country i&apos;s share of the world total
        (0–1). A single supplier gives 10,000; many small ones give close to 0. Top-3 share = s<sub>1</sub> +
        s<sub>2</sub> + s<sub>3</sub>.
      </p>
      <p>
        Both sum over the countries USGS lists by name. Its &ldquo;Other countries&rdquo; row bundles many
        producers and is left out, so the HHI is a lower bound on concentration. Where USGS prints a world
        total as a bound (&ldquo;&gt;2,000,000 t&rdquo;), every share of it is a bound too: &ldquo;≤&rdquo; at
        most, &ldquo;≥&rdquo; at least, &ldquo;~&rdquo; either way.
      </p>
      {view.concentration ? (
        <DataTable table={view.concentration} />
      ) : (
        <p>No world total is printed for these tables, so no shares or HHI can be computed.</p>
      )}
      {view.stages.concentration ? (
        <>
          <p>
            By stage of supply, from USGS and from the IEA: the figure the model uses for each stage is
            marked. &ldquo;Rest of world&rdquo; is all the countries a source does not list, so no one of them
            has a larger share.
          </p>
          <DataTable table={view.stages.concentration} />
        </>
      ) : (
        <p>The data hold no world output of {name} by stage.</p>
      )}
    </section>
  );
}

export function UsDependenceSection({ view }: Props) {
  const { us } = view;
  const name = view.mineral.name.toLowerCase();
  return (
    <section aria-labelledby="us">
      <h2 id="us">US net import reliance and import sources</h2>
      <KeyFigures figures={us.figures} />
      <p>
        Net import reliance is imports minus exports (adjusted for stocks) as a share of US apparent
        consumption, as USGS prints it: &ldquo;&gt;50 %&rdquo; is a bound, not a value, and a net exporter has
        none.
      </p>
      {us.reliance ? (
        <DataTable table={us.reliance} />
      ) : (
        <p>
          USGS {PRIMARY_EDITION} prints no net import reliance for {name}.
        </p>
      )}
      {us.relianceUpdate ? <DataTable table={us.relianceUpdate} /> : null}
      {us.importChart ? <ChartFrame model={us.importChart} /> : null}
      {us.forms ? <DataTable table={us.forms} /> : null}
      {us.formsUpdate ? <DataTable table={us.formsUpdate} /> : null}
    </section>
  );
}

export function PakistanSection({ view }: Props) {
  const { pakistan, mineral } = view;
  return (
    <section aria-labelledby="pakistan">
      <h2 id="pakistan">Pakistan&apos;s position</h2>
      <ul>
        {pakistan.listings.map((l) => (
          <li key={l.measure}>
            {l.listed && l.observation ? (
              <>
                <strong>Listed</strong> in the USGS table of world {l.what}: {l.text} (
                <StatusBadge status={l.observation.status} />, <SourceLink id={l.observation.sourceId} />
                ).
              </>
            ) : (
              <>
                <strong>Not listed</strong> in the USGS table of world {l.what}
                {l.text ? ` — ${l.text}` : ""}.
              </>
            )}
          </li>
        ))}
      </ul>
      {pakistan.projects.length ? (
        <StaticSubtree as="ul" className="project-list">
          {pakistan.projects.map((p) => (
            <ProjectCard key={p.id} project={p} mineral={mineral.id} showFacts={false} />
          ))}
        </StaticSubtree>
      ) : (
        <p>The data hold no Pakistani project or deposit for {mineral.name.toLowerCase()}.</p>
      )}
      <p>
        All Pakistani projects, with their figures and sources, are on{" "}
        <IntentLink href="/countries/PK#projects">Pakistan&apos;s profile</IntentLink>.
      </p>
    </section>
  );
}

export function EventsSection({ view }: Props) {
  const { list, kinds } = view.events;
  const name = view.mineral.name.toLowerCase();
  return (
    <section aria-labelledby="events">
      <h2 id="events">Export controls and other events</h2>
      {list.length ? (
        <>
          <p>
            {list.length} dated event{list.length === 1 ? "" : "s"} concern {name}:{" "}
            {kinds.map((k) => `${k.count} ${k.label.toLowerCase()}${k.count === 1 ? "" : "s"}`).join(", ")}.
            Oldest first.
          </p>
          <EventTimeline events={list} countryName={countryName} />
        </>
      ) : (
        <p>The data hold no dated event for {name}.</p>
      )}
    </section>
  );
}

export function EditionSection({ view }: Props) {
  const { editions, mineral } = view;
  return (
    <section aria-labelledby="editions">
      <h2 id="editions">
        {PRIMARY_EDITION} and the {UPDATE_EDITION} update
      </h2>
      {editions ? (
        <>
          <p>
            The charts above use {PRIMARY_EDITION}, the primary edition. {UPDATE_EDITION} revises 2024 and
            adds 2025 estimates; its values were read through a third-party extraction (status: secondary).
            The two editions sit in separate columns and are never joined into one series. Hover a value for
            its status and note.
          </p>
          <DataTable table={editions} />
          <p className="number-source">
            Every {UPDATE_EDITION} value is a secondary reading (status: {STATUS_LABELS.secondary}); the{" "}
            {PRIMARY_EDITION} columns marked &ldquo;estimate&rdquo; are USGS&apos;s own estimates. Sources:{" "}
            <SourceLink id={mineral.usgsSourceId} /> and the {UPDATE_EDITION} chapter listed on{" "}
            <IntentLink href="/sources">Sources</IntentLink>.
          </p>
        </>
      ) : (
        <p>
          The data hold no {UPDATE_EDITION} values for {mineral.name.toLowerCase()}; only the{" "}
          {PRIMARY_EDITION} edition is shown.
        </p>
      )}
    </section>
  );
}
