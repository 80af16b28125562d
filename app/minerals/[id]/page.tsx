import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MINERAL_IDS, PRIMARY_EDITION } from "@/lib/data/constants";
import { loadDatasetIndex } from "@/lib/data/load";
import { buildMineralView } from "@/lib/views/mineral";
import { ChartFrame } from "@/app/ui/chart-frame";
import { KeyFigures } from "@/app/ui/key-figures";
import {
  ConcentrationSection,
  EditionSection,
  EventsSection,
  PakistanSection,
  UsDependenceSection,
} from "./_components/sections";
import { StagesSection } from "./_components/stages-section";

export const dynamicParams = false;

export function generateStaticParams() {
  return MINERAL_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const mineral = loadDatasetIndex().mineral(id);
  return { title: mineral ? mineral.name : "Mineral not found" };
}

/** A mineral's profile: who produces it and holds the reserves, concentration, US dependence, Pakistan, events. */
export default async function MineralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const view = buildMineralView(id);
  if (!view) notFound();
  const { mineral } = view;
  const name = mineral.name.toLowerCase();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/minerals">Minerals</Link> / {mineral.name}
      </p>
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
          <ChartFrame key={model.id} model={model} />
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
          <Link href={`/minerals/${mineral.id}/values`}>
            {mineral.name}: every {PRIMARY_EDITION} value
          </Link>
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
