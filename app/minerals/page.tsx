import type { Metadata } from "next";
import { IntentLink } from "@/app/ui/intent-link";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { formatQuantity, formatShare } from "@/lib/charts/format";
import { buildWorldTable } from "@/lib/charts/world-table";
import { TableScroll } from "@/app/ui/table-scroll";

export const metadata: Metadata = { title: "Minerals" };

export default function MineralsIndexPage() {
  const ds = loadDataset();
  const index = loadDatasetIndex();
  const name = (c: string) => index.country(c)?.name ?? c;
  return (
    <>
      <h1>Minerals</h1>
      <p className="lede">
        The ten minerals the dashboard covers, with world mine production in 2024 (USGS Mineral Commodity
        Summaries 2025) and the shares of China and Pakistan.
      </p>
      <TableScroll live label="World mine production in 2024 and the shares of China and Pakistan">
        <table className="data">
          <caption>World mine production in 2024 and the shares of China and Pakistan (MCS 2025)</caption>
          <thead>
            <tr>
              <th scope="col">Mineral</th>
              <th scope="col" className="num">
                World production, 2024
              </th>
              <th scope="col" className="num">
                China&apos;s share
              </th>
              <th scope="col">Pakistan</th>
            </tr>
          </thead>
          <tbody>
            {ds.minerals.map((m) => {
              const measure = m.id === "titanium" ? "sponge-production" : "mine-production";
              const t = buildWorldTable(ds.observations, name, {
                mineral: m.id,
                measure,
                year: 2024,
                edition: "MCS 2025",
              });
              const cn = t?.rows.find((r) => r.country === "CN");
              const pk = t?.rows.find((r) => r.country === "PK");
              return (
                <tr key={m.id}>
                  <th scope="row">
                    <IntentLink href={`/minerals/${m.id}`}>{m.name}</IntentLink>
                  </th>
                  <td className="num">
                    {t?.world?.value != null
                      ? formatQuantity(t.world.value, t.unit, t.world.observation)
                      : "no value"}
                    {measure === "sponge-production" ? " (sponge)" : ""}
                  </td>
                  <td className="num">
                    {cn?.share != null ? formatShare(cn.share, 1, cn.shareBound) : "not listed"}
                  </td>
                  <td>
                    {pk?.value != null
                      ? `${formatQuantity(pk.value, pk.unit, pk.observation)} (${formatShare(pk.share ?? 0, 1, pk.shareBound)})`
                      : "Not listed by USGS"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
