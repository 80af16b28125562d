import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buildCountryShareSeries } from "@/lib/charts/country-profile";
import { countEventKinds, selectEvents } from "@/lib/views/events";
import { compareHref, DEFAULT_COMPARE_VIEW } from "@/lib/charts/compare";
import { formatAxisPct, formatNumber, formatQuantity } from "@/lib/charts/format";
import { countryColour } from "@/lib/charts/palette";
import { buildObservationSeries, describeTimeSeries } from "@/lib/charts/time-series";
import { describeBarSeries } from "@/lib/charts/world-table";
import { type FocusCountry, type Observation } from "@/lib/data/common";
import { FOCUS_COUNTRIES } from "@/lib/data/constants";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { provenanceLine } from "@/lib/data/provenance";
import { barExport, timeSeriesExport } from "@/lib/charts/export-data";
import { LegacyChartFrame as ChartFrame } from "@/app/ui/legacy-chart-frame";
import { HBarChart } from "@/app/ui/charts/hbar-chart";
import { TimeSeriesChart } from "@/app/ui/charts/time-series-chart";
import { MissingList } from "@/app/ui/missing-list";
import { ProjectCard } from "@/app/ui/project-card";
import { SourceLink, StatusBadge } from "@/app/ui/provenance";
import { EventTimeline } from "@/app/ui/timeline";
import { TableScroll } from "@/app/ui/table-scroll";

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

/** Words for the labour measures in data/labour.json; any other measure id is written out from its kebab-case. */
const LABOUR_MEASURES: Record<string, string> = {
  "mining-wage": "Mining wage used by the model",
  "average-monthly-wage": "Average monthly wage",
  "average-annual-wage": "Average annual wage",
  "mining-average-annual-wage": "Mining average annual wage",
  "mining-weekly-earnings": "Mining weekly earnings",
  "mining-hourly-earnings": "Mining hourly earnings",
  "mining-wage-ratio": "Mining wage relative to the average",
  "minimum-wage-monthly": "Minimum wage, monthly",
  "minimum-wage-daily": "Minimum wage, daily",
  "labour-productivity": "Labour productivity",
  "labour-productivity-ratio-to-us": "Labour productivity relative to the US",
};

const sentence = (id: string) =>
  LABOUR_MEASURES[id] ?? `${id.charAt(0).toUpperCase()}${id.slice(1).replace(/-/g, " ")}`;

const RISK_MEASURES = [
  ["country-risk-premium", "Country risk premium"],
  ["default-spread", "Sovereign default spread"],
  ["equity-risk-premium", "Equity risk premium (mature market + country)"],
] as const;

