import { type SeriesBar } from "../charts/bars";
import { METHOD_ANCHORS, type MethodAnchor } from "../charts/claim-cards";
import { type ChartContext } from "../charts/context";
import {
  formatNumber,
  formatPct,
  formatQuantity,
  formatShare,
  formatUsd,
  type ValueMark,
} from "../charts/format";
import { countryColour } from "../charts/palette";
import { buildWorldTable, type WorldTable } from "../charts/world-table";
import { type FocusCountry, type MineralId, type Observation } from "../data/common";
import { PRIMARY_EDITION, REFERENCE_YEAR, STATUS_LABELS, type Status } from "../data/constants";
import { countryName } from "../data/country-names";
import { type Dataset } from "../data/dataset";
import { KEYS } from "../model/assumptions";
import { costOf, type CostTable } from "../model/landed-cost";
import { type Assumption, type CostCountry, COST_COMPONENTS, type ScenarioValues } from "../model/types";
import { COST_PART_COLUMNS, COUNTRY_COLUMN, isSortColumn, type SortDir } from "../url/compare-params";

/**
 * The rows of the supplier comparison (/compare): one per chosen country, one cell per column of
 * COMPARE_COLUMNS, each with the value it sorts by, what the reader sees, and where it comes from; the order the
 * table sorts them in; and the bars a chart draws from one column.
 */

/** One cell of the comparison table. */
export interface CompareCell {
  /** Sort key; null for a gap (sorted last either way). */
  value: number | null;
  /** The value as shown, or the reason for a gap. */
  display: string;
  /** A second line: the quantity behind a share, the basis of a wage, the bounds of a rank. */
  note?: string;
  /** The quantity a chart plots (tonnes, USD), when it differs from the sort key. */
  quantity?: { value: number; unit: string } & ValueMark;
  status: Status | null;
  sourceId: string | null;
  /** For the model's own figures: the method note on /sources. */
  method: MethodAnchor | null;
  year: number | null;
}

export interface CompareRow {
  country: FocusCountry;
  name: string;
  cells: Record<string, CompareCell>;
}

export interface CompareInputs {
  dataset: Pick<Dataset, "observations" | "projects" | "costParameters" | "tariffs" | "minerals">;
  table: readonly Assumption[];
  values: ScenarioValues;
  costs: CostTable;
}

const gap = (display: string, extra: Partial<CompareCell> = {}): CompareCell => ({
  value: null,
  display,
  status: null,
  sourceId: null,
  method: null,
  year: null,
  ...extra,
});

function fromObservation(o: Observation): Pick<CompareCell, "status" | "sourceId" | "year" | "method"> {
  return { status: o.status, sourceId: o.sourceId, year: o.year, method: null };
}

/** A country's share of a USGS world table (the primary edition's reference year), with the quantity behind it. */
function shareCell(table: WorldTable | null, country: string, when: string): CompareCell {
  const row = table?.rows.find((r) => r.country === country);
  if (!row) return gap("not in the USGS table");
  const o = row.observation;
  if (row.value === null)
    return gap(`not listed${o.printed ? ` (USGS prints ${o.printed})` : ""}`, {
      note: o.note,
      ...fromObservation(o),
    });
  const quantity = {
    value: row.value,
    unit: row.unit,
    ...(o.qualifier ? { qualifier: o.qualifier } : {}),
    ...(o.bound ? { bound: o.bound } : {}),
  };
  const qty = formatQuantity(row.value, row.unit, o);
  if (row.share === null) return gap("no world total", { note: qty, quantity, ...fromObservation(o) });
  return {
    value: row.share,
    display: formatShare(row.share, 1, row.shareBound),
    note: `${qty} ${when}`,
    quantity,
    ...fromObservation(o),
  };
}

function latestObservation(
  obs: readonly Observation[],
  country: string,
  measure: string,
): Observation | undefined {
  return obs
    .filter((o) => o.country === country && o.measure === measure && o.value !== null)
    .reduce<Observation | undefined>((a, b) => (!a || b.year > a.year ? b : a), undefined);
}

function scenarioCell(
  table: readonly Assumption[],
  values: ScenarioValues,
  key: string,
  format: (x: number) => string,
  data?: { basis?: string },
): CompareCell {
  const a = table.find((x) => x.key === key);
  const x = values[key];
  if (!a || x === undefined) return gap("no value");
  const changed = x !== a.default;
  const note = [
    data?.basis,
    changed ? `set in this scenario; the data default is ${format(a.default)}` : undefined,
  ]
    .filter(Boolean)
    .join("; ");
  return {
    value: x,
    display: format(x),
    ...(note ? { note } : {}),
    quantity: { value: x, unit: a.unit },
    status: changed ? "assumption" : a.status,
    sourceId: a.sourceId,
    method: null,
    year: null,
  };
}

