"use client";

import { type ReactNode, useMemo, useRef } from "react";
import { formatNumber, formatUsd } from "@/lib/charts/format";
import {
  buildCostBreakdownSeries,
  buildDependencySeries,
  buildGapSeries,
  buildSupplyMixSeries,
  buildTornadoSeries,
  COMPONENT_LABELS,
  COST_COMPONENTS,
  COUNTRY_LABELS,
} from "@/lib/charts/scenario-series";
import { type Source } from "@/lib/data/sources";
import { assumptionName } from "@/lib/views/scenario-text";
import { type MineralModelData, type ModelData } from "@/lib/model/model-data";
import { type ScenarioResult } from "@/lib/model/scenario";
import { computeSensitivity } from "@/lib/model/sensitivity";
import { type Assumption, type ScenarioValues } from "@/lib/model/types";
import { type LabView } from "@/lib/url/lab-state";
import {
  BASELINE_COLOUR,
  COMPONENT_COLOURS,
  countryColour,
  SUPPLY_COLOURS,
  supplyColours,
} from "@/lib/charts/palette";
import { LegacyChartFrame as ChartFrame } from "@/app/ui/legacy-chart-frame";
import { DataTable } from "./data-table";
import { CostLegend, GapLegend, SeriesLegend } from "./lab-legends";
import { CostBreakdownChart, DependencyChart, GapChart, SupplyMixChart, TornadoChart } from "./lazy-charts";
import { useFrozen, useInView } from "./use-in-view";

/** What every chart section of the lab receives. */
export interface SectionInputs {
  mineral: MineralModelData;
  result: ScenarioResult;
  baseline: ScenarioResult;
  a: ScenarioResult | null;
  sources: readonly Source[];
  scenarioLabel: string;
  /** Assumptions that differ from the evidence baseline, for exports. */
  changes: readonly string[];
}

const usdT = (x: number) => `${formatUsd(x)}/t`;

/**
 * A chart section that recomputes and redraws only while on screen: off screen it keeps its last inputs, so the
 * slider's cost is the charts a reader can see. `render` builds the frame from the (possibly frozen) inputs.
 */
