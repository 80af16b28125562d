import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { type Observation, type MineralId } from "@/lib/data/common";
import { MINERAL_IDS } from "@/lib/data/constants";
import { type ImportSources } from "@/lib/data/import-sources";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { provenanceLine, shortCitation, statusLabel } from "@/lib/data/provenance";
import { countEventKinds, selectEvents } from "@/lib/charts/country-profile";
import { formatAxisPct, formatNumber, formatQuantity, formatShare } from "@/lib/charts/format";
import {
  buildConcentrationSummary,
  buildEditionTable,
  buildImportSourcesSeries,
  buildRelianceTable,
  type ConcentrationSummary,
  type EditionTable,
  type RelianceTable,
} from "@/lib/charts/mineral-profile";
import {
  buildWorldBarSeries,
  buildWorldTable,
  describeBarSeries,
  type WorldTable,
} from "@/lib/charts/world-table";
import { barExport } from "@/lib/charts/export-data";
import { worldChartExportData } from "@/lib/charts/world-export";
import { LegacyChartFrame as ChartFrame } from "@/app/ui/legacy-chart-frame";
import { HBarChart } from "@/app/ui/charts/hbar-chart";
import { MissingList } from "@/app/ui/missing-list";
import { SourceLink, StatusBadge } from "@/app/ui/provenance";
import { ProjectCard } from "@/app/ui/project-card";
import { EventTimeline } from "@/app/ui/timeline";
import { TableScroll } from "@/app/ui/table-scroll";
import { EDITION, MEASURE_LABELS, usgsValueRows } from "./_components/provenance-table";

export const dynamicParams = false;

export function generateStaticParams() {
  return MINERAL_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const mineral = loadDatasetIndex().mineral(id);
  return { title: mineral ? mineral.name : "Mineral not found" };
}

const YEAR = 2024;

/** The USGS tables shown for a mineral, in order. Titanium has sponge data only (no ilmenite/rutile chapter). */
const TABLES: Record<MineralId, { measure: string; title: string }[]> = Object.fromEntries(
  MINERAL_IDS.map((id) => [
    id,
    id === "titanium"
      ? [{ measure: "sponge-production", title: "World titanium sponge production" }]
      : [
          { measure: "mine-production", title: "World mine production" },
          ...(id === "copper"
            ? [{ measure: "refinery-production", title: "World refinery production" }]
            : []),
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
      table: buildWorldTable(dataset.observations, countryName, {
        mineral: mineral.id,
        measure: spec.measure,
        year: YEAR,
        edition: EDITION,
      }),
    }))
    .filter((t): t is { spec: (typeof t)["spec"]; table: WorldTable } => t.table !== null);

  const usgsRows = usgsValueRows(dataset.observations, mineral.id, EDITION);
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
          No mine production or reserves of titanium minerals (ilmenite, rutile) are shown: the USGS chapter
          that holds them could not be obtained for this edition. The figures below are titanium sponge metal.
        </p>
      ) : null}

      <section aria-labelledby="world">
        <h2 id="world">Who produces it and who holds the reserves</h2>
        {tables.map(({ spec, table }) => {
          const series = buildWorldBarSeries(table, provenance);
          const title = `${spec.title} of ${mineral.name.toLowerCase()}, ${table.year}`;
          const chartId = `${mineral.id}-${spec.measure}-${table.year}`;
          const sources = [index.source(table.world?.observation.sourceId ?? mineral.usgsSourceId)].filter(
            (s) => !!s,
          );
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
                    <span
                      className="swatch swatch--estimate"
                      style={{ background: "#6B7680" }}
                      aria-hidden="true"
                    />
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
              exportData={worldChartExportData(table, series, mineral.name)}
              table={<WorldTableView table={table} caption={title} />}
            >
              <HBarChart layout="stacked" bars={series.bars} label={describeBarSeries(title, series)} />
            </ChartFrame>
          );
        })}
      </section>

      <ConcentrationSection tables={tables.map((t) => t.table)} mineralName={mineral.name} />

      <UsDependenceSection mineral={mineral.id} mineralName={mineral.name} countryName={countryName} />

      <PakistanSection mineral={mineral.id} mineralName={mineral.name} tables={tables.map((t) => t.table)} />

      <EventsSection mineral={mineral.id} mineralName={mineral.name} countryName={countryName} />

      <EditionSection
        table={buildEditionTable(dataset.observations, mineral.id, countryName)}
        mineralName={mineral.name}
      />

      <section aria-labelledby="all-rows">
        <h2 id="all-rows">Every MCS 2025 value for {mineral.name.toLowerCase()}</h2>
        <p>
          All {usgsRows.length} production and reserves values USGS printed for {mineral.name.toLowerCase()}{" "}
          in {EDITION}, each with its status, source and notes, are listed on{" "}
          <Link href={`/minerals/${mineral.id}/values`}>
            {mineral.name}: every {EDITION} value
          </Link>
          .
          {source ? (
            <>
              {" "}
              Chapter: <a href={source.url}>{source.title}</a>.
            </>
          ) : null}
        </p>
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
  const when =
    table.measure === "reserves" ? `reserves as assessed for ${table.edition}` : `in ${table.year}`;
  return {
    text: share || formatQuantity(row.value, row.unit),
    note: `${formatQuantity(row.value, row.unit, row.observation.qualifier)} ${when}`,
  };
}