export default async function CountryPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const index = loadDatasetIndex();
  const country = index.country(code);
  if (!country || !(FOCUS_COUNTRIES as readonly string[]).includes(code)) notFound();
  const ds = loadDataset();
  const countryName = (c: string) => index.country(c)?.name ?? c;
  const provenanceOf = (o: Observation) => provenanceLine(o, index.source(o.sourceId));
  const own = ds.observations.filter((o) => o.country === code);
  const latestWgi = Math.max(...own.filter((o) => o.measure.startsWith("wgi-")).map((o) => o.year));
  const wage = own.find((o) => o.measure === "mining-wage");
  const labour = own.filter((o) => isLabour(o) && o.measure !== "mining-wage");
  const production = own.filter(
    (o) =>
      (o.measure === "mine-production" || o.measure === "sponge-production") &&
      o.edition === "MCS 2025" &&
      o.year === 2024,
  );
  const stability = buildObservationSeries(
    ds.observations,
    { country: code, measure: "wgi-political-stability-percentile" },
    { key: code, label: country.shortName ?? country.name, colour: countryColour(code) },
    provenanceOf,
  );
  const stabilityTitle = `Political stability in ${country.name}, ${stability.points[0]?.year ?? ""}–${stability.points[stability.points.length - 1]?.year ?? ""}`;
  const shares = buildCountryShareSeries(ds.observations, code, ds.minerals, provenanceOf);
  const sharesTitle = `${country.name}'s share of world mine production, 2024`;
  const projects = ds.projects.filter((p) => p.country === code);
  const occupied = projects.flatMap((p) =>
    p.facts.filter((f) => f.id === "occupied-share").map((f) => ({ project: p, fact: f })),
  );
  const events = selectEvents(ds.events, { country: code });
  const kinds = countEventKinds(events);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/countries">Countries</Link> / {country.name}
      </p>
      <h1>{country.name}</h1>
      <p className="lede">
        {code === "US"
          ? "The importer: governance, the cost of risk and labour used as the reference operation, US mine output, and the dated events (tariffs, agreements) that shape its supply."
          : `A supplier: governance with confidence bounds, the cost of risk and labour the model uses, its place in world output, ${projects.length ? "its projects pipeline " : ""}and dated events.`}
      </p>
      <nav aria-label="On this page" className="on-this-page">
        <ul className="verdict-strip">
          <li>
            <a href="#governance">Governance</a>
          </li>
          <li>
            <a href="#risk">Risk and labour</a>
          </li>
          <li>
            <a href="#production">Production</a>
          </li>
          <li>
            <a href="#projects">Projects</a>
          </li>
          <li>
            <a href="#events">Events</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="governance">
        <h2 id="governance">Governance (World Bank WGI, {latestWgi})</h2>
        <TableScroll label={`Six governance indicators for ${country.name}`}>
          <table className="data">
            <caption>
              Six governance indicators for {country.name}: percentile rank among all countries (0 = lowest,
              100 = highest) with 90 % confidence bounds, and the underlying estimate
            </caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col" className="num">
                  Percentile rank
                </th>
                <th scope="col" className="num">
                  Lower bound
                </th>
                <th scope="col" className="num">
                  Upper bound
                </th>
                <th scope="col" className="num">
                  Estimate (−2.5 to 2.5)
                </th>
                <th scope="col">Status</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {WGI.map(([id, label]) => {
                const o = own.find((x) => x.measure === `wgi-${id}-percentile` && x.year === latestWgi);
                const e = own.find((x) => x.measure === `wgi-${id}-estimate` && x.year === latestWgi);
                return (
                  <tr key={id}>
                    <th scope="row">{label}</th>
                    <td className="num">{o?.value != null ? formatNumber(o.value, 1) : "no value"}</td>
                    <td className="num">{o?.low != null ? formatNumber(o.low, 1) : ""}</td>
                    <td className="num">{o?.high != null ? formatNumber(o.high, 1) : ""}</td>
                    <td className="num">
                      {e?.value != null ? formatNumber(e.value, 2) : ""}
                      {e?.note ? <span className="cell-note">{e.note}</span> : null}
                    </td>
                    <td>{o ? <StatusBadge status={o.status} /> : null}</td>
                    <td>{o ? <SourceLink id={o.sourceId} /> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <ChartFrame
          id={`${code.toLowerCase()}-political-stability`}
          title={stabilityTitle}
          subtitle="World Bank WGI percentile rank (0 lowest, 100 highest). The band and whiskers are the 90 % confidence bounds: ranks inside them cannot be told apart."
          sources={[index.source("worldbank-wgi-2024")].filter((s) => !!s)}
          scenario="Published data (no model assumptions)"
          notes={
            stability.missing.length ? (
              <MissingList
                missing={stability.missing.map((m) => ({ label: String(m.year), reason: m.reason }))}
              />
            ) : null
          }
          exportData={timeSeriesExport([stability], "Percentile rank (0–100)", {
            fullDataQuery: new URLSearchParams({
              country: code,
              measure: "wgi-political-stability-percentile",
            }).toString(),
          })}
          table={
            <table className="data">
              <caption>{stabilityTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col" className="num">
                    Percentile rank
                  </th>
                  <th scope="col" className="num">
                    Lower bound
                  </th>
                  <th scope="col" className="num">
                    Upper bound
                  </th>
                  <th scope="col">Source and status</th>
                </tr>
              </thead>
              <tbody>
                {stability.points.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{p.year}</th>
                    <td className="num">{p.display}</td>
                    <td className="num">{p.low !== undefined ? formatNumber(p.low, 1) : ""}</td>
                    <td className="num">{p.high !== undefined ? formatNumber(p.high, 1) : ""}</td>
                    <td>{p.provenance}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <TimeSeriesChart
            series={[stability]}
            label={describeTimeSeries(stabilityTitle, [stability])}
            yDomain={[0, 100]}
            yTicks={[0, 25, 50, 75, 100]}
          />
        </ChartFrame>
      </section>

      <section aria-labelledby="risk">
        <h2 id="risk">Cost of risk and labour</h2>
        <dl className="key-figures">
          {RISK_MEASURES.map(([measure, label]) => {
            const o = own.find((x) => x.measure === measure);
            if (!o) return null;
            return (
              <div key={measure}>
                <dt>
                  {label} ({o.period ?? o.year})
                </dt>
                <dd>
                  {o.value === null ? "no value" : formatQuantity(o.value, o.unit)}
                  <span className="figure-note">
                    {o.note ? `${o.note}. ` : ""}
                    <SourceLink id={o.sourceId} /> · <StatusBadge status={o.status} />
                  </span>
                </dd>
              </div>
            );
          })}
          {wage ? (
            <div>
              <dt>Mining wage used by the model ({wage.year})</dt>
              <dd>
                {wage.value === null ? "no value" : formatQuantity(wage.value, wage.unit)}
                <span className="figure-note">
                  Basis: {wage.basis ?? "not stated"}. <SourceLink id={wage.sourceId} /> ·{" "}
                  <StatusBadge status={wage.status} />
                </span>
              </dd>
            </div>
          ) : null}
        </dl>
        {wage?.method ? (
          <p>
            <strong>How the wage was derived:</strong> {wage.method}.{wage.note ? ` ${wage.note}.` : ""}
          </p>
        ) : null}
        {labour.length ? (
          <TableScroll label={`Wage and productivity evidence for ${country.name}`}>
            <table className="data">
              <caption>Wage and productivity evidence for {country.name}, as the sources print it</caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                  <th scope="col">Period</th>
                  <th scope="col">What it covers</th>
                  <th scope="col">Status</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {labour.map((o, i) => (
                  <tr key={`${o.measure}-${o.year}-${i}`}>
                    <th scope="row">{sentence(o.measure)}</th>
                    <td className="num">
                      {o.value === null ? "no value" : formatQuantity(o.value, o.unit, o.qualifier)}
                    </td>
                    <td>{o.period ?? o.year}</td>
                    <td>
                      {o.basis ?? ""}
                      {o.note ? <span className="hint">{o.note}</span> : null}
                      {o.method ? <span className="hint">Method: {o.method}</span> : null}
                    </td>
                    <td>
                      <StatusBadge status={o.status} />
                    </td>
                    <td>
                      <SourceLink id={o.sourceId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>

      <section aria-labelledby="production">
        <h2 id="production">Production by mineral (USGS MCS 2025)</h2>
        <ChartFrame
          id={`${code.toLowerCase()}-production-share`}
          title={sharesTitle}
          subtitle="Percent of the world total in 2024 (USGS estimates); titanium is sponge metal. Minerals USGS does not list the country for are named below the chart."
          sources={[...new Set(production.map((o) => o.sourceId))]
            .map((id) => index.source(id))
            .filter((s) => !!s)}
          scenario="Published data (no model assumptions)"
          notes={<MissingList missing={shares.missing} />}
          exportData={barExport(shares.bars, "Share of world mine production (%)", {
            fullDataQuery: new URLSearchParams({
              country: code,
              measure: "mine-production",
              edition: "MCS 2025",
            }).toString(),
          })}
          table={
            <table className="data">
              <caption>Mine production by mineral, {country.name}, 2024</caption>
              <thead>
                <tr>
                  <th scope="col">Mineral</th>
                  <th scope="col" className="num">
                    Production
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
                {ds.minerals.map((m) => {
                  const o = production.find((p) => p.mineral === m.id);
                  const bar = shares.bars.find((b) => b.key === m.id);
                  return (
                    <tr key={m.id}>
                      <th scope="row">
                        <Link href={`/minerals/${m.id}`}>{m.name}</Link>
                      </th>
                      <td className="num">
                        {o?.value != null
                          ? formatQuantity(o.value, o.unit, o.qualifier)
                          : (o?.printed ?? "no value")}
                      </td>
                      <td className="num">{bar ? bar.display : ""}</td>
                      <td>{o ? <StatusBadge status={o.status} /> : null}</td>
                      <td>{o ? <SourceLink id={o.sourceId} /> : null}</td>
                      <td>{o?.note ?? (o ? "" : "No USGS table for this mineral")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          }
        >
          {shares.bars.length ? (
            <HBarChart
              layout="stacked"
              bars={shares.bars}
              label={describeBarSeries(sharesTitle, shares, 10)}
              formatTick={formatAxisPct}
            />
          ) : (
            <p>USGS lists {country.name} in none of the ten world production tables.</p>
          )}
        </ChartFrame>
      </section>

      <section aria-labelledby="projects">
        <h2 id="projects">Projects pipeline</h2>
        {occupied.map(({ project, fact }) => (
          <dl className="key-figures" key={project.id}>
            <div>
              <dt>{fact.label}</dt>
              <dd>
                {fact.quantity.value === null
                  ? "no value"
                  : formatQuantity(fact.quantity.value, fact.quantity.unit)}
                <span className="figure-note">
                  {fact.quantity.year}. <SourceLink id={fact.quantity.sourceId} /> ·{" "}
                  <StatusBadge status={fact.quantity.status} />
                </span>
              </dd>
            </div>
            <div>
              <dt>Deposits listed here in occupied territory</dt>
              <dd>
                {projects.filter((p) => p.occupied).length} of {projects.length}
                <span className="figure-note">
                  {projects
                    .filter((p) => p.occupied)
                    .map((p) => p.name)
                    .join(", ") || "none"}
                </span>
              </dd>
            </div>
          </dl>
        ))}
        {projects.length ? (
          <ul className="project-list">
            {projects.map((p) => (
              <ProjectCard key={p.id} project={p} />
            ))}
          </ul>
        ) : (
          <p>
            The data hold no projects for {country.name}: the pipeline covers Pakistan and Ukraine, the two
            countries the article puts forward. {country.name}&apos;s current output is in the production
            section above.
          </p>
        )}
        {projects.some((p) =>
          p.phases.some((ph) => ph.capacity.value !== null && ph.startYear.value !== null),
        ) ? (
          <p>
            Phases with a capacity and a start year feed the supply model; their timing and size can be
            changed in the <Link href="/scenario">scenario lab</Link>.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="events">
        <h2 id="events">Dated events</h2>
        {events.length ? (
          <>
            <p>
              {events.length} event{events.length === 1 ? "" : "s"} involving {country.name}:{" "}
              {kinds.map((k) => `${k.count} ${k.label.toLowerCase()}${k.count === 1 ? "" : "s"}`).join(", ")}.
              Oldest first.
            </p>
            <EventTimeline events={events} countryName={countryName} />
          </>
        ) : (
          <p>The data hold no dated event involving {country.name}.</p>
        )}
      </section>
      <p>
        Put {country.name} beside the other suppliers on the{" "}
        <Link
          href={compareHref(
            {
              ...DEFAULT_COMPARE_VIEW,
              countries: code === "PK" ? [...DEFAULT_COMPARE_VIEW.countries] : ["PK", code as FocusCountry],
            },
            "",
          )}
        >
          supplier comparison
        </Link>
        .
      </p>
    </>
  );
}

/** Labour evidence rows: the wage and productivity observations of data/labour.json. */
function isLabour(o: Observation): boolean {
  return /wage|earnings|productivity|labour-hours|value-added|hours/.test(o.measure) && o.mineral === null;
}
