import Link from "next/link";
import { type ReactNode } from "react";
import { describeRangedBars } from "@/lib/charts/bar-series";
import {
  buildCostGapSeries,
  buildGovernanceBars,
  buildReservesShareSeries,
  LARGE_RESERVES_PCT,
  type KeyNumber,
  REAL_CHINA_CUT_PP,
  reasonProvenance,
  selectKeyNumbers,
  UNSTABLE_PERCENTILE,
} from "@/lib/charts/claim-cards";
import { compareHref, DEFAULT_COMPARE_VIEW } from "@/lib/charts/compare";
import { formatAxisPct, formatNumber } from "@/lib/charts/format";
import { buildSupplyMixStack, describeStackedSeries } from "@/lib/charts/stacked";
import { type BarSeries, describeBarSeries } from "@/lib/charts/world-table";
import { type Observation } from "@/lib/data/common";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { provenanceLine } from "@/lib/data/provenance";
import { KEYS } from "@/lib/model/assumptions";
import { type ClaimResult } from "@/lib/model/claims";
import { runScenario, type ScenarioResult } from "@/lib/model/scenario";
import { barExport, stackedExport } from "@/lib/charts/export-data";
import { LegacyChartFrame as ChartFrame } from "@/app/ui/legacy-chart-frame";
import { HBarChart } from "@/app/ui/charts/hbar-chart";
import { StackedBarChart, StackedLegend } from "@/app/ui/charts/stacked-bar-chart";
import { MissingList } from "@/app/ui/missing-list";
import { NumberSource } from "@/app/ui/number-source";
import { landedCostProvenance, provenanceText } from "@/app/ui/provenance-text";
import { readScenario, type PageScenario } from "@/app/ui/scenario-from-url";
import { ScenarioPicker } from "@/app/ui/scenario-picker";
import { toUrlSearchParams } from "@/app/ui/search-params";
import { logAddressProblems, UrlNotice } from "@/app/ui/url-notice";
import { VerdictBadge } from "@/app/ui/verdict-badge";

/** The article's wording of each claim is paraphrased in claims.ts; these say what each card's test looks at. */
const TESTED_BY: Record<ClaimResult["id"], string> = {
  C1: `Pakistan's share of world reserves per mineral (USGS; for copper, Reko Diq's reported reserves). ${formatNumber(LARGE_RESERVES_PCT)} % or more counts as large.`,
  C2: "Pakistan's landed cost at a US port against Australia's and Canada's, with capital, risk, freight and tariffs counted as well as wages, for the four minerals with sourced costs.",
  C3: `World Bank political-stability rank (below the ${formatNumber(UNSTABLE_PERCENTILE)}th percentile counts as unstable), the country risk premium, recorded security incidents and the share of Pakistan's cost that pays for risk.`,
  C4: `How far Pakistan's capacity could cut China's share of US supply by the target year, for minerals the US buys directly from China. A ${formatNumber(REAL_CHINA_CUT_PP)}-point cut counts as real.`,
  C5: "Pakistan against Ukraine on landed cost, risk premium, political stability and access to deposits (Ukraine's share under occupation).",
};

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = toUrlSearchParams(await searchParams);
  const page = readScenario(params);
  logAddressProblems("/", page.warnings);
  const result = runScenario(page.ctx.data, page.values);
  const mineralName = (id: string) =>
    page.ctx.data.minerals.find((m) => m.id === id)?.name.toLowerCase() ?? id;
  const q = page.query;
  const withQuery = (path: string) => `${path}${q ? `${path.includes("?") ? "&" : "?"}${q}` : ""}`;

  return (
    <>
      <h1>Could Pakistan be a cheaper, steadier source of critical minerals for the United States?</h1>
      <UrlNotice warnings={page.warnings} />

      <section aria-labelledby="argument">
        <h2 id="argument">What the article argues</h2>
        <p>
          Ties between Pakistan and the United States have long rested on security deals — lately
          counter-terrorism — and have risen and fallen with each crisis. To give the relationship a steadier
          base, the author proposes economic links as well, and picks out critical minerals (with information
          technology) as the most promising. The case for minerals has five parts: Pakistan&apos;s deposits
          are large and barely developed; American money invested there would go further because Pakistani
          miners earn far less than Australian or Canadian ones; Pakistan could be a dependable supplier;
          buying from it would lessen US reliance on China, which counts for more during the trade dispute;
          and while Washington bargains with Kyiv over mineral rights, it should give Pakistan a place in its
          plans too.
        </p>
        <p className="citation">
          Paraphrased from Nawal Nawaz, “Pak-US relations: Areas of Engagement beyond Security Cooperation”,{" "}
          <cite>Global Security Review</cite>, 2025 (
          <Link href="/sources#nawaz-2025-global-security-review">source entry</Link>). Below, each claim is
          tested against published figures and the model&apos;s assumptions; the verdicts are ours, not the
          author&apos;s.
        </p>
      </section>

      <section aria-labelledby="scenario">
        <h2 id="scenario">Scenario</h2>
        <p>
          Verdicts depend on assumptions. The <strong>Evidence baseline</strong> uses published figures and
          sourced defaults; the <strong>Article&apos;s framing</strong> lets only wages differ between
          countries; the <strong>Stress case</strong> prices risk in full. Change any single assumption in the{" "}
          <Link href={withQuery("/scenario")}>scenario lab</Link>.
        </p>
        <ScenarioPicker
          action="/"
          presets={page.ctx.presets}
          current={page.scenario.preset}
          keep={page.explicit}
          submitLabel="Show the verdicts"
        />
        <p className="scenario-line">{page.line}.</p>
      </section>

      <section aria-labelledby="claims">
        <h2 id="claims">The five claims, tested</h2>
        <ul className="verdict-strip" aria-label="Verdicts at a glance">
          {result.claims.map((c) => (
            <li key={c.id}>
              <a href={`#claim-${c.id}`}>
                {c.id}. {c.title}
              </a>{" "}
              <VerdictBadge verdict={c.verdict} />
            </li>
          ))}
        </ul>
        <div className="claim-grid">
          {result.claims.map((claim) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              numbers={selectKeyNumbers(claim, page.ctx.table, mineralName)}
              links={claimLinks(claim, withQuery)}
            >
              <ClaimChart claim={claim} page={page} result={result} mineralName={mineralName} />
            </ClaimCard>
          ))}
        </div>
      </section>

      <p>
        Every figure links to its source; how verdicts are reached is on{" "}
        <Link href="/sources#method-claims">Sources and method</Link>. The USGS tables behind C1 and C4 are on
        the <Link href="/minerals">mineral pages</Link>; governance, projects and events on{" "}
        <Link href="/countries/PK">Pakistan&apos;s profile</Link>.
      </p>
    </>
  );
}