function KeyFigures({ tables }: { tables: WorldTable[] }) {
  const production = tables.find((t) => t.measure === "mine-production" || t.measure === "sponge-production");
  const reserves = tables.find((t) => t.measure === "reserves");
  const items: { label: string; value: string; note?: string }[] = [];
  for (const t of [production, reserves]) {
    if (!t) continue;
    const what =
      t.measure === "reserves"
        ? "reserves"
        : t.measure === "sponge-production"
          ? "sponge production"
          : "mine production";
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
              {r.value === null
                ? (r.observation.printed ?? "—")
                : formatQuantity(r.value, r.unit, r.observation.qualifier)}
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

function ConcentrationSection({
  tables,
  mineralName,
}: {
  tables: readonly WorldTable[];
  mineralName: string;
}) {
  const rows = tables
    .map((t) => ({ table: t, summary: buildConcentrationSummary(t) }))
    .filter((r): r is { table: WorldTable; summary: ConcentrationSummary } => r.summary !== null);
  const hasRefinery = tables.some((t) => t.measure === "refinery-production");
  return (
    <section aria-labelledby="concentration">
      <h2 id="concentration">How concentrated supply is</h2>
      <p className="formula">
        HHI = Σ (100 × s<sub>i</sub>)², where s<sub>i</sub> is country i&apos;s share of the world total
        (0–1). A single supplier gives 10,000; many small ones give close to 0. Top-3 share = s<sub>1</sub> +
        s<sub>2</sub> + s<sub>3</sub>.
      </p>
      <p>
        Both sum over the countries USGS lists by name. Its &ldquo;Other countries&rdquo; row bundles many
        producers and is left out, so the HHI is a lower bound on concentration.{" "}
        {hasRefinery
          ? "Refinery output is shown where the data hold a USGS refinery table."
          : `The data hold no USGS world refinery table for ${mineralName.toLowerCase()} (only copper's is included), so refining — where China's share is often larger — is not measured here.`}
      </p>
      {rows.length ? (
        <TableScroll label={`Concentration of world ${mineralName.toLowerCase()} supply`}>
          <table className="data">
            <caption>Concentration of world {mineralName.toLowerCase()} supply (USGS MCS 2025)</caption>
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col" className="num">
                  HHI
                </th>
                <th scope="col">Top 3 (share of world)</th>
                <th scope="col" className="num">
                  Top-3 share
                </th>
                <th scope="col" className="num">
                  China&apos;s share
                </th>
                <th scope="col" className="num">
                  &ldquo;Other countries&rdquo; (left out)
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ table, summary }) => (
                <tr key={table.measure}>
                  <th scope="row">
                    {MEASURE_LABELS[table.measure] ?? table.measure},{" "}
                    {table.measure === "reserves" ? "as assessed for MCS 2025" : table.year}
                  </th>
                  <td className="num">{formatNumber(summary.hhiPoints)}</td>
                  <td>{summary.top3.map((t) => `${t.name} ${formatShare(t.share)}`).join(", ")}</td>
                  <td className="num">{formatShare(summary.top3Share)}</td>
                  <td className="num">
                    {summary.chinaShare === null
                      ? (summary.chinaNote ?? "not listed")
                      : formatShare(summary.chinaShare)}
                  </td>
                  <td className="num">
                    {summary.otherShare === null ? "no row" : formatShare(summary.otherShare)}
                  </td>
                  <td>
                    {table.world ? (
                      <>
                        <StatusBadge status="derived" />{" "}
                        <span className="number-source">
                          from <SourceLink id={table.world.observation.sourceId} /> (
                          {statusLabel(table.world.observation.status).toLowerCase()} values)
                        </span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>No world total is printed for these tables, so no shares or HHI can be computed.</p>
      )}
    </section>
  );
}

function RelianceView({ table, caption }: { table: RelianceTable; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What is measured</th>
            {table.years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => {
            const first = Object.values(r.cells)[0];
            return (
              <tr key={r.basis}>
                <th scope="row">{r.basis}</th>
                {table.years.map((y) => {
                  const c = r.cells[y];
                  return (
                    <td
                      key={y}
                      className="num"
                      title={c ? `${statusLabel(c.status)}${c.note ? ` — ${c.note}` : ""}` : undefined}
                    >
                      {c ? c.display : "—"}
                      {c && c.status !== "published" ? (
                        <span className={`status-mark status-mark--${c.status}`}>
                          {c.status === "source-estimate" ? "estimate" : c.status}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
                <td>{first ? <SourceLink id={first.sourceId} /> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ImportFormsTable({
  entries,
  caption,
  countryName,
}: {
  entries: readonly ImportSources[];
  caption: string;
  countryName: (c: string) => string;
}) {
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Product form</th>
          <th scope="col">Period</th>
          <th scope="col">Sources (share of US imports)</th>
          <th scope="col">Status and source</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={`${e.productForm}-${e.period}`}>
            <th scope="row">
              {e.productForm}
              {e.primary ? <span className="hint">The form the model uses</span> : null}
            </th>
            <td>{e.period}</td>
            <td>
              {e.shares
                .map(
                  (x) =>
                    `${x.country === "ZZ" ? "Other" : countryName(x.country)} ${formatQuantity(x.sharePct, "%", x.qualifier)}`,
                )
                .join(", ")}
              {e.note ? <span className="hint">{e.note}</span> : null}
            </td>
            <td>
              <StatusBadge status={e.status} /> <SourceLink id={e.sourceId} />
              {e.locator ? <span className="hint">{e.locator}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UsDependenceSection({
  mineral,
  mineralName,
  countryName,
}: {
  mineral: MineralId;
  mineralName: string;
  countryName: (c: string) => string;
}) {
  const ds = loadDataset();
  const index = loadDatasetIndex();
  const r25 = buildRelianceTable(ds.observations, mineral, "MCS 2025");
  const r26 = buildRelianceTable(ds.observations, mineral, "MCS 2026");
  const forms25 = ds.importSources.filter((e) => e.mineral === mineral && e.edition === "MCS 2025");
  const forms26 = ds.importSources.filter((e) => e.mineral === mineral && e.edition === "MCS 2026");
  const primary = forms25.find((e) => e.primary);
  const latestYear = r25 ? r25.years[r25.years.length - 1]! : null;
  const headline = r25 && latestYear !== null ? r25.rows[0]?.cells[latestYear] : undefined;
  const name = mineralName.toLowerCase();
  const source = primary ? index.source(primary.sourceId) : undefined;
  const series =
    primary && source
      ? buildImportSourcesSeries(
          primary,
          countryName,
          `${shortCitation(source)} · ${primary.period} · ${statusLabel(primary.status)}`,
        )
      : null;
  const chinaShare = primary?.shares.find((x) => x.country === "CN");
  const title = primary ? `Where US imports of ${primary.productForm} came from, ${primary.period}` : "";
  return (
    <section aria-labelledby="us">
      <h2 id="us">US net import reliance and import sources</h2>
      <dl className="key-figures">
        {headline && r25 ? (
          <div>
            <dt>US net import reliance, {latestYear}</dt>
            <dd>
              {headline.display}
              <span className="figure-note">
                {r25.rows[0]!.basis}. {statusLabel(headline.status)}, <SourceLink id={headline.sourceId} />
              </span>
            </dd>
          </div>
        ) : null}
        {primary ? (
          <div>
            <dt>China&apos;s share of US imports ({primary.productForm})</dt>
            <dd>
              {chinaShare
                ? formatQuantity(chinaShare.sharePct, "%", chinaShare.qualifier)
                : "not among the listed sources"}
              <span className="figure-note">
                {primary.period}, {primary.edition}. <SourceLink id={primary.sourceId} />
              </span>
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        Net import reliance is imports minus exports (adjusted for stocks) as a share of US apparent
        consumption, as USGS prints it: &ldquo;&gt;50 %&rdquo; is a bound, not a value, and a net exporter has
        none.
      </p>
      {r25 ? (
        <RelianceView table={r25} caption={`US net import reliance on ${name}, MCS 2025 edition`} />
      ) : (
        <p>USGS MCS 2025 prints no net import reliance for {name}.</p>
      )}
      {r26 ? (
        <RelianceView
          table={r26}
          caption={`Update: US net import reliance on ${name}, MCS 2026 edition (read through a third-party extraction)`}
        />
      ) : null}
      {series && primary ? (
        <ChartFrame
          id={`${mineral}-import-sources`}
          title={title}
          subtitle={`Percent of US imports by value or quantity as USGS reports them (${primary.edition}). This is the product form the supply model uses; all forms are listed below.`}
          sources={source ? [source] : []}
          scenario="Published data (no model assumptions)"
          notes={<MissingList missing={series.missing} />}
          exportData={barExport(series.bars, "Share of US imports (%)", { mineral: name })}
          table={<ImportFormsTable entries={[primary]} caption={title} countryName={countryName} />}
        >
          <HBarChart
            layout="stacked"
            bars={series.bars}
            label={describeBarSeries(title, series)}
            formatTick={formatAxisPct}
          />
        </ChartFrame>
      ) : null}
      {forms25.length ? (
        <TableScroll label={`US import sources of ${name} by product form, MCS 2025 edition`}>
          <ImportFormsTable
            entries={forms25}
            caption={`US import sources of ${name} by product form, MCS 2025 edition`}
            countryName={countryName}
          />
        </TableScroll>
      ) : null}
      {forms26.length ? (
        <TableScroll label={`Update: US import sources of ${name}, MCS 2026 edition`}>
          <ImportFormsTable
            entries={forms26}
            caption={`Update: US import sources of ${name}, MCS 2026 edition (listed sources only; no “other” share printed)`}
            countryName={countryName}
          />
        </TableScroll>
      ) : null}
    </section>
  );
}

function PakistanSection({
  mineral,
  mineralName,
  tables,
}: {
  mineral: MineralId;
  mineralName: string;
  tables: readonly WorldTable[];
}) {
  const ds = loadDataset();
  const projects = ds.projects.filter((p) => p.country === "PK" && p.minerals.includes(mineral));
  const name = mineralName.toLowerCase();
  return (
    <section aria-labelledby="pakistan">
      <h2 id="pakistan">Pakistan&apos;s position</h2>
      <ul>
        {tables.map((t) => {
          const row = t.rows.find((r) => r.country === "PK");
          const what = `${(MEASURE_LABELS[t.measure] ?? t.measure).toLowerCase()}${t.measure === "reserves" ? "" : ` in ${t.year}`}`;
          return (
            <li key={t.measure}>
              {row && row.value !== null ? (
                <>
                  <strong>Listed</strong> in the USGS table of world {what}:{" "}
                  {formatQuantity(row.value, row.unit, row.observation.qualifier)}
                  {row.share !== null ? `, ${formatShare(row.share)} of the world total` : ""} (
                  <StatusBadge status={row.observation.status} />,{" "}
                  <SourceLink id={row.observation.sourceId} />
                  ).
                </>
              ) : (
                <>
                  <strong>Not listed</strong> in the USGS table of world {what}
                  {row?.observation.note ? ` — ${row.observation.note}` : ""}.
                </>
              )}
            </li>
          );
        })}
      </ul>
      {projects.length ? (
        <ul className="project-list">
          {projects.map((p) => (
            <ProjectCard key={p.id} project={p} mineral={mineral} showFacts={false} />
          ))}
        </ul>
      ) : (
        <p>The data hold no Pakistani project or deposit for {name}.</p>
      )}
      <p>
        All Pakistani projects, with their figures and sources, are on{" "}
        <Link href="/countries/PK#projects">Pakistan&apos;s profile</Link>.
      </p>
    </section>
  );
}

function EventsSection({
  mineral,
  mineralName,
  countryName,
}: {
  mineral: MineralId;
  mineralName: string;
  countryName: (c: string) => string;
}) {
  const events = selectEvents(loadDataset().events, { mineral });
  const kinds = countEventKinds(events);
  return (
    <section aria-labelledby="events">
      <h2 id="events">Export controls and other events</h2>
      {events.length ? (
        <>
          <p>
            {events.length} dated event{events.length === 1 ? "" : "s"} concern {mineralName.toLowerCase()}:{" "}
            {kinds.map((k) => `${k.count} ${k.label.toLowerCase()}${k.count === 1 ? "" : "s"}`).join(", ")}.
            Oldest first.
          </p>
          <EventTimeline events={events} countryName={countryName} />
        </>
      ) : (
        <p>The data hold no dated event for {mineralName.toLowerCase()}.</p>
      )}
    </section>
  );
}

function EditionSection({ table, mineralName }: { table: EditionTable | null; mineralName: string }) {
  return (
    <section aria-labelledby="editions">
      <h2 id="editions">MCS 2025 and the MCS 2026 update</h2>
      {table ? (
        <>
          <p>
            The charts above use MCS 2025, the primary edition. MCS 2026 revises 2024 and adds 2025 estimates;
            its values were read through a third-party extraction (status: secondary). The two editions sit in
            separate columns and are never joined into one series.
          </p>
          <TableScroll label={`${mineralName}: values as each edition prints them`}>
            <table className="data">
              <caption>{mineralName}: values as each edition prints them</caption>
              {/* Column groups give each edition header's scope="colgroup" the columns it heads. */}
              <colgroup span={1} />
              {(["MCS 2025", "MCS 2026"] as const).map((ed) => {
                const n = table.columns.filter((c) => c.edition === ed).length;
                return n ? <colgroup key={ed} span={n} /> : null;
              })}
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    Country
                  </th>
                  {(["MCS 2025", "MCS 2026"] as const).map((ed) => {
                    const n = table.columns.filter((c) => c.edition === ed).length;
                    return n ? (
                      <th key={ed} scope="colgroup" colSpan={n}>
                        {ed} edition
                      </th>
                    ) : null;
                  })}
                </tr>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c.key} scope="col" className="num">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr
                    key={r.country}
                    className={r.country === "PK" || r.country === "CN" ? "is-focus" : undefined}
                  >
                    <th scope="row">{r.name}</th>
                    {table.columns.map((c) => {
                      const cell = r.cells[c.key];
                      return (
                        <td
                          key={c.key}
                          className="num"
                          title={
                            cell
                              ? `${statusLabel(cell.status)}${cell.note ? ` — ${cell.note}` : ""}`
                              : undefined
                          }
                        >
                          {cell ? cell.display : "—"}
                          {cell?.share != null ? (
                            <span className="cell-note">{formatShare(cell.share)} of world</span>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="number-source">
            Sources:{" "}
            {[
              ...new Set(
                table.rows
                  .flatMap((r) => Object.values(r.cells).map((c) => c?.sourceId))
                  .filter((x): x is string => !!x),
              ),
            ].map((id, i) => (
              <span key={id}>
                {i ? "; " : ""}
                <SourceLink id={id} />
              </span>
            ))}
            . Every MCS 2026 value is a secondary reading (status: {statusLabel("secondary")}); the MCS 2025
            columns marked &ldquo;estimate&rdquo; are USGS&apos;s own estimates.
          </p>
        </>
      ) : (
        <p>
          The data hold no MCS 2026 values for {mineralName.toLowerCase()}; only the MCS 2025 edition is
          shown.
        </p>
      )}
    </section>
  );
}
