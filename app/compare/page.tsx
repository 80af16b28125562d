import type { Metadata } from "next";
import Link from "next/link";
import { type ReactNode } from "react";
import { describeRangedBars, seriesForScale, spansOrdersOfMagnitude } from "@/lib/charts/bar-series";
import {
  buildCompareBars,
  buildCompareRows,
  COMPARE_COLUMNS,
  COMPARE_COUNTRIES,
  COMPARE_MAX_COUNTRIES,
  COMPARE_MIN_COUNTRIES,
  COMPARE_VIEW_PARAMS,
  type CompareCell,
  type CompareColumn,
  compareHref,
  type CompareRow,
  type CompareView,
  COUNTRY_COLUMN,
  nextSort,
  parseCompareParams,
  sortCompareRows,
} from "@/lib/charts/compare";
import { formatAxisPct, formatCompact } from "@/lib/charts/format";
import { buildLandedCostStack, describeStackedSeries } from "@/lib/charts/stacked";
import { describeBarSeries } from "@/lib/charts/world-table";
import { type Status } from "@/lib/data/common";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { statusLabel } from "@/lib/data/provenance";
import { KEYS } from "@/lib/model/assumptions";
import { computeCosts } from "@/lib/model/scenario";
import { costOf } from "@/lib/model/landed-cost";
import { barExport, stackedExport } from "@/lib/charts/export-data";
import { LegacyChartFrame as ChartFrame } from "@/app/ui/legacy-chart-frame";
import { HBarChart } from "@/app/ui/charts/hbar-chart";
import { StackedBarChart, StackedLegend } from "@/app/ui/charts/stacked-bar-chart";
import { MissingList } from "@/app/ui/missing-list";
import { NumberSource } from "@/app/ui/number-source";
import { landedCostProvenance, provenanceText } from "@/app/ui/provenance-text";
import { readScenario } from "@/app/ui/scenario-from-url";
import { toUrlSearchParams } from "@/app/ui/search-params";
import { logAddressProblems, UrlNotice } from "@/app/ui/url-notice";
import { CountryPicker } from "./_components/country-picker";
import { TableScroll } from "@/app/ui/table-scroll";

export const metadata: Metadata = { title: "Compare suppliers" };

/** Status words short enough for a table cell; published and derived values carry no mark. */
const STATUS_MARKS: Partial<Record<Status, string>> = {
  "source-estimate": "estimate",
  secondary: "secondary",
  assumption: "assumption",
};

