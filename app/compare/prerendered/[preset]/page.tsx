import type { Metadata } from "next";
import { PRESET_IDS } from "@/lib/model/presets";
import ComparePage, { metadata as compareMetadata } from "@/app/compare/page";
import { prerenderedQuery } from "@/app/ui/prerendered";

/** Built once per preset; any other preset id is not a page. */
export const dynamicParams = false;

export const metadata: Metadata = compareMetadata;

export function generateStaticParams() {
  return PRESET_IDS.map((preset) => ({ preset }));
}

/**
 * The supplier comparison's default view (copper; Pakistan, Australia, Canada) for one preset, prerendered: the
 * proxy serves it for `/compare` and `/compare?preset=…` (lib/url/prerendered.ts). It is the comparison page itself,
 * given the query those addresses carry.
 */
export default async function PrerenderedCompare({ params }: { params: Promise<{ preset: string }> }) {
  return <ComparePage searchParams={prerenderedQuery(params)} />;
}
