import { PRESET_IDS } from "@/lib/model/presets";
import OverviewPage from "@/app/page";
import { prerenderedQuery } from "@/app/ui/prerendered";

/** Built once per preset; any other preset id is not a page. */
export const dynamicParams = false;

export function generateStaticParams() {
  return PRESET_IDS.map((preset) => ({ preset }));
}

/**
 * The overview's default view for one preset, prerendered: the proxy serves it for `/` and `/?preset=…`
 * (lib/url/prerendered.ts). It is the overview page itself, given the query those addresses carry.
 */
export default async function PrerenderedOverview({ params }: { params: Promise<{ preset: string }> }) {
  return <OverviewPage searchParams={prerenderedQuery(params)} />;
}
