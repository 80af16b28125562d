import { IntentLink } from "@/app/ui/intent-link";
import { notFound } from "next/navigation";
import { PRIMARY_EDITION } from "@/lib/data/constants";
import { type FieldMessage } from "@/lib/model/scenario";
import { type ChartTab } from "@/lib/url/chart-tab";
import { buildMineralView } from "@/lib/views/mineral";
import { MapChartFrame } from "@/app/ui/map-chart-frame";
import { KeyFigures } from "@/app/ui/key-figures";
import { UrlNotice } from "@/app/ui/url-notice";
import {
  ConcentrationSection,
  EditionSection,
  EventsSection,
  PakistanSection,
  UsDependenceSection,
} from "./sections";
import { StagesSection } from "./stages-section";

/**
 * A mineral's profile: who produces it and holds the reserves, concentration, US dependence, Pakistan, events. The
 * world charts show the view `tab` names (chart, map or table); both the default page and its prerendered tab
 * paths render this.
 */
export function MineralProfile({
  id,
  tab,
  warnings,
}: {
  id: string;
  tab: ChartTab;
  warnings: readonly FieldMessage[];
}) {
  const view = buildMineralView(id);
  if (!view) notFound();
  const { mineral } = view;
  const name = mineral.name.toLowerCase();
  return (
    <>
      <p className="breadcrumb">
        <IntentLink href="/minerals">Minerals</IntentLink> / {mineral.name}
      </p>
      <UrlNotice warnings={warnings} />
      <h1>{mineral.name}</h1>
      <p className="lede">{mineral.summary}</p>

      <KeyFigures figures={view.keyFigures} />

      {view.productionNote ? (
        <p className="notice" role="note">
          {view.productionNote}
        </p>
      ) : null}

      <section aria-labelledby="world">
        <h2 id="world">Who produces it and who holds the reserves</h2>
        {view.worldCharts.map((model) => (
          <MapChartFrame
            key={model.id}
            model={model}
            tabs={{ path: `/minerals/${mineral.id}`, current: tab }}
          />
        ))}
      </section>

      <StagesSection view={view} />
      <ConcentrationSection view={view} />
      <UsDependenceSection view={view} />
      <PakistanSection view={view} />
      <EventsSection view={view} />
      <EditionSection view={view} />

      <section aria-labelledby="all-rows">
        <h2 id="all-rows">
          Every {PRIMARY_EDITION} value for {name}
        </h2>
        <p>
          All {view.values.count} production and reserves values USGS printed for {name} in {PRIMARY_EDITION},
          each with its status, source and notes, are listed on{" "}
          <IntentLink href={`/minerals/${mineral.id}/values`}>
            {mineral.name}: every {PRIMARY_EDITION} value
          </IntentLink>
          .
          {view.values.chapter ? (
            <>
              {" "}
              Chapter: <a href={view.values.chapter.url}>{view.values.chapter.title}</a>.
            </>
          ) : null}
        </p>
      </section>

      {mineral.gaps.length ? (
        <section aria-labelledby="gaps">
          <h2 id="gaps">Known gaps</h2>
          <ul>
            {mineral.gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