const cellProvenance = (cell: CompareCell) =>
  provenanceText({ sourceId: cell.sourceId, year: cell.year, status: cell.status, method: cell.method });

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = toUrlSearchParams(await searchParams);
  const { view, warnings: viewWarnings } = parseCompareParams(params);
  const page = readScenario(params, COMPARE_VIEW_PARAMS);
  logAddressProblems("/compare", [...viewWarnings, ...page.warnings]);
  const dataset = loadDataset();
  const index = loadDatasetIndex();
  const countryName = (c: string) => index.country(c)?.name ?? c;
  const mineral = index.mineral(view.mineral)!;
  const costs = computeCosts(page.ctx.data, page.values);
  const rows = buildCompareRows(
    { dataset, table: page.ctx.table, values: page.values, costs, countryName },
    view.mineral,
    view.countries,
  );
  const sorted = sortCompareRows(rows, view.sort, view.dir);
  const q = page.query;
  const names = view.countries.map(countryName);
  const regime = page.ctx.data.tariffRegimes[Math.round(page.values[KEYS.tariffRegime] ?? 0)];
  const production = mineral.id === "titanium" ? "titanium sponge production" : "mine production";
  const sources = (ids: readonly (string | null)[]) =>
    [...new Set(ids.filter((x): x is string => !!x))].map((id) => index.source(id)).filter((s) => !!s);

  const scaleControl = (chartId: string) => (
    <>
      <span id={`${chartId}-scale`}>Scale:</span>
      <span className="segmented" role="group" aria-labelledby={`${chartId}-scale`}>
        {(["linear", "log"] as const).map((s) => (
          <Link
            key={s}
            href={`${compareHref({ ...view, scale: s }, q)}#${chartId}-title`}
            aria-current={view.scale === s ? "true" : undefined}
            prefetch={false}
          >
            {s === "linear" ? "Linear" : "Log"}
          </Link>
        ))}
      </span>
    </>
  );

  const quantityChart = (chartId: string, columnId: string, title: string, subtitle: string) => {
    const raw = buildCompareBars(rows, columnId, cellProvenance);
    // The toggle appears only where it helps: when the values span at least a factor of ten.
    const offerLog = spansOrdersOfMagnitude(raw.bars.map((b) => b.value));
    const scale = offerLog ? view.scale : "linear";
    const series = seriesForScale(raw, scale);
    return (
      <ChartFrame
        id={chartId}
        title={title}
        subtitle={`${subtitle}${scale === "log" ? " Log scale: each step is ten times the last." : ""}`}
        sources={sources(rows.map((r) => r.cells[columnId]?.sourceId ?? null))}
        scenario={columnId === "wage" ? page.line : "Published data (no model assumptions)"}
        controls={offerLog ? scaleControl(chartId) : undefined}
        notes={<MissingList missing={series.missing} />}
        legend={<EstimateLegend />}
        exportData={barExport(
          series.bars,
          columnId === "wage" ? "Mining wage (USD per year)" : `Value (${series.unit})`,
          {
            mineral: mineral.name,
            changes: columnId === "wage" ? page.changes : [],
            fullDataQuery:
              columnId === "wage"
                ? undefined
                : new URLSearchParams({
                    mineral: mineral.id,
                    measure: columnId === "reserves-share" ? "reserves" : "mine-production",
                    edition: "MCS 2025",
                  }).toString(),
          },
        )}
        table={
          <ColumnTable
            caption={title}
            rows={rows}
            columns={[COMPARE_COLUMNS.find((c) => c.id === columnId)!]}
          />
        }
      >
        <HBarChart
          layout="stacked"
          bars={series.bars}
          scale={scale}
          label={describeBarSeries(title, series)}
          formatTick={columnId === "wage" ? (v) => `$${formatCompact(v)}` : formatCompact}
        />
      </ChartFrame>
    );
  };

  const stack = buildLandedCostStack(
    view.countries.map((c) => costOf(costs, c, view.mineral)).filter((c) => !!c),
    countryName,
    landedCostProvenance,
  );
  const costTitle = `Landed cost of ${mineral.name.toLowerCase()} at a US port`;
  // Each country's two ranks next to each other, named, so the pair reads without the colour.
  const stability = buildCompareBars(rows, "stability", cellProvenance, {
    useQuantity: false,
    label: (r) => `${r.name} — political stability`,
  });
  const ruleOfLaw = buildCompareBars(rows, "rule-of-law", cellProvenance, {
    useQuantity: false,
    label: (r) => `${r.name} — rule of law`,
  });
  const govBars = rows.flatMap((r) =>
    [...stability.bars, ...ruleOfLaw.bars].filter((b) => b.key.startsWith(`${r.country}-`)),
  );
  const govMissing = [...stability.missing, ...ruleOfLaw.missing];
  const govTitle = "Political stability and rule of law";
  const rateBars = buildCompareBars(rows, "discount-rate", cellProvenance, { useQuantity: false });
  const rateTitle = "Cost of capital";

  return (
    <>
      <h1>Compare suppliers</h1>
      <p className="lede">
        {names.join(", ")} side by side for {mineral.name.toLowerCase()}: output and reserves, wages,
        governance, cost of capital, the landed cost at a US port part by part, tariffs and time to first
        production.
      </p>
      <UrlNotice warnings={[...viewWarnings, ...page.warnings]} />

      <form
        method="get"
        action="/compare"
        className="picker"
        aria-label="Choose a mineral, countries and scenario"
      >
        <div className="field">
          <label htmlFor="mineral">Mineral</label>
          <select id="mineral" name="mineral" defaultValue={view.mineral}>
            {dataset.minerals.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>
            Countries ({COMPARE_MIN_COUNTRIES} to {COMPARE_MAX_COUNTRIES})
          </legend>
          <CountryPicker
            options={COMPARE_COUNTRIES.map((c) => ({
              code: c,
              name: countryName(c),
              checked: view.countries.includes(c),
            }))}
            min={COMPARE_MIN_COUNTRIES}
            max={COMPARE_MAX_COUNTRIES}
          />
        </fieldset>
        <div className="field">
          <label htmlFor="preset">Scenario for costs</label>
          <select id="preset" name="preset" defaultValue={page.scenario.preset}>
            {page.ctx.presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="v" value="1" />
        {page.explicit.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {view.sort ? (
          <>
            <input type="hidden" name="sort" value={view.sort} />
            <input type="hidden" name="dir" value={view.dir} />
          </>
        ) : null}
        {view.scale !== "linear" ? <input type="hidden" name="scale" value={view.scale} /> : null}
        <button type="submit" className="button">
          Compare
        </button>
      </form>
      <p className="scenario-line">
        {page.line}. Change any assumption in the{" "}
        <Link href={`/scenario${q ? `?${q}` : ""}`}>scenario lab</Link>.
      </p>
      {mineral.costBasis === "assumption" ? (
        <p className="notice" role="note">
          Costs for {mineral.name.toLowerCase()} are labelled assumptions, not sourced operating data: cash
          cost and capital intensity are set from its 2024 price (see{" "}
          <Link href="/sources#method-cost">the method</Link>). Shares, wages, governance and tariffs are
          published figures.
        </p>
      ) : null}

      <section aria-labelledby="charts">
        <h2 id="charts">Side by side</h2>
        <div className="chart-grid">
          {quantityChart(
            "compare-production",
            "production-share",
            `World ${production} of ${mineral.name.toLowerCase()}, 2024`,
            `${mineral.productionBasis}; USGS MCS 2025, 2024 values are estimates. Share of the world total beside each name.`,
          )}
          {quantityChart(
            "compare-reserves",
            "reserves-share",
            `Reserves of ${mineral.name.toLowerCase()}`,
            "As assessed for USGS MCS 2025. Share of world reserves beside each name.",
          )}
          {quantityChart(
            "compare-wage",
            "wage",
            "Mining wage",
            "US dollars a year, converted at 2024 average rates; the basis of each figure is in the table.",
          )}
          <ChartFrame
            id="compare-governance"
            title={govTitle}
            subtitle="World Bank WGI percentile rank (0 lowest, 100 highest), latest year, with 90 % confidence bounds."
            sources={sources(["worldbank-wgi-2024"])}
            scenario="Published data (no model assumptions)"
            notes={<MissingList missing={govMissing} />}
            exportData={barExport(govBars, "Percentile rank (0–100)", {
              fullDataQuery: "measure=wgi-political-stability-percentile,wgi-rule-of-law-percentile",
            })}
            table={
              <ColumnTable
                caption={govTitle}
                rows={rows}
                columns={COMPARE_COLUMNS.filter((c) => c.id === "stability" || c.id === "rule-of-law")}
              />
            }
          >
            <HBarChart
              layout="stacked"
              bars={govBars}
              label={describeRangedBars(govTitle, govBars, "90 % bounds")}
              formatTick={(v) => String(v)}
            />
          </ChartFrame>
          <ChartFrame
            id="compare-landed-cost"
            title={costTitle}
            subtitle={`US dollars per tonne of ${mineral.tradedProduct}, in its eight parts. ${mineral.costBasis === "assumption" ? "Costs for this mineral are assumptions (lighter, dashed)." : "Costs from cited operations, adjusted per country by the model."}`}
            sources={sources(["project-assumptions", regime?.sourceId ?? null])}
            method={{ href: "/sources#method-cost", label: "landed cost" }}
            scenario={page.line}
            legend={
              <StackedLegend
                items={stack.legend}
                estimateNote={
                  mineral.costBasis === "assumption"
                    ? "Lighter with a dashed outline: an assumption"
                    : undefined
                }
              />
            }
            exportData={stackedExport(stack, { mineral: mineral.name, changes: page.changes })}
            table={
              <ColumnTable
                caption={costTitle}
                rows={rows}
                columns={COMPARE_COLUMNS.filter((c) => c.group.startsWith("Landed cost"))}
              />
            }
          >
            <StackedBarChart
              rows={stack.rows}
              label={describeStackedSeries(costTitle, stack)}
              formatTick={(v) => `$${formatCompact(v)}`}
            />
          </ChartFrame>
          <ChartFrame
            id="compare-capital"
            title={rateTitle}
            subtitle="Real discount rate the model charges on capital: base rate plus the share of each country's risk premium this scenario prices in."
            sources={sources(["project-assumptions", "damodaran-crp-2025-01"])}
            method={{ href: "/sources#method-cost", label: "landed cost" }}
            scenario={page.line}
            notes={<MissingList missing={rateBars.missing} />}
            exportData={barExport(rateBars.bars, "Discount rate (%)", { changes: page.changes })}
            table={
              <ColumnTable
                caption={rateTitle}
                rows={rows}
                columns={COMPARE_COLUMNS.filter((c) => c.id === "discount-rate")}
              />
            }
          >
            <HBarChart
              layout="stacked"
              bars={rateBars.bars}
              label={describeBarSeries(rateTitle, rateBars)}
              formatTick={formatAxisPct}
            />
          </ChartFrame>
        </div>
      </section>

      <section aria-labelledby="table">
        <h2 id="table">All figures in one table</h2>
        <p>
          Select a column heading to sort by it; select it again to reverse. Values marked{" "}
          <span className="status-mark status-mark--source-estimate">estimate</span>,{" "}
          <span className="status-mark status-mark--secondary">secondary</span> or{" "}
          <span className="status-mark status-mark--assumption">assumption</span> are not plain published
          figures; where each figure comes from is listed under the table.
        </p>
        <CompareTable
          rows={sorted}
          view={view}
          query={q}
          caption={`${names.join(", ")}: ${mineral.name.toLowerCase()}${view.sort ? `, sorted by ${columnLabel(view.sort).toLowerCase()} (${view.dir === "asc" ? "lowest first" : "highest first"})` : ""}`}
          tradedProduct={mineral.tradedProduct}
          tariffRegime={regime?.label ?? ""}
        />
        <details className="chart-frame__table">
          <summary>Where each figure comes from</summary>
          <ProvenanceList rows={rows} />
        </details>
      </section>
    </>
  );
}

function columnLabel(id: string): string {
  return (id === COUNTRY_COLUMN.id ? COUNTRY_COLUMN : COMPARE_COLUMNS.find((c) => c.id === id))?.label ?? id;
}

function EstimateLegend() {
  return (
    <ul className="chart-frame__legend">
      <li>
        <span className="swatch swatch--estimate" style={{ background: "#6B7680" }} aria-hidden="true" />
        Lighter bar with dashed outline: an estimate, a secondary report or an assumption
      </li>
      <li>Bold: Pakistan and China</li>
    </ul>
  );
}

function Cell({ cell }: { cell: CompareCell | undefined }) {
  if (!cell) return <td className="num cell-gap">no value</td>;
  const mark = cell.status ? STATUS_MARKS[cell.status] : undefined;
  return (
    <td className="num" title={cellProvenance(cell)}>
      <span className={cell.value === null ? "cell-gap" : undefined}>{cell.display}</span>
      {mark && cell.status ? <span className={`status-mark status-mark--${cell.status}`}>{mark}</span> : null}
      {cell.note ? <span className="cell-note">{cell.note}</span> : null}
    </td>
  );
}

/** A table view of some columns (for a chart frame): the same cells as the main table, unsorted. */
function ColumnTable({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: readonly CompareRow[];
  columns: readonly CompareColumn[];
}) {
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className="num">
              {c.label}
            </th>
          ))}
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.country}>
            <th scope="row">{r.name}</th>
            {columns.map((c) => (
              <Cell key={c.id} cell={r.cells[c.id]} />
            ))}
            <td>
              {(() => {
                const cell = r.cells[columns[0]!.id];
                return cell ? (
                  <NumberSource
                    status={cell.status}
                    sourceId={cell.sourceId}
                    method={cell.method}
                    year={cell.year}
                  />
                ) : null;
              })()}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SortHeader({
  column,
  view,
  query,
  children,
}: {
  column: CompareColumn;
  view: CompareView;
  query: string;
  children?: ReactNode;
}) {
  const sorted = view.sort === column.id;
  const next = nextSort(view, column.id);
  const arrow = sorted ? (view.dir === "asc" ? "▲" : "▼") : "↕";
  const isCountry = column.id === COUNTRY_COLUMN.id;
  return (
    <th
      scope="col"
      aria-sort={sorted ? (view.dir === "asc" ? "ascending" : "descending") : undefined}
      className={isCountry ? undefined : "num"}
      rowSpan={isCountry ? 2 : undefined}
    >
      <Link
        className="sort-link"
        href={`${compareHref(next, query)}#table`}
        // Each sort order is a full server render; fetch it when chosen, not for every header in view.
        prefetch={false}
        title={`Sort by ${column.label.toLowerCase()}, ${next.dir === "asc" ? (isCountry ? "A to Z" : "lowest first") : isCountry ? "Z to A" : "highest first"}`}
      >
        {column.label}
        <span className="sort-link__arrow" aria-hidden="true">
          {arrow}
        </span>
      </Link>
      {children}
    </th>
  );
}

