import { PRESET_IDS } from "@/lib/model/presets";
import OverviewPage from "@/app/page";
import { prerenderedQuery } from "@/app/ui/prerendered";

/** Built once per preset; any other query is rendered on its first request and then kept (dynamicParams). */
export function generateStaticParams() {
  return PRESET_IDS.map((view) => ({ view }));
}

/**
 * The overview as a static view: the proxy serves it for `/` with any query (lib/url/prerendered.ts). It is the
 * overview page itself, given the query the view stands for.
 */
export default async function PrerenderedOverview({ params }: { params: Promise<{ view: string }> }) {
  return <OverviewPage searchParams={prerenderedQuery(params)} />;
}