/** Builds one row per chosen country, in the order chosen. */
export function buildCompareRows(
  inputs: CompareInputs,
  mineral: MineralId,
  countries: readonly FocusCountry[],
): CompareRow[] {
  const { dataset, table, values, costs } = inputs;
  const obs = dataset.observations;
  const worldTable = (measure: string) =>
    buildWorldTable(obs, countryName, { mineral, measure, year: REFERENCE_YEAR, edition: PRIMARY_EDITION });
  const production = worldTable(dataset.minerals.find((m) => m.id === mineral)!.productionMeasure);
  const reserves = worldTable("reserves");
  const regimeIndex = Math.round(values[KEYS.tariffRegime] ?? 0);
  const regime = dataset.tariffs.regimes[regimeIndex];
  return countries.map<CompareRow>((c) => {
    const cells: Record<string, CompareCell> = {};
    cells["production-share"] = shareCell(production, c, `in ${REFERENCE_YEAR}`);
    cells["reserves-share"] = shareCell(reserves, c, `(as assessed for ${PRIMARY_EDITION})`);

    const wageObs = obs.find((o) => o.country === c && o.measure === "mining-wage");
    cells.wage = scenarioCell(table, values, KEYS.wage(c), (x) => `${formatUsd(x)} a year`, {
      basis: wageObs?.basis,
    });
    cells.productivity = scenarioCell(table, values, KEYS.productivity(c), (x) => `${formatNumber(x, 2)}×`);

    for (const [id, measure] of [
      ["stability", "wgi-political-stability-percentile"],
      ["rule-of-law", "wgi-rule-of-law-percentile"],
    ] as const) {
      const o = latestObservation(obs, c, measure);
      cells[id] = o
        ? {
            value: o.value,
            display: formatNumber(o.value as number, 1),
            note: `${o.year}${o.low !== undefined && o.high !== undefined ? `; 90 % bounds ${formatNumber(o.low, 1)}–${formatNumber(o.high, 1)}` : ""}`,
            ...fromObservation(o),
          }
        : gap("no WGI value");
    }

    const cost = costOf(costs, c, mineral);
    const costStatus: Status = cost?.costBasis === "assumption" ? "assumption" : "derived";
    const model = (value: number, display: string, note?: string): CompareCell => ({
      value,
      display,
      ...(note ? { note } : {}),
      status: costStatus,
      sourceId: null,
      method: METHOD_ANCHORS.cost,
      year: null,
    });
    if (cost) {
      const base = values[KEYS.baseRate] ?? 0;
      const loading = values[KEYS.riskLoading] ?? 0;
      const crp = values[KEYS.crp(c as CostCountry)] ?? 0;
      const extra = values[KEYS.extraPremium(c as CostCountry)] ?? 0;
      cells["discount-rate"] = {
        ...model(
          cost.discountRatePct,
          formatPct(cost.discountRatePct, 2),
          `${formatNumber(base, 2)} % base + ${formatNumber(loading, 2)} × ${formatNumber(crp, 2)} points country risk${extra ? ` + ${formatNumber(extra, 2)} extra` : ""}`,
        ),
        status: "derived",
      };
      for (const part of COST_COMPONENTS) {
        cells[COST_PART_COLUMNS[part]] = model(cost.breakdown[part], formatUsd(cost.breakdown[part]));
      }
      cells.landed = model(cost.landedCostUsdPerTonne, formatUsd(cost.landedCostUsdPerTonne));
    } else {
      for (const id of ["discount-rate", ...Object.values(COST_PART_COLUMNS), "landed"])
        cells[id] = gap("no cost model for this country");
    }

    if (c === "US") cells["tariff-rate"] = gap("not applicable (domestic supply)");
    else {
      const rate = regime
        ? dataset.tariffs.rates.find(
            (r) => r.regime === regime.id && r.country === c && r.mineral === mineral,
          )
        : undefined;
      const extra = values[KEYS.tariffExtra(c as CostCountry)] ?? 0;
      const pct = cost?.tariffPct ?? (rate?.ratePct ?? 0) + extra;
      cells["tariff-rate"] = {
        value: pct,
        display: formatPct(pct, 1),
        note: [
          regime?.label,
          rate?.product,
          extra ? `includes ${formatNumber(extra)} extra points set in this scenario` : undefined,
        ]
          .filter(Boolean)
          .join("; "),
        status: extra ? "assumption" : (rate?.status ?? "assumption"),
        sourceId: rate?.sourceId ?? regime?.sourceId ?? null,
        method: null,
        year: rate?.year ?? null,
      };
    }

    const ytp = dataset.costParameters.find(
      (p) => p.id === "years-to-production" && p.country === c && p.mineral === null,
    );
    cells["years-to-production"] = ytp
      ? {
          value: ytp.default,
          display: `${formatNumber(ytp.default)} years`,
          note: `range ${formatNumber(ytp.low)}–${formatNumber(ytp.high)} years`,
          status: ytp.status,
          sourceId: ytp.sourceId,
          method: null,
          year: ytp.year,
        }
      : gap("no estimate");

    cells.pipeline = pipelineCell(dataset.projects, values, c, mineral);
    return { country: c, name: countryName(c), cells };
  });
}

/**
 * Capacity of the announced project phases for a country and mineral (data/projects.json), summed per unit so
 * that different products (copper in concentrate, blister copper) are never added into one number. Scenario values
 * replace a phase's capacity when the scenario lab has a slider for it.
 */
