import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MINERAL_IDS } from "@/lib/data/constants";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { EDITION, ProvenanceTable, usgsValueRows } from "../_components/provenance-table";

export const dynamicParams = false;

export function generateStaticParams() {
  return MINERAL_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const mineral = loadDatasetIndex().mineral(id);
  return { title: mineral ? `${mineral.name}: every ${EDITION} value` : "Mineral not found" };
}

/** Every USGS value for one mineral as printed, with provenance: the audit trail behind the mineral page's charts. */
export default async function MineralValuesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const index = loadDatasetIndex();
  const mineral = index.mineral(id);
  if (!mineral) notFound();
  const rows = usgsValueRows(loadDataset().observations, mineral.id, EDITION);
  const source = index.source(mineral.usgsSourceId);
  const countryName = (code: string) => index.country(code)?.name ?? code;
  const name = mineral.name.toLowerCase();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/minerals">Minerals</Link> / <Link href={`/minerals/${mineral.id}`}>{mineral.name}</Link>{" "}
        / Every value
      </p>
      <h1>
        {mineral.name}: every {EDITION} value
      </h1>
      <p className="lede">
        The {rows.length} production and reserves values for {name} that USGS printed in Mineral Commodity
        Summaries 2025, as printed, each with its status, source and note. The charts on the{" "}
        <Link href={`/minerals/${mineral.id}`}>{name} page</Link> are drawn from these rows; the same rows
        come as CSV from <a href={`/api/dataset?mineral=${mineral.id}&format=csv`}>the dataset API</a>.
        {source ? (
          <>
            {" "}
            Chapter: <a href={source.url}>{source.title}</a>.
          </>
        ) : null}
      </p>
      <ProvenanceTable rows={rows} countryName={countryName} />
    </>
  );
}
