import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FOCUS_COUNTRIES } from "@/lib/data/common";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { formatNumber, formatQuantity } from "@/lib/charts/format";
import { SourceLink, StatusBadge } from "@/app/ui/provenance";

export const dynamicParams = false;

export function generateStaticParams() {
  return FOCUS_COUNTRIES.map((code) => ({ code }));
}

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  return { title: loadDatasetIndex().country(code)?.name ?? "Country not found" };
}

const WGI = [
  ["political-stability", "Political stability and absence of violence"],
  ["rule-of-law", "Rule of law"],
  ["control-of-corruption", "Control of corruption"],
  ["government-effectiveness", "Government effectiveness"],
  ["regulatory-quality", "Regulatory quality"],
  ["voice-and-accountability", "Voice and accountability"],
] as const;

export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const index = loadDatasetIndex();
  const country = index.country(code);
  if (!country || !(FOCUS_COUNTRIES as readonly string[]).includes(code)) notFound();
  const ds = loadDataset();
  const own = ds.observations.filter((o) => o.country === code);
  const latestWgi = Math.max(...own.filter((o) => o.measure.startsWith("wgi-")).map((o) => o.year));
  const crp = own.find((o) => o.measure === "country-risk-premium");
  const wage = own.find((o) => o.measure === "mining-wage");
  const production = own.filter((o) => o.measure === "mine-production" && o.edition === "MCS 2025" && o.year === 2024);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/countries">Countries</Link> / {country.name}
      </p>
      <h1>{country.name}</h1>

      <section aria-labelledby="governance">
        <h2 id="governance">Governance (World Bank WGI, {latestWgi})</h2>
        <div className="table-wrap">
          <table className="data">
            <caption>Percentile rank among all countries (0 = lowest, 100 = highest), with 90 % confidence bounds</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col" className="num">Percentile rank</th>
                <th scope="col" className="num">Lower bound</th>
                <th scope="col" className="num">Upper bound</th>
                <th scope="col">Status</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {WGI.map(([id, label]) => {
                const o = own.find((x) => x.measure === `wgi-${id}-percentile` && x.year === latestWgi);
                return (
                  <tr key={id}>
                    <th scope="row">{label}</th>
                    <td className="num">{o?.value != null ? formatNumber(o.value, 1) : "no value"}</td>
                    <td className="num">{o?.low != null ? formatNumber(o.low, 1) : ""}</td>
                    <td className="num">{o?.high != null ? formatNumber(o.high, 1) : ""}</td>
                    <td>{o ? <StatusBadge status={o.status} /> : null}</td>
                    <td>{o ? <SourceLink id={o.sourceId} /> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="risk">
        <h2 id="risk">Cost of risk and labour</h2>
        <dl className="key-figures">
          {crp ? (
            <div>
              <dt>Country risk premium ({crp.year})</dt>
              <dd>
                {crp.value === null ? "no value" : formatQuantity(crp.value, crp.unit)}
                <span className="figure-note">
                  {crp.note ? `${crp.note}. ` : ""}
                  <SourceLink id={crp.sourceId} /> · <StatusBadge status={crp.status} />
                </span>
              </dd>
            </div>
          ) : null}
          {wage ? (
            <div>
              <dt>Mining wage used by the model ({wage.year})</dt>
              <dd>
                {wage.value === null ? "no value" : formatQuantity(wage.value, wage.unit)}
                <span className="figure-note">
                  {wage.basis ? `${wage.basis}. ` : ""}
                  <SourceLink id={wage.sourceId} /> · <StatusBadge status={wage.status} />
                </span>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="production">
        <h2 id="production">Mine production in 2024 (USGS MCS 2025)</h2>
        <div className="table-wrap">
          <table className="data">
            <caption>Mine production by mineral, 2024</caption>
            <thead>
              <tr>
                <th scope="col">Mineral</th>
                <th scope="col" className="num">Production</th>
                <th scope="col">Status</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {ds.minerals.map((m) => {
                const o = production.find((p) => p.mineral === m.id);
                return (
                  <tr key={m.id}>
                    <th scope="row">
                      <Link href={`/minerals/${m.id}`}>{m.name}</Link>
                    </th>
                    <td className="num">{o?.value != null ? formatQuantity(o.value, o.unit, o.qualifier) : "no value"}</td>
                    <td>{o ? <StatusBadge status={o.status} /> : null}</td>
                    <td>{o?.note ?? (o ? "" : "No USGS mine production table for this mineral")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
