import type { Metadata } from "next";
import { parseTabSegment, TAB_SEGMENTS } from "@/lib/url/chart-tab";
import { CountriesIndex } from "../../_components/countries-index";

export const metadata: Metadata = { title: "Countries" };

export const dynamicParams = false;

export function generateStaticParams() {
  return TAB_SEGMENTS.map((tab) => ({ tab }));
}

/** The countries index in the view `/countries?tab=…` asks for (the proxy rewrites that address here). */
export default async function CountriesTabPage({ params }: { params: Promise<{ tab: string }> }) {
  const { tab } = await params;
  const parsed = parseTabSegment(tab);
  return <CountriesIndex tab={parsed.tab} warnings={parsed.warnings} />;
}
