import type { Metadata } from "next";
import { IntentLink } from "@/app/ui/intent-link";
import { notFound } from "next/navigation";
import { FOCUS_COUNTRIES } from "@/lib/data/constants";
import { loadDatasetIndex } from "@/lib/data/load";
import { buildCountryView } from "@/lib/views/country";
import {
  CountryEventsSection,
  GovernanceSection,
  ProductionSection,
  ProjectsSection,
  RiskSection,
} from "./_components/sections";

export const dynamicParams = false;

export function generateStaticParams() {
  return FOCUS_COUNTRIES.map((code) => ({ code }));
}

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  return { title: loadDatasetIndex().country(code)?.name ?? "Country not found" };
}

const ON_THIS_PAGE = [
  ["governance", "Governance"],
  ["risk", "Risk and labour"],
  ["production", "Production"],
  ["projects", "Projects"],
  ["events", "Events"],
] as const;

/** A country's profile: governance, the cost of risk and labour, production, projects and dated events. */
export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const view = buildCountryView(code);
  if (!view) notFound();
  return (
    <>
      <p className="breadcrumb">
        <IntentLink href="/countries">Countries</IntentLink> / {view.name}
      </p>
      <h1>{view.name}</h1>
      <p className="lede">{view.lede}</p>
      <nav aria-label="On this page" className="on-this-page">
        <ul className="verdict-strip">
          {ON_THIS_PAGE.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <GovernanceSection view={view} />
      <RiskSection view={view} />
      <ProductionSection view={view} />
      <ProjectsSection view={view} />
      <CountryEventsSection view={view} />
      <p>
        Put {view.name} beside the other suppliers on the{" "}
        <IntentLink href={view.compareHref}>supplier comparison</IntentLink>.
      </p>
    </>
  );
}
