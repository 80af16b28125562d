import { type SeriesBar } from "../charts/bars";
import { METHOD_ANCHORS, type MethodAnchor } from "../charts/claim-cards";
import { type ChartContext } from "../charts/context";
import {
  formatNumber,
  formatPct,
  formatQuantity,
  formatShare,
  formatUsd,
  roundPartsToTotal,
  type ValueMark,
} from "../charts/format";
import { countryPossessive, processedIn, referenceBasis, reportedCostText } from "../charts/landed-cost";
import { countryColour } from "../charts/palette";
import { buildWorldTable, type WorldTable } from "../charts/world-table";
import { type FocusCountry, type MineralId, type Observation } from "../data/common";
import { PRIMARY_EDITION, REFERENCE_YEAR, STATUS_LABELS, type Status } from "../data/constants";
import { countryName } from "../data/country-names";
import { type Dataset } from "../data/dataset";
import { KEYS } from "../model/assumptions";
import { costOf, type CostTable, type LandedCost, riskInsured } from "../model/landed-cost";
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
  /** A link for the value itself (a reference operation's name leads to the source of its cost). */
  href?: string;
}

export interface CompareRow {
  country: FocusCountry;
  name: string;
  cells: Record<string, CompareCell>;
}

export interface CompareInputs {
  dataset: Pick<
    Dataset,
    "observations" | "projects" | "tariffs" | "minerals" | "referenceOperations" | "processing"
  >;
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

/** What the by-product credit is for: "gold in the concentrate (Reko Diq, phase 1)"; carried over where scaled. */
function byproductNote(dataset: CompareInputs["dataset"], cost: LandedCost): string {
  const op = dataset.referenceOperations.operations.find((o) => o.id === cost.reference.id);
  const metals = [...new Set(op?.byproducts.map((b) => b.metal) ?? [])];
  if (!op || !metals.length || !cost.breakdown.byproductCredit) return "no by-product credited";
  const what = `${metals.join(" and ")} in the concentrate (${op.name})`;
  return cost.reference.scaled ? `${what}, carried over with its costs` : what;
}

const STAGE_WORDS: Record<Dataset["referenceOperations"]["operations"][number]["stage"], string> = {
  operating: "in production",
  feasibility: "at feasibility stage, not yet producing",
  study: "a study, not yet built",
};

/**
 * The cells that say what a landed cost is built on: the product it is costed as, the reference operation (its
 * own or another country's, scaled), that operation's reported cost on its own definition, and where the mine's
 * product is processed (with the tariff origin that follows from it).
 */
function costBasisCells(
  inputs: CompareInputs,
  cost: LandedCost,
): Record<"product" | "reference" | "reported-cost" | "route", CompareCell> {
  const { dataset, table, values } = inputs;
  const c = cost.country;
  const { product, reference } = cost;
  const model = { status: null, sourceId: null, method: METHOD_ANCHORS.cost, year: null } as const;
  const content =
    product.payableContentPct < 100 ? `; ${formatNumber(product.payableContentPct)} % content` : "";
  const productCell: CompareCell = {
    value: null,
    display: product.name,
    note: `costs in USD per ${product.unit}${content}`,
    ...model,
  };

  const op = dataset.referenceOperations.operations.find((o) => o.id === reference.id);
  let referenceCell: CompareCell;
  let reported: CompareCell;
  if (!op || reference.reportedCostUsdPerTonne === null) {
    referenceCell = gap("none sourced", {
      note: `${referenceBasis(cost)}: ${reference.definition}`,
      status: "assumption",
      sourceId: reference.sourceId,
      method: METHOD_ANCHORS.cost,
    });
    reported = gap("no sourced operation", { status: "assumption", sourceId: reference.sourceId });
  } else {
    referenceCell = {
      value: null,
      display: reference.name,
      note: `${referenceBasis(cost)}; ${STAGE_WORDS[op.stage]}`,
      status: op.unitCost.status,
      sourceId: reference.sourceId,
      method: null,
      year: op.unitCost.year,
      href: `/sources#${reference.sourceId}`,
    };
    reported = {
      ...scenarioCell(table, values, KEYS.unitCost(op.id), (x) => reportedCostText(x, op.unitCost.unit), {
        basis: reference.definition,
      }),
      year: op.unitCost.year,
    };
  }

  const step = dataset.processing.steps.find((x) => x.mineral === cost.mineral);
  const hasStep = Boolean(step?.intermediate);
  const usual = dataset.processing.routes.find((r) => r.mineral === cost.mineral && r.country === c);
  const routeKey = KEYS.refineRoute(c);
  const routeAssumption = table.find((a) => a.key === routeKey);
  const chosen = routeAssumption !== undefined && values[routeKey] !== routeAssumption.default && hasStep;
  const origin = cost.processing.tariffOrigin;
  const tariffNote =
    c === "US" || origin === c
      ? undefined
      : origin === "third-country"
        ? "The US tariff is then the highest a non-Chinese supplier pays."
        : `The US tariff is then ${countryPossessive(origin)}.`;
  const sentence = (text: string | null | undefined) =>
    text ? `${text[0]!.toUpperCase()}${text.slice(1)}${text.endsWith(".") ? "" : "."}` : undefined;
  const route: CompareCell = {
    value: null,
    display: processedIn(cost, hasStep),
    note: [sentence(chosen ? "set in this scenario" : usual?.basis), tariffNote].filter(Boolean).join(" "),
    status: chosen ? "assumption" : (usual?.status ?? null),
    sourceId: chosen ? (routeAssumption?.sourceId ?? null) : (usual?.sourceId ?? null),
    method: null,
    year: null,
  };
  return { product: productCell, reference: referenceCell, "reported-cost": reported, route };
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
      const cc = c as CostCountry;
      const base = values[KEYS.baseRate] ?? 0;
      const loading = values[KEYS.riskLoading] ?? 0;
      const crp = values[KEYS.crp(cc)] ?? 0;
      const extra = values[KEYS.extraPremium(cc)] ?? 0;
      const insured = riskInsured(values);
      const extraText = extra ? ` + ${formatNumber(extra, 2)} extra` : "";
      cells["discount-rate"] = {
        ...model(
          cost.discountRatePct,
          formatPct(cost.discountRatePct, 2),
          insured
            ? `${formatNumber(base, 2)} % base${extraText}; political risk is insured (its premium is in the security part), so no country premium`
            : `${formatNumber(base, 2)} % base + ${formatNumber(loading, 2)} × ${formatNumber(crp, 2)} points country risk${extraText}`,
        ),
        status: "derived",
      };
      Object.assign(cells, costBasisCells(inputs, cost));
      // Shown rounded so that the parts add up to the total shown; sorting and charts use the exact values.
      const shown = roundPartsToTotal(
        COST_COMPONENTS.map((part) => cost.breakdown[part]),
        cost.landedCostUsdPerTonne,
      );
      COST_COMPONENTS.forEach((part, i) => {
        cells[COST_PART_COLUMNS[part]] = model(cost.breakdown[part], formatUsd(shown[i]!));
      });
      const security = values[KEYS.physicalSecurity(cc)] ?? 0;
      const insurance = values[KEYS.riskInsurance(cc)] ?? 0;
      cells.security!.note = insured
        ? `physical security ${formatPct(security, 2)} + political-risk insurance ${formatPct(insurance, 2)} of capital a year`
        : `physical security ${formatPct(security, 2)} of capital a year`;
      cells["byproduct-credit"]!.note = byproductNote(dataset, cost);
      cells.landed = model(cost.landedCostUsdPerTonne, formatUsd(cost.landedCostUsdPerTonne));
    } else {
      for (const id of [
        "discount-rate",
        "product",
        "reference",
        "reported-cost",
        "route",
        ...Object.values(COST_PART_COLUMNS),
        "landed",
      ])
        cells[id] = gap("no cost model for this country");
    }