function CompareTable({
  rows,
  view,
  query,
  caption,
  tradedProduct,
  tariffRegime,
}: {
  rows: readonly CompareRow[];
  view: CompareView;
  query: string;
  caption: string;
  tradedProduct: string;
  tariffRegime: string;
}) {
  const groups: { name: string; columns: CompareColumn[] }[] = [];
  for (const c of COMPARE_COLUMNS) {
    const last = groups[groups.length - 1];
    if (last && last.name === c.group) last.columns.push(c);
    else groups.push({ name: c.group, columns: [c] });
  }
  const groupNote: Record<string, string> = {
    "Landed cost at a US port, USD per tonne": `per tonne of ${tradedProduct}`,
    "Trade and timing": tariffRegime,
  };
  return (
    <TableScroll label="Comparison table (scrolls sideways)">
      <table className="data compare-table">
        <caption>{caption}</caption>
        <colgroup span={1} />
        {groups.map((g) => (
          <colgroup key={g.name} span={g.columns.length} />
        ))}
        <thead>
          <tr>
            <SortHeader column={COUNTRY_COLUMN} view={view} query={query} />
            {groups.map((g) => (
              <th key={g.name} scope="colgroup" colSpan={g.columns.length}>
                {g.name}
                {groupNote[g.name] ? <span className="hint">{groupNote[g.name]}</span> : null}
              </th>
            ))}
          </tr>
          <tr>
            {COMPARE_COLUMNS.map((c) => (
              <SortHeader key={c.id} column={c} view={view} query={query} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.country} className={r.country === "PK" ? "is-focus" : undefined}>
              <th scope="row">
                <Link href={`/countries/${r.country}`}>{r.name}</Link>
              </th>
              {COMPARE_COLUMNS.map((c) => (
                <Cell key={c.id} cell={r.cells[c.id]} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Per column, each distinct source, year and status with the countries it covers. */
function ProvenanceList({ rows }: { rows: readonly CompareRow[] }) {
  return (
    <ul className="provenance-list">
      {COMPARE_COLUMNS.map((c) => {
        const groups = new Map<string, { cell: CompareCell; countries: string[] }>();
        for (const r of rows) {
          const cell = r.cells[c.id];
          if (!cell || (cell.value === null && !cell.sourceId)) continue;
          const key = `${cell.sourceId ?? cell.method}|${cell.year}|${cell.status}`;
          const g = groups.get(key) ?? { cell, countries: [] };
          g.countries.push(r.name);
          groups.set(key, g);
        }
        if (!groups.size) return null;
        return (
          <li key={c.id}>
            <strong>{c.label}</strong>:{" "}
            {[...groups.values()].map((g, i) => (
              <span key={i}>
                {i ? "; " : ""}
                {g.countries.join(", ")} —{" "}
                <NumberSource
                  status={g.cell.status}
                  sourceId={g.cell.sourceId}
                  method={g.cell.method}
                  year={g.cell.year}
                />
              </span>
            ))}
          </li>
        );
      })}
      <li>
        Statuses:{" "}
        {(["published", "source-estimate", "secondary", "derived", "assumption"] as const)
          .map((s) => statusLabel(s))
          .join(", ")}{" "}
        — see <Link href="/sources#status">what each means</Link>.
      </li>
    </ul>
  );
}