function claimLinks(
  claim: ClaimResult,
  withQuery: (path: string) => string,
): { href: string; label: string }[] {
  const compare = (mineral: string, countries: string[], extra: Partial<typeof DEFAULT_COMPARE_VIEW> = {}) =>
    compareHref(
      {
        ...DEFAULT_COMPARE_VIEW,
        mineral: mineral as typeof DEFAULT_COMPARE_VIEW.mineral,
        countries: countries as typeof DEFAULT_COMPARE_VIEW.countries,
        ...extra,
      },
      "",
    );
  switch (claim.id) {
    case "C1":
      return [
        { href: "/minerals/copper", label: "Copper: world reserves and Reko Diq" },
        { href: "/minerals/antimony", label: "Antimony: Pakistan's listed output and reserves" },
        { href: "/countries/PK#projects", label: "Pakistan's projects pipeline" },
      ];
    case "C2":
      return [
        {
          href: withQuery(compare("copper", ["PK", "AU", "CA"], { sort: "landed", dir: "asc" })),
          label: "Compare landed costs, part by part",
        },
        { href: withQuery("/scenario"), label: "Change wages and risk in the scenario lab" },
      ];
    case "C3":
      return [
        { href: "/countries/PK", label: "Pakistan: governance, risk premium and security incidents" },
        {
          href: withQuery(compare("copper", ["PK", "AU", "CA", "UA"], { sort: "stability", dir: "desc" })),
          label: "Compare governance and cost of capital",
        },
      ];
    case "C4":
      return [
        { href: withQuery("/scenario"), label: "Re-sourcing and supply shocks in the scenario lab" },
        { href: "/minerals/rare-earths", label: "Rare earths: US import sources and China's share" },
        { href: "/minerals/antimony", label: "Antimony: export controls and US imports" },
      ];
    case "C5":
      return [
        {
          href: withQuery(compare("lithium", ["PK", "UA", "AU"])),
          label: "Compare Pakistan and Ukraine for lithium",
        },
        { href: "/countries/UA", label: "Ukraine: deposits and the occupied share" },
      ];
  }
}

