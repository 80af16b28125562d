import type { Metadata } from "next";
import { MINERAL_IDS } from "@/lib/data/constants";
import { loadDatasetIndex } from "@/lib/data/load";
import { MineralProfile } from "./_components/mineral-profile";

export const dynamicParams = false;

export function generateStaticParams() {
  return MINERAL_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const mineral = loadDatasetIndex().mineral(id);
  return { title: mineral ? mineral.name : "Mineral not found" };
}

/** A mineral's profile, its world charts drawn as charts (the default view). */
export default async function MineralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <MineralProfile id={id} tab="chart" warnings={[]} />;
}