    if (c === "US") cells["tariff-rate"] = gap("not applicable (domestic supply)");
    else {
      // The duty follows the country the product is shipped from: where it is processed, not where it is mined.
      const origin = cost?.processing.tariffOrigin ?? c;
      const rate =
        regime && origin !== "third-country"
          ? dataset.tariffs.rates.find(
              (r) => r.regime === regime.id && r.country === origin && r.mineral === mineral,
            )
          : undefined;
      const extra = origin === "third-country" ? 0 : (values[KEYS.tariffExtra(origin as CostCountry)] ?? 0);
      const pct = cost?.tariffPct ?? (rate?.ratePct ?? 0) + extra;
      const processed =
        origin === c
          ? undefined
          : origin === "third-country"
            ? "processed in a third country: the highest rate a non-Chinese supplier pays"
            : `processed in ${countryName(origin)}: ${countryName(origin)}'s rate`;
      cells["tariff-rate"] = {
        value: pct,
        display: formatPct(pct, 1),
        note: [
          regime?.label,
          processed,
          rate?.product,
          extra ? `includes ${formatNumber(extra)} extra points set in this scenario` : undefined,
          "charged on the customs value (the product's price)",
        ]
          .filter(Boolean)
          .join("; "),
        status: extra
          ? "assumption"
          : origin === "third-country"
            ? "derived"
            : (rate?.status ?? "assumption"),
        sourceId: rate?.sourceId ?? regime?.sourceId ?? null,
        method: null,
        year: rate?.year ?? null,
      };
    }

    const ytp = table.find((a) => a.key === KEYS.yearsToProduction(c as CostCountry));
    cells["years-to-production"] = ytp
      ? scenarioCell(table, values, ytp.key, (x) => `${formatNumber(x)} years`, {
          basis: `range ${formatNumber(ytp.low)}–${formatNumber(ytp.high)} years`,
        })
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