function ClaimCard({
  claim,
  numbers,
  links,
  children,
}: {
  claim: ClaimResult;
  numbers: KeyNumber[];
  links: { href: string; label: string }[];
  children: ReactNode;
}) {
  const headingId = `claim-${claim.id}-title`;
  return (
    <article
      className={`claim-card claim-card--${claim.verdict}`}
      id={`claim-${claim.id}`}
      aria-labelledby={headingId}
    >
      <header className="claim-card__head">
        <h3 id={headingId}>
          {claim.id}. {claim.title}
        </h3>
        <p className="claim-card__verdict">
          Verdict: <VerdictBadge verdict={claim.verdict} />
        </p>
      </header>
      <p className="claim-card__claim">
        <span className="claim-card__kicker">The article:</span> {claim.claim}
      </p>
      <p className="claim-card__summary">{claim.summary}</p>
      <dl className="claim-numbers">
        {numbers.map((n) => (
          <div key={n.label}>
            <dt>{n.label}</dt>
            <dd>
              <span className="claim-numbers__value">{n.display}</span>
              <NumberSource status={n.status} sourceId={n.sourceId} method={n.method} href={n.href} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="claim-card__test">
        <span className="claim-card__kicker">Tested by:</span> {TESTED_BY[claim.id]}
      </p>
      {children}
      <nav aria-label={`Where ${claim.id} is tested`} className="claim-card__links">
        <p className="claim-card__kicker">Where this is tested</p>
        <ul>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}

function BarTable({
  caption,
  series,
  valueHeader,
  sources,
}: {
  caption: string;
  series: BarSeries;
  valueHeader: string;
  sources: ReactNode[];
}) {
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="num">
            {valueHeader}
          </th>
          <th scope="col">Note</th>
          <th scope="col">Source and status</th>
        </tr>
      </thead>
      <tbody>
        {series.bars.map((b, i) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td className="num">{b.display}</td>
            <td>{b.detail ?? ""}</td>
            <td>{sources[i]}</td>
          </tr>
        ))}
        {series.missing.map((m) => (
          <tr key={`missing-${m.label}`}>
            <th scope="row">{m.label}</th>
            <td className="num">no value</td>
            <td>{m.reason}</td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The small chart behind each verdict, in the shared frame. */
function ClaimChart({
  claim,
  page,
  result,
  mineralName,
}: {
  claim: ClaimResult;
  page: PageScenario;
  result: ScenarioResult;
  mineralName: (id: string) => string;
}) {
  const index = loadDatasetIndex();
  const countryName = (c: string) => index.country(c)?.name ?? c;
  const sources = (ids: readonly string[]) => ids.map((id) => index.source(id)).filter((s) => !!s);
  const costs = new Map(result.costs.map((c) => [`${c.country}:${c.mineral}`, c]));
  const sourced = page.ctx.data.minerals
    .filter((m) => m.costBasis === "sourced")
    .map((m) => ({ id: m.id, name: m.name.toLowerCase() }));
  const id = `claim-${claim.id.toLowerCase()}`;
  const modelSources = sources(["project-assumptions"]);

  if (claim.id === "C1") {
    const series = buildReservesShareSeries(claim, mineralName, (r) =>
      provenanceText({ sourceId: r.sourceId ?? null, status: r.status ?? null }),
    );
    const title = "Pakistan's share of world reserves";
    const reasons = claim.perMineral.flatMap((p) => p.reasons);
    const sourceCells = series.bars.map((b) => {
      const r = reasons.find((x) => x.mineral === b.key && x.value === b.value);
      const p = r ? reasonProvenance(claim.id, r, page.ctx.table) : null;
      return p ? (
        <NumberSource key={b.key} status={p.status} sourceId={p.sourceId} method={p.method} />
      ) : null;
    });
    return (
      <ChartFrame
        id={id}
        size="compact"
        headingLevel={4}
        title={title}
        subtitle={`Percent of world reserves (USGS MCS 2025); copper from Reko Diq's reported 15 Mt. Dashed line: ${formatNumber(LARGE_RESERVES_PCT)} %, the bar for a large resource.`}
        sources={sources([
          ...new Set(
            series.bars
              .map((b) => reasons.find((r) => r.mineral === b.key && r.value === b.value)?.sourceId)
              .filter((s): s is string => !!s),
          ),
        ])}
        scenario="Published data (no model assumptions)"
        notes={<MissingList missing={series.missing} />}
        exportData={barExport(series.bars, "Share of world reserves (%)", {
          fullDataQuery: "country=PK,WORLD&measure=reserves&edition=MCS 2025",
        })}
        table={
          <BarTable
            caption={title}
            series={series}
            valueHeader="Share of world reserves"
            sources={sourceCells}
          />
        }
      >
        <HBarChart
          layout="stacked"
          bars={series.bars}
          label={describeBarSeries(title, series)}
          reference={{ value: LARGE_RESERVES_PCT, label: `${formatNumber(LARGE_RESERVES_PCT)} %: large` }}
          formatTick={formatAxisPct}
        />
      </ChartFrame>
    );
  }

  if (claim.id === "C2" || claim.id === "C5") {
    const competitors = claim.id === "C2" ? (["AU", "CA"] as const) : (["UA"] as const);
    const series = buildCostGapSeries(costs, sourced, competitors, countryName, landedCostProvenance);
    const title =
      claim.id === "C2"
        ? "Pakistan's landed cost against Australia and Canada"
        : "Pakistan's landed cost against Ukraine";
    return (
      <ChartFrame
        id={id}
        size="compact"
        headingLevel={4}
        title={title}
        subtitle="Percentage difference in landed cost at a US port, for the minerals with sourced costs. Left of zero: Pakistan cheaper."
        sources={modelSources}
        method={{ href: "/sources#method-cost", label: "landed cost" }}
        scenario={page.line}
        notes={<MissingList missing={series.missing} />}
        exportData={barExport(series.bars, "Difference in landed cost (%)", { changes: page.changes })}
        table={
          <BarTable
            caption={title}
            series={series}
            valueHeader="Difference"
            sources={series.bars.map((b) => (
              <NumberSource key={b.key} status="derived" sourceId={null} method="method-cost" />
            ))}
          />
        }
      >
        <HBarChart
          layout="stacked"
          bars={series.bars}
          label={describeBarSeries(title, series, 8)}
          formatTick={formatAxisPct}
        />
      </ChartFrame>
    );
  }

  if (claim.id === "C3") {
    const ds = loadDataset();
    const provenanceOf = (o: Observation) => provenanceLine(o, index.source(o.sourceId));
    const gov = buildGovernanceBars(
      ds.observations,
      "wgi-political-stability-percentile",
      ["PK", "AU", "CA", "UA", "CN", "US"],
      countryName,
      provenanceOf,
    );
    const title = `Political stability, ${gov.year ?? "latest year"}`;
    const series: BarSeries = { unit: gov.unit, bars: gov.bars, missing: gov.missing };
    return (
      <ChartFrame
        id={id}
        size="compact"
        headingLevel={4}
        title={title}
        subtitle={`World Bank WGI percentile rank (0 lowest, 100 highest) with 90 % confidence bounds. Dashed line: the ${formatNumber(UNSTABLE_PERCENTILE)}th percentile, below which a country counts as unstable.`}
        sources={sources(["worldbank-wgi-2024"])}
        scenario="Published data (no model assumptions)"
        notes={<MissingList missing={gov.missing} />}
        exportData={barExport(gov.bars, "Percentile rank (0–100)", {
          fullDataQuery: "measure=wgi-political-stability-percentile",
        })}
        table={
          <BarTable
            caption={title}
            series={series}
            valueHeader="Percentile rank"
            sources={gov.bars.map((b) => (
              <NumberSource
                key={b.key}
                status="published"
                sourceId="worldbank-wgi-2024"
                method={null}
                year={gov.year}
              />
            ))}
          />
        }
      >
        <HBarChart
          layout="stacked"
          bars={gov.bars}
          label={describeRangedBars(title, gov.bars, "90 % bounds")}
          reference={{
            value: UNSTABLE_PERCENTILE,
            label: `${formatNumber(UNSTABLE_PERCENTILE)}th percentile`,
          }}
          formatTick={(v) => formatNumber(v)}
        />
      </ChartFrame>
    );
  }

  // C4: the US supply mix in the target year, for the minerals the US buys directly from China.
  const target = page.values[KEYS.targetYear] ?? 2030;
  const exposed = claim.perMineral.filter((p) => p.verdict !== "not-enough-data").map((p) => p.mineral);
  const deps = result.dependency.filter((d) => exposed.includes(d.mineral));
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const stack = buildSupplyMixStack(
    deps,
    target,
    (m) => capital(mineralName(m)),
    countryName,
    () => "Our US supply model · USGS MCS 2025 import sources and reliance · Derived",
  );
  const title = `US supply in ${target}, this scenario`;
  return (
    <ChartFrame
      id={id}
      size="compact"
      headingLevel={4}
      title={title}
      subtitle="Share of US demand by source, for the minerals the US imports directly from China. Demand held at 2024; re-sourced volume goes to the cheapest supplier with spare capacity."
      sources={sources([
        ...new Set(page.ctx.data.minerals.filter((m) => exposed.includes(m.id)).map((m) => m.importSourceId)),
        "project-assumptions",
      ])}
      method={{ href: "/sources#method-dependency", label: "US supply" }}
      scenario={page.line}
      legend={<StackedLegend items={stack.legend} />}
      exportData={stackedExport(stack, { changes: page.changes })}
      table={
        <table className="data">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Mineral</th>
              {stack.legend.map((l) => (
                <th key={l.key} scope="col" className="num">
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stack.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {stack.legend.map((l) => (
                  <td key={l.key} className="num">
                    {r.segments.find((s) => s.key === l.key)?.display ?? "0 %"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <StackedBarChart
        rows={stack.rows}
        label={describeStackedSeries(title, stack)}
        max={100}
        formatTick={formatAxisPct}
      />
    </ChartFrame>
  );
}
