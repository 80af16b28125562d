import type { Metadata } from "next";
import { IntentLink } from "@/app/ui/intent-link";
import { notFound } from "next/navigation";
import { MINERAL_IDS, PRIMARY_EDITION } from "@/lib/data/constants";
import { loadDatasetIndex } from "@/lib/data/load";
import { buildMineralValuesView } from "@/lib/views/mineral";
import { DataTable } from "@/app/ui/chart-table";

export const dynamicParams = false;

export function generateStaticParams() {
  return MINERAL_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const mineral = loadDatasetIndex().mineral(id);
  return { title: mineral ? `${mineral.name}: every ${PRIMARY_EDITION} value` : "Mineral not found" };
}

/** Every USGS value for one mineral as printed, with provenance: the audit trail behind the mineral page's charts. */
export default async function MineralValuesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const view = buildMineralValuesView(id);
  if (!view) notFound();
  const { mineral, table, chapter } = view;
  const name = mineral.name.toLowerCase();
  return (
    <>
      <p className="breadcrumb">
        <IntentLink href="/minerals">Minerals</IntentLink> /{" "}
        <IntentLink href={`/minerals/${mineral.id}`}>{mineral.name}</IntentLink> / Every value
      </p>
      <h1>
        {mineral.name}: every {PRIMARY_EDITION} value
      </h1>
      <p className="lede">
        The {table.rows.length} production and reserves values for {name} that USGS printed in Mineral
        Commodity Summaries 2025, as printed, each with its status, source and note. The charts on the{" "}
        <IntentLink href={`/minerals/${mineral.id}`}>{name} page</IntentLink> are drawn from these rows; the
        same rows come as CSV from{" "}
        <a href={`/api/dataset?mineral=${mineral.id}&format=csv`}>the dataset API</a>.
        {chapter ? (
          <>
            {" "}
            Chapter: <a href={chapter.url}>{chapter.title}</a>.
          </>
        ) : null}
      </p>
      <DataTable table={table} />
    </>
  );
}
