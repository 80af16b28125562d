import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { type Observation, MINERAL_IDS, type MineralId } from "@/lib/data/common";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { provenanceLine } from "@/lib/data/provenance";
import { formatNumber, formatQuantity, formatShare } from "@/lib/charts/format";
import { buildWorldBarSeries, buildWorldTable, describeBarSeries, type WorldTable } from "@/lib/charts/world-table";
import { ChartFrame } from "@/app/ui/chart-frame";
import { HBarChart } from "@/app/ui/charts/hbar-chart";
import { SourceLink, StatusBadge } from "@/app/ui/provenance";

export const dynamicParams = false;

export function generateStaticParams() {
  return MINERAL_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const mineral = loadDatasetIndex().mineral(id);
  return { title: mineral ? mineral.name : "Mineral not found" };
}

const EDITION = "MCS 2025";
const YEAR = 2024;

/** The USGS tables shown for a mineral, in order. Titanium has sponge data only (no ilmenite/rutile chapter). */
const TABLES: Record<MineralId, { measure: string; title: string }[]> = Object.fromEntries(
  MINERAL_IDS.map((id) => [
    id,
    id === "titanium"
      ? [{ measure: "sponge-production", title: "World titanium sponge production" }]
      : [
          { measure: "mine-production", title: "World mine production" },
          ...(id === "copper" ? [{ measure: "refinery-production", title: "World refinery production" }] : []),
          { measure: "reserves", title: "Reserves" },
        ],
  ]),
) as Record<MineralId, { measure: string; title: string }[]>;

