import type { Metadata } from "next";
import { PRESET_IDS } from "@/lib/model/presets";
import ComparePage, { metadata as compareMetadata } from "@/app/compare/page";
import { prerenderedQuery } from "@/app/ui/prerendered";

export const metadata: Metadata = compareMetadata;

/** Built once per preset; any other query is rendered on its first request and then kept (dynamicParams). */
export function generateStaticParams() {
  return PRESET_IDS.map((view) => ({ view }));
}

/**
 * The supplier comparison as a static view: the proxy serves it for `/compare` with any query
 * (lib/url/prerendered.ts). It is the comparison page itself, given the query the view stands for.
 */
export default async function PrerenderedCompare({ params }: { params: Promise<{ view: string }> }) {
  return <ComparePage searchParams={prerenderedQuery(params)} />;
}