function pipelineCell(
  projects: Dataset["projects"],
  values: ScenarioValues,
  country: string,
  mineral: MineralId,
): CompareCell {
  const phases = projects
    .filter((p) => p.country === country)
    .flatMap((p) => p.phases.filter((ph) => ph.mineral === mineral).map((ph) => ({ project: p, phase: ph })));
  if (!phases.length) return gap("no project in the data");
  const byUnit = new Map<string, number>();
  const parts: string[] = [];
  let first: { status: Status; sourceId: string; year: number } | null = null;
  let changed = false;
  for (const { project, phase } of phases) {
    const key = KEYS.pipelineCapacity(project.id, phase.id);
    const cap = values[key] ?? phase.capacity.value;
    if (values[key] !== undefined && values[key] !== phase.capacity.value) changed = true;
    const start = values[KEYS.pipelineStart(project.id, phase.id)] ?? phase.startYear.value;
    parts.push(
      `${project.name}, ${phase.name}: ${cap === null ? "capacity not published" : formatQuantity(cap, phase.capacity.unit)}${start === null ? ", start not announced" : ` from ${start}`}`,
    );
    if (cap === null) continue;
    byUnit.set(phase.capacity.unit, (byUnit.get(phase.capacity.unit) ?? 0) + cap);
    first ??= { status: phase.capacity.status, sourceId: phase.capacity.sourceId, year: phase.capacity.year };
  }
  if (!byUnit.size) return gap("no published capacity", { note: parts.join("; ") });
  const total = [...byUnit.values()].reduce((s, x) => s + x, 0);
  return {
    // Both units are tonnes of product, so the sum orders rows sensibly even when they are shown apart.
    value: total,
    display: [...byUnit.entries()].map(([unit, x]) => formatQuantity(x, unit)).join(" + "),
    note: parts.join("; "),
    status: changed ? "assumption" : (first?.status ?? null),
    sourceId: first?.sourceId ?? null,
    method: null,
    year: first?.year ?? null,
  };
}

/** Rows sorted by a column; gaps always last, ties kept in the chosen order. Unknown columns leave the order. */
export function sortCompareRows(
  rows: readonly CompareRow[],
  sort: string | null,
  dir: SortDir,
): CompareRow[] {
  if (!sort || !isSortColumn(sort)) return [...rows];
  const sign = dir === "asc" ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((a, b) => {
    if (sort === COUNTRY_COLUMN.id) return sign * a.row.name.localeCompare(b.row.name) || a.i - b.i;
    const x = a.row.cells[sort]?.value ?? null;
    const y = b.row.cells[sort]?.value ?? null;
    if (x === null && y === null) return a.i - b.i;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}

/** One-line provenance of a cell: "World Bank, 2024 update · 2023 · Published", or the model's method. */
export function cellProvenance(cell: CompareCell, ctx: ChartContext): string {
  const cite = cell.sourceId
    ? ctx.cite(cell.sourceId)
    : cell.method
      ? "Our model (see Sources and method)"
      : "no source";
  return [cite, cell.year ? String(cell.year) : null, cell.status ? STATUS_LABELS[cell.status] : null]
    .filter(Boolean)
    .join(" · ");
}

/** Statuses drawn as estimates (lighter, dashed): not printed by the publisher and not our arithmetic on what it printed. */
export const MARKED_STATUSES: readonly Status[] = ["source-estimate", "secondary", "assumption"];

/**
 * Bars of one column for the side-by-side charts: the quantity behind the cell (tonnes, USD) where there is one,
 * the value shown otherwise; a share's bar carries the share beside the name. Gaps become `missing` with the
 * reason the table shows.
 */
export function buildCompareBars(
  rows: readonly CompareRow[],
  columnId: string,
  ctx: ChartContext,
  options: { useQuantity: boolean } = { useQuantity: true },
): { unit: string; bars: SeriesBar[]; missing: { label: string; reason: string }[] } {
  const bars: SeriesBar[] = [];
  const missing: { label: string; reason: string }[] = [];
  let unit = "";
  for (const row of rows) {
    const cell = row.cells[columnId];
    const q = options.useQuantity ? cell?.quantity : undefined;
    const value = q ? q.value : (cell?.value ?? null);
    if (!cell || value === null || (cell.value === null && !q)) {
      missing.push({ label: row.name, reason: cell?.display ?? "no value" });
      continue;
    }
    unit ||= q?.unit ?? "";
    const share = columnId.endsWith("-share");
    bars.push({
      key: `${row.country}-${columnId}`,
      label: row.name,
      value,
      // Shares are charted as the tonnes behind them, with the share beside the name; other columns as shown.
      display: q && share ? formatQuantity(q.value, q.unit, q) : cell.display,
      ...(share && cell.value !== null ? { detail: `${cell.display} of world` } : {}),
      colour: countryColour(row.country),
      highlight: row.country === "PK" || row.country === "CN",
      provenance: cellProvenance(cell, ctx),
      estimate: cell.status !== null && MARKED_STATUSES.includes(cell.status),
    });
  }
  return { unit, bars, missing };
}