function Live<T extends object>({ inputs, children }: { inputs: T; children: (live: T) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = useInView(ref);
  const live = useFrozen(inputs, visible);
  return <div ref={ref}>{children(live)}</div>;
}

function CostSectionBody({ mineral, result, baseline, a, sources, scenarioLabel, changes }: SectionInputs) {
  const rows = useMemo(
    () => buildCostBreakdownSeries(mineral.id, result.costs, baseline.costs, a?.costs ?? null),
    [mineral.id, result, baseline, a],
  );
  const name = mineral.name.toLowerCase();
  return (
    <ChartFrame
      id="landed-cost"
      title={`Landed cost at a US port, ${name}`}
      subtitle={`US dollars per tonne of ${mineral.tradedProduct}, by part; the dashed bar is the preset's total.${mineral.costBasis === "assumption" ? " Costs for this mineral are labelled assumptions (no sourced cost data)." : ""}`}
      legend={<CostLegend hasA={!!a} />}
      exportData={{
        mineral: mineral.name,
        changes,
        legend: [
          ...COST_COMPONENTS.map((k) => ({
            label: COMPONENT_LABELS[k],
            colour: COMPONENT_COLOURS[k] ?? BASELINE_COLOUR,
          })),
          { label: "Preset total", colour: BASELINE_COLOUR, dashed: true },
        ],
        csv: {
          columns: [
            { label: "Supplier" },
            ...COST_COMPONENTS.map((k) => ({ label: `${COMPONENT_LABELS[k]} (USD per tonne)` })),
            { label: "Landed cost (USD per tonne)" },
            { label: "Preset landed cost (USD per tonne)" },
            ...(a ? [{ label: "Scenario A landed cost (USD per tonne)" }] : []),
          ],
          rows: rows.map((r) => [
            r.label,
            ...COST_COMPONENTS.map((k) => r[k]),
            r.total,
            r.baselineTotal,
            ...(a ? [r.aTotal] : []),
          ]),
        },
      }}
      sources={sources}
      scenario={scenarioLabel}
      table={
        <DataTable
          caption={`Landed cost of ${name} by part (USD per tonne)`}
          columns={[
            { key: "label", label: "Supplier" },
            ...COST_COMPONENTS.map((k) => ({ key: k, label: COMPONENT_LABELS[k], numeric: true })),
            { key: "total", label: "Total", numeric: true },
            { key: "baselineTotal", label: "Preset total", numeric: true },
            ...(a ? [{ key: "aTotal", label: "A total", numeric: true }] : []),
          ]}
          rows={rows.map((r) => ({
            label: r.label,
            ...Object.fromEntries(COST_COMPONENTS.map((k) => [k, formatNumber(r[k])])),
            total: formatNumber(r.total),
            baselineTotal: formatNumber(r.baselineTotal),
            aTotal: r.aTotal === null ? "" : formatNumber(r.aTotal),
          }))}
        />
      }
    >
      <div
        data-testid="chart-landed-cost-plot"
        role="img"
        aria-label={`Stacked bar chart of the landed cost of ${name}: ${rows.map((r) => `${r.label} ${usdT(r.total)} (preset ${usdT(r.baselineTotal)})`).join("; ")}.`}
      >
        <CostBreakdownChart rows={rows} />
      </div>
    </ChartFrame>
  );
}

export function CostSection(props: SectionInputs) {
  return <Live inputs={props}>{(live) => <CostSectionBody {...live} />}</Live>;
}

function GapSectionBody({ mineral, result, baseline, a, sources, scenarioLabel, changes }: SectionInputs) {
  const rows = useMemo(
    () =>
      buildGapSeries(buildCostBreakdownSeries(mineral.id, result.costs, baseline.costs, a?.costs ?? null)),
    [mineral.id, result, baseline, a],
  );
  const name = mineral.name.toLowerCase();
  return (
    <ChartFrame
      id="cost-gap"
      title={`Pakistan's cost gap to each competitor, ${name}`}
      subtitle="Pakistan minus competitor, US dollars per tonne: below zero, Pakistan is cheaper."
      legend={<GapLegend hasA={!!a} />}
      exportData={{
        mineral: mineral.name,
        changes,
        legend: [
          { label: "Scenario", colour: countryColour("PK") },
          { label: "Preset", colour: BASELINE_COLOUR, dashed: true },
        ],
        csv: {
          columns: [
            { label: "Competitor" },
            { label: "Pakistan − competitor (USD per tonne)" },
            { label: "Pakistan − competitor (% of competitor's cost)" },
            { label: "Preset gap (USD per tonne)" },
            ...(a ? [{ label: "Scenario A gap (USD per tonne)" }] : []),
          ],
          rows: rows.map((r) => [r.label, r.gap, r.gapPct, r.baselineGap, ...(a ? [r.aGap] : [])]),
        },
      }}
      sources={sources}
      scenario={scenarioLabel}
      table={
        <DataTable
          caption={`Pakistan − competitor, ${name} (USD per tonne)`}
          columns={[
            { key: "label", label: "Competitor" },
            { key: "gap", label: "Scenario", numeric: true },
            { key: "gapPct", label: "Scenario (% of competitor)", numeric: true },
            { key: "baselineGap", label: "Preset", numeric: true },
            ...(a ? [{ key: "aGap", label: "A", numeric: true }] : []),
          ]}
          rows={rows.map((r) => ({
            label: r.label,
            gap: formatNumber(r.gap),
            gapPct: formatNumber(r.gapPct, 1),
            baselineGap: formatNumber(r.baselineGap),
            aGap: r.aGap === null ? "" : formatNumber(r.aGap),
          }))}
        />
      }
    >
      <div
        data-testid="chart-cost-gap-plot"
        role="img"
        aria-label={`Bar chart of Pakistan's cost gap: ${rows.map((r) => `${r.label} ${formatUsd(r.gap)} (preset ${formatUsd(r.baselineGap)})`).join("; ")}.`}
      >
        <GapChart rows={rows} />
      </div>
    </ChartFrame>
  );
}

export function GapSection(props: SectionInputs) {
  return <Live inputs={props}>{(live) => <GapSectionBody {...live} />}</Live>;
}

function DependencySectionBody({
  mineral,
  result,
  baseline,
  a,
  sources,
  scenarioLabel,
  changes,
}: SectionInputs) {
  const rows = useMemo(
    () => buildDependencySeries(mineral.id, result.dependency, baseline.dependency, a?.dependency ?? null),
    [mineral.id, result, baseline, a],
  );
  const name = mineral.name.toLowerCase();
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return (
    <ChartFrame
      id="china-dependency"
      title={`China's share of US ${name} supply, 2025–2035`}
      subtitle={`Direct imports from China (${mineral.importForm}) as a share of US apparent consumption; Pakistan's share and the unmet share in this scenario.`}
      sources={sources}
      scenario={scenarioLabel}
      exportData={{
        mineral: mineral.name,
        changes,
        legend: [
          { label: "China, preset", colour: BASELINE_COLOUR, dashed: true },
          { label: "China, scenario", colour: countryColour("CN") },
          { label: "Pakistan, scenario", colour: countryColour("PK") },
          { label: "Unmet, scenario", colour: SUPPLY_COLOURS.unmet! },
        ],
        csv: {
          columns: [
            { label: "Year" },
            { label: "China, scenario (% of US supply)" },
            { label: "China, preset (%)" },
            ...(a ? [{ label: "China, scenario A (%)" }] : []),
            { label: "Pakistan, scenario (%)" },
            { label: "Unmet, scenario (%)" },
          ],
          rows: rows.map((r) => [
            r.year,
            r.chinaShare,
            r.baselineChinaShare,
            ...(a ? [r.aChinaShare] : []),
            r.pakistanShare,
            r.unmetShare,
          ]),
        },
      }}
      notes={
        first.baselineChinaShare === 0 ? (
          <p>
            USGS lists no direct US imports of {name} from China, so there is no China share to cut. Rare
            earths, graphite and antimony are imported directly from China.
          </p>
        ) : null
      }
      table={
        <DataTable
          caption={`Shares of US ${name} supply by year (%)`}
          columns={[
            { key: "year", label: "Year" },
            { key: "china", label: "China, scenario", numeric: true },
            { key: "chinaBase", label: "China, preset", numeric: true },
            ...(a ? [{ key: "chinaA", label: "China, A", numeric: true }] : []),
            { key: "pk", label: "Pakistan, scenario", numeric: true },
            { key: "unmet", label: "Unmet, scenario", numeric: true },
          ]}
          rows={rows.map((r) => ({
            year: String(r.year),
            china: formatNumber(r.chinaShare, 2),
            chinaBase: formatNumber(r.baselineChinaShare, 2),
            chinaA: r.aChinaShare === null ? "" : formatNumber(r.aChinaShare, 2),
            pk: formatNumber(r.pakistanShare, 2),
            unmet: formatNumber(r.unmetShare, 2),
          }))}
        />
      }
    >
      <div
        data-testid="chart-china-dependency-plot"
        role="img"
        aria-label={`Line chart: China's share of US ${name} supply goes from ${formatNumber(first.chinaShare, 1)} % in 2025 to ${formatNumber(last.chinaShare, 1)} % in 2035 (preset ${formatNumber(last.baselineChinaShare, 1)} %); Pakistan supplies ${formatNumber(last.pakistanShare, 2)} % in 2035.`}
      >
        <DependencyChart rows={rows} hasA={!!a} />
      </div>
    </ChartFrame>
  );
}

export function DependencySection(props: SectionInputs) {
  return <Live inputs={props}>{(live) => <DependencySectionBody {...live} />}</Live>;
}

const countryName = (c: string) => COUNTRY_LABELS[c] ?? c;

function MixSectionBody({
  mineral,
  result,
  baseline,
  a,
  sources,
  scenarioLabel,
  changes,
  year,
}: SectionInputs & { year: number }) {
  const mix = useMemo(
    () =>
      buildSupplyMixSeries(
        mineral.id,
        year,
        [
          { label: "Preset", dependency: baseline.dependency },
          ...(a ? [{ label: "Scenario A", dependency: a.dependency }] : []),
          { label: "Scenario", dependency: result.dependency },
        ],
        countryName,
      ),
    [mineral.id, year, baseline, a, result],
  );
  const colours = useMemo(() => supplyColours(mix.sources.map((s) => s.key)), [mix.sources]);
  const legend = mix.sources.map((src) => ({
    label: src.label,
    colour: colours[src.key]!,
    dashed: src.key === "unmet",
  }));
  const name = mineral.name.toLowerCase();
  return (
    <ChartFrame
      id="supply-mix"
      title={`US ${name} supply mix in ${mix.year}`}
      subtitle="Shares of US demand by source: domestic production, import sources, re-sourced volume; unmet demand outlined."
      legend={<SeriesLegend items={legend} />}
      exportData={{
        mineral: mineral.name,
        changes,
        legend,
        csv: {
          columns: [
            { label: "Scenario" },
            ...mix.sources.map((src) => ({ label: `${src.label} (% of US demand)` })),
          ],
          rows: mix.rows.map((r) => [String(r.scenario), ...mix.sources.map((src) => r[src.key] as number)]),
        },
      }}
      sources={sources}
      scenario={scenarioLabel}
      table={
        <DataTable
          caption={`US ${name} supply mix in ${mix.year} (%)`}
          columns={[
            { key: "scenario", label: "Scenario" },
            ...mix.sources.map((s) => ({ key: s.key, label: s.label, numeric: true })),
          ]}
          rows={mix.rows.map((r) => ({
            scenario: String(r.scenario),
            ...Object.fromEntries(mix.sources.map((s) => [s.key, formatNumber(r[s.key] as number, 1)])),
          }))}
        />
      }
    >
      <div
        data-testid="chart-supply-mix-plot"
        role="img"
        aria-label={`Stacked bars of US ${name} supply in ${mix.year}: ${mix.rows
          .map(
            (r) =>
              `${r.scenario}: ${mix.sources
                .filter((s) => (r[s.key] as number) > 0.05)
                .map((s) => `${s.label} ${formatNumber(r[s.key] as number, 1)} %`)
                .join(", ")}`,
          )
          .join(". ")}.`}
      >
        <SupplyMixChart series={mix} colours={colours} />
      </div>
    </ChartFrame>
  );
}

export function MixSection(props: SectionInputs & { year: number }) {
  return <Live inputs={props}>{(live) => <MixSectionBody {...live} />}</Live>;
}

interface TornadoInputs {
  changes: readonly string[];
  data: ModelData;
  table: readonly Assumption[];
  values: ScenarioValues;
  mineral: MineralModelData;
  competitor: LabView["competitor"];
  sources: readonly Source[];
  scenarioLabel: string;
}

function TornadoSectionBody({
  data,
  table,
  values,
  mineral,
  competitor,
  sources,
  scenarioLabel,
  changes,
}: TornadoInputs) {
  const sensitivity = useMemo(
    () => computeSensitivity(data, table, values, mineral.id, competitor),
    [data, table, values, mineral.id, competitor],
  );
  const rows = useMemo(() => {
    const names = new Map(table.map((a) => [a.key, assumptionName(a)]));
    return buildTornadoSeries(sensitivity, (k) => names.get(k) ?? k, 10);
  }, [sensitivity, table]);
  const rival = COUNTRY_LABELS[competitor]!;
  const name = mineral.name.toLowerCase();
  return (
    <ChartFrame
      id="tornado"
      title={`What moves Pakistan's gap to ${rival}, ${name}`}
      subtitle={`Pakistan − ${rival} (US$ per tonne) with each assumption at its low and high value, all else as in the scenario; the ten largest swings. The solid line marks the scenario's gap (${formatUsd(sensitivity.baseGap)}).`}
      exportData={{
        mineral: mineral.name,
        changes,
        legend: [{ label: `Pakistan − ${rival} gap, low to high`, colour: "#1F5FA8" }],
        csv: {
          columns: [
            { label: "Assumption" },
            { label: "Low value" },
            { label: `Gap at low (USD per tonne)` },
            { label: "High value" },
            { label: "Gap at high (USD per tonne)" },
          ],
          rows: rows.map((r) => [r.label, r.low, r.gapAtLow, r.high, r.gapAtHigh]),
        },
      }}
      sources={sources}
      scenario={scenarioLabel}
      table={
        <DataTable
          caption={`Sensitivity of Pakistan − ${rival}, ${name} (USD per tonne)`}
          columns={[
            { key: "label", label: "Assumption" },
            { key: "low", label: "Low value", numeric: true },
            { key: "gapAtLow", label: "Gap at low", numeric: true },
            { key: "high", label: "High value", numeric: true },
            { key: "gapAtHigh", label: "Gap at high", numeric: true },
          ]}
          rows={rows.map((r) => ({
            label: r.label,
            low: formatNumber(r.low),
            gapAtLow: formatNumber(r.gapAtLow),
            high: formatNumber(r.high),
            gapAtHigh: formatNumber(r.gapAtHigh),
          }))}
        />
      }
    >
      <div
        data-testid="chart-tornado-plot"
        role="img"
        aria-label={`Tornado chart: ${rows
          .slice(0, 3)
          .map((r) => `${r.label} moves the gap from ${formatUsd(r.gapAtLow)} to ${formatUsd(r.gapAtHigh)}`)
          .join("; ")}.`}
      >
        <TornadoChart rows={rows} baseGap={sensitivity.baseGap} />
      </div>
    </ChartFrame>
  );
}

export function TornadoSection(props: TornadoInputs) {
  return <Live inputs={props}>{(live) => <TornadoSectionBody {...live} />}</Live>;
}
