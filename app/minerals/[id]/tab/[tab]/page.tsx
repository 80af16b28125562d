import { MINERAL_IDS } from "@/lib/data/constants";
import { TAB_SEGMENTS, parseTabSegment } from "@/lib/url/chart-tab";
import { MineralProfile } from "../../_components/mineral-profile";

export const dynamicParams = false;

/** Every mineral in every view but the default: prerendered like the profile itself. */
export function generateStaticParams() {
  return MINERAL_IDS.flatMap((id) => TAB_SEGMENTS.map((tab) => ({ id, tab })));
}

export { generateMetadata } from "../../page";

/**
 * A mineral's profile in the view `/minerals/<id>?tab=…` asks for: the proxy rewrites that address here
 * (lib/url/chart-tab.ts), so the view is prerendered and drawn without JavaScript.
 */
export default async function MineralTabPage({ params }: { params: Promise<{ id: string; tab: string }> }) {
  const { id, tab } = await params;
  const parsed = parseTabSegment(tab);
  return <MineralProfile id={id} tab={parsed.tab} warnings={parsed.warnings} />;
}