export default async function MineralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const index = loadDatasetIndex();
  const mineral = index.mineral(id);
  if (!mineral) notFound();
  const dataset = loadDataset();
  const countryName = (code: string) => index.country(code)?.name ?? code;
  const provenance = (o: Observation) => provenanceLine(o, index.source(o.sourceId));

  const tables = TABLES[mineral.id]
    .map((spec) => ({
      spec,
      table: buildWorldTable(dataset.observations, countryName, { mineral: mineral.id, measure: spec.measure, year: YEAR, edition: EDITION }),
    }))
    .filter((t): t is { spec: (typeof t)["spec"]; table: WorldTable } => t.table !== null);

  const usgsRows = dataset.observations.filter((o) => o.mineral === mineral.id && o.edition === EDITION && o.measure in MEASURE_LABELS);
  const source = index.source(mineral.usgsSourceId);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/minerals">Minerals</Link> / {mineral.name}
      </p>
      <h1>{mineral.name}</h1>
      <p className="lede">{mineral.summary}</p>

      <KeyFigures tables={tables.map((t) => t.table)} />

      {mineral.id === "titanium" ? (
        <p className="notice" role="note">
          No mine production or reserves of titanium minerals (ilmenite, rutile) are shown: the USGS chapter that
          holds them could not be obtained for this edition. The figures below are titanium sponge metal.
        </p>
      ) : null}

      {tables.map(({ spec, table }) => {
        const series = buildWorldBarSeries(table, provenance);
        const title = `${spec.title} of ${mineral.name.toLowerCase()}, ${table.year}`;
        const chartId = `${mineral.id}-${spec.measure}-${table.year}`;
        const sources = [index.source(table.world?.observation.sourceId ?? mineral.usgsSourceId)].filter((s) => !!s);
        return (
          <ChartFrame
            key={spec.measure}
            id={chartId}
            title={title}
            subtitle={`${table.unit === "kt" ? "Thousand metric tons" : "Metric tons"}${table.basis ? `, ${table.basis}` : ""}. ${table.edition}; ${table.measure === "reserves" ? "reserves as assessed for this edition" : `${table.year} values are USGS estimates`}.`}
            sources={sources}
            scenario="Published data (no model assumptions)"
            legend={
              <ul className="chart-frame__legend">
                <li>
                  <span className="swatch swatch--estimate" style={{ background: "#6B7680" }} aria-hidden="true" />
                  Lighter bar with dashed outline: the source&apos;s own estimate
                </li>
                <li>Bold: Pakistan and China</li>
              </ul>
            }
            notes={
              series.missing.length ? (
                <ul>
                  {series.missing.map((m) => (
                    <li key={m.label}>
                      <strong>{m.label}:</strong> {m.reason}
                    </li>
                  ))}
                </ul>
              ) : null
            }
            table={<WorldTableView table={table} caption={title} />}
          >
            <HBarChart bars={series.bars} label={describeBarSeries(title, series)} />
          </ChartFrame>
        );
      })}

      <section aria-labelledby="all-rows">
        <h2 id="all-rows">Every USGS value for {mineral.name.toLowerCase()} ({EDITION})</h2>
        <p>
          Each production and reserves value as USGS printed it, with its status, source and notes.
          {source ? (
            <>
              {" "}
              Chapter: <a href={source.url}>{source.title}</a>.
            </>
          ) : null}
        </p>
        <details className="chart-frame__table">
          <summary>Show all {usgsRows.length} values with their provenance</summary>
          <ProvenanceTable rows={usgsRows} countryName={countryName} />
        </details>
      </section>

      {mineral.gaps.length ? (
        <section aria-labelledby="gaps">
          <h2 id="gaps">Known gaps</h2>
          <ul>
            {mineral.gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function shareText(table: WorldTable, code: string): { text: string; note: string } {
  const row = table.rows.find((r) => r.country === code);
  if (!row) return { text: "—", note: "no row" };
  if (row.value === null) return { text: "Not listed by USGS", note: row.observation.note ?? "" };
  const share = row.share === null ? "" : `${formatShare(row.share)} of world`;
  const when = table.measure === "reserves" ? `reserves as assessed for ${table.edition}` : `in ${table.year}`;
  return { text: share || formatQuantity(row.value, row.unit), note: `${formatQuantity(row.value, row.unit, row.observation.qualifier)} ${when}` };
}

function KeyFigures({ tables }: { tables: WorldTable[] }) {
  const production = tables.find((t) => t.measure === "mine-production" || t.measure === "sponge-production");
  const reserves = tables.find((t) => t.measure === "reserves");
  const items: { label: string; value: string; note?: string }[] = [];
  for (const t of [production, reserves]) {
    if (!t) continue;
    const what = t.measure === "reserves" ? "reserves" : t.measure === "sponge-production" ? "sponge production" : "mine production";
    if (t.world?.value != null) {
      items.push({
        label: `World ${what}${t.measure === "reserves" ? "" : `, ${t.year}`}`,
        value: formatQuantity(t.world.value, t.unit, t.world.observation.qualifier),
        note: `${t.edition}${t.world.observation.status === "source-estimate" ? ", USGS estimate" : ""}`,
      });
    }
    const china = shareText(t, "CN");
    items.push({ label: `China's share of world ${what}`, value: china.text, note: china.note });
    const pakistan = shareText(t, "PK");
    items.push({ label: `Pakistan's share of world ${what}`, value: pakistan.text, note: pakistan.note });
    if (t.concentration) {
      items.push({
        label: `Concentration of ${what} (HHI, listed countries)`,
        value: formatNumber(Math.round(t.concentration.hhi * 10000)),
        note: `Top 3: ${formatShare(t.concentration.top3Share)} of world; HHI = Σ share² × 10,000`,
      });
    }
  }
  return (
    <dl className="key-figures">
      {items.map((i) => (
        <div key={i.label}>
          <dt>{i.label}</dt>
          <dd>
            {i.value}
            {i.note ? <span className="figure-note">{i.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function WorldTableView({ table, caption }: { table: WorldTable; caption: string }) {
  const rows = [...table.rows, ...(table.other ? [table.other] : []), ...(table.world ? [table.world] : [])];
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col" className="num">
            Value ({table.unit})
          </th>
          <th scope="col" className="num">
            Share of world
          </th>
          <th scope="col">Status</th>
          <th scope="col">Source</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.country} className={r.focus ? "is-focus" : undefined}>
            <th scope="row">{r.name}</th>
            <td className="num">
              {r.value === null ? (r.observation.printed ?? "—") : formatQuantity(r.value, r.unit, r.observation.qualifier)}
            </td>
            <td className="num">{r.share === null || r.country === "WORLD" ? "" : formatShare(r.share)}</td>
            <td>
              <StatusBadge status={r.observation.status} />
            </td>
            <td>
              <SourceLink id={r.observation.sourceId} />
            </td>
            <td>{r.observation.note ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const MEASURE_LABELS: Record<string, string> = {
  "mine-production": "Mine production",
  "refinery-production": "Refinery production",
  reserves: "Reserves",
  "reserves-jorc-compliant": "Reserves (JORC-compliant)",
  "sponge-production": "Sponge production",
  "sponge-capacity": "Sponge capacity",
  "pigment-capacity": "Pigment capacity",
};

function ProvenanceTable({ rows, countryName }: { rows: readonly Observation[]; countryName: (c: string) => string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>USGS rows with provenance</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Measure</th>
            <th scope="col" className="num">Year</th>
            <th scope="col" className="num">Value</th>
            <th scope="col">As printed</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={`${o.country}-${o.measure}-${o.year}`}>
              <th scope="row">{countryName(o.country)}</th>
              <td>{MEASURE_LABELS[o.measure] ?? o.measure}</td>
              <td className="num">{o.year}</td>
              <td className="num">{o.value === null ? "no value" : formatQuantity(o.value, o.unit, o.qualifier)}</td>
              <td>{o.printed ?? ""}</td>
              <td>
                <StatusBadge status={o.status} />
              </td>
              <td>
                <SourceLink id={o.sourceId} />
              </td>
              <td>{o.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
