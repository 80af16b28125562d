import type { Metadata } from "next";
import { PRESET_IDS } from "@/lib/model/presets";
import ScenarioPage, { metadata as labMetadata } from "@/app/scenario/page";
import { prerenderedQuery } from "@/app/ui/prerendered";

export const metadata: Metadata = labMetadata;

/** Built once per preset; any other query is rendered on its first request and then kept (dynamicParams). */
export function generateStaticParams() {
  return PRESET_IDS.map((view) => ({ view }));
}

/**
 * The scenario lab as a static view: the proxy serves it for `/scenario` with any query short enough to name a view
 * (lib/url/prerendered.ts). It is the lab page itself, given the query the view stands for; from there the lab runs
 * the model in the browser as the reader moves its controls.
 */
export default async function PrerenderedLab({ params }: { params: Promise<{ view: string }> }) {
  return <ScenarioPage searchParams={prerenderedQuery(params)} />;
}
