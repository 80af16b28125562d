import { cell, type ChartTable, PROVENANCE_COLUMNS, sourceCell, statusCell } from "../charts/chart-model";
import { type ChartContext } from "../charts/context";
import { formatNumber, formatPartialDate } from "../charts/format";
import { STATUS_LABELS, STATUSES, type Status } from "../data/constants";
import { loadDataset } from "../data/load";
import { type Source } from "../data/sources";
import { type SourceUse, summariseSourceUse } from "../data/usage";
import { loadModelContext } from "../api/model-context";
import { THRESHOLDS } from "../model/claims";
import { BARS, PRECISION } from "../model/claim-tests";
import { CLAIM_DRAWS, CONFIDENT, DOUBTFUL } from "../model/claim-draws";
import { type Assumption, type AssumptionGroup, GROUP_LABELS, GROUPS } from "../model/types";
import { serverChartContext } from "./context";
import { methodC4Figures, methodC4Sentence } from "./method-c4";
import { assumptionName, assumptionShortName, formatAssumptionValue } from "./scenario-text";

/**
 * /sources and /sources/assumptions: the registry of sources with what each is used for, what a status means, the
 * model's method, and the assumptions table as a table model. Server only (it loads the dataset).
 */

const STATUS_MEANING: Record<Status, string> = {
  published: "printed by the original publisher (a statistical office, government, company report).",
  "source-estimate":
    "the source's own estimate, e.g. a value USGS marks “e” or the whole 2024 column of MCS 2025.",
  secondary:
    "reported by a third party (news report, aggregator, transcription) citing the original; to be checked against it.",
  derived:
    "our calculation from cited inputs (shares, currency conversions, annualisation); the inputs and arithmetic are given beside it.",
  assumption:
    "our judgement where no source exists; the basis is written beside it and it can be changed in the scenario lab.",
};

const KIND_LABEL: Record<Source["kind"], string> = {
  primary: "Original publication",
  secondary: "Secondary report",
  project: "This project",
};

/** One entry of the source registry. */
export interface SourceEntry {
  id: string;
  title: string;
  url: string;
  /** "U.S. Geological Survey · MCS 2025, pp. 34–35 · published Jan 2025 · licence: … · Original publication". */
  meta: string;
  note: string | null;
  /** "mine production (antimony), 2023–2024 — 37 values; …", or why nothing cites it yet. */
  uses: string;
}

export interface SourcesView {
  /** What each status means, in the order of STATUSES. */
  statuses: { status: Status; label: string; meaning: string }[];
  /** Every source, by producer then title. */
  sources: SourceEntry[];
}

function usesText(used: readonly SourceUse[]): string {
  return used.length
    ? used.map((u) => `${u.what} — ${u.count} value${u.count === 1 ? "" : "s"}`).join("; ")
    : "cited as background; no figure in the data uses it yet.";
}

/** The sources page: statuses and the registry. */
export function buildSourcesView(): SourcesView {
  const ds = loadDataset();
  const uses = summariseSourceUse(ds);
  const sources = [...ds.sources].sort(
    (a, b) => a.producer.localeCompare(b.producer) || a.title.localeCompare(b.title),
  );
  return {
    statuses: STATUSES.map((s) => ({ status: s, label: STATUS_LABELS[s], meaning: STATUS_MEANING[s] })),
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      url: s.url,
      meta: `${s.producer} · ${s.edition} · published ${formatPartialDate(s.date)} · licence: ${s.licence} · ${KIND_LABEL[s.kind]}`,
      note: s.note ?? null,
      uses: usesText(uses.get(s.id) ?? []),
    })),
  };
}

/** The model's landed-cost equations, as lib/model/README.md states them (USD per tonne of the compared product). */
const EQUATIONS = `site       = operation's reported unit cost, less what it covers besides the site, at the defaults
labor      = site × labour share × (wage ÷ operation's wage) × (operation's productivity ÷ productivity)
energy     = site × [electricity share × (power price ÷ operation's) + fuel share × (diesel ÷ operation's)]
otherOpex  = site × (1 − labour share − electricity share − fuel share)
rate       = base rate + λ × country risk premium + extra premium     (insured: base rate + extra premium)
capital    = capital intensity × (1 + rate)^(construction years ÷ 2) × CRF(rate, life)
             CRF(r, n) = r(1+r)ⁿ ÷ ((1+r)ⁿ − 1)
security   = capital intensity × (physical security + insurance premium if insured)
processing = treatment and refining charges (copper), conversion (lithium), separation (rare earths)
freight    = (inland haul + sea legs of the route) × tonnes shipped per tonne of product
insurance  = cargo insurance × price
tariff     = US duty rate of the processing country × customs value (the product's price)
byproductCredit = − payable by-products × their prices (Reko Diq's gold, Gibraltar's molybdenum)
landed     = labor + energy + otherOpex + capital + security + processing + freight + insurance + tariff
             + byproductCredit`;

export interface MethodView {
  equations: string;
  /** How each claim is judged, one sentence each, with the thresholds the verdicts use. */
  claimTests: string[];
  assumptionCount: number;
}

/** The method section of /sources: equations, the claims' thresholds, the size of the assumptions table. */
export function buildMethodView(): MethodView {
  const t = THRESHOLDS;
  const { data, table } = loadModelContext();
  // Read from the data, so the sentence follows a new WGI release.
  const stability = data.countries.PK.politicalStability;
  return {
    equations: EQUATIONS,
    claimTests: [
      `C1 Untapped resources: Pakistan's share of world reserves — at least ${t.largeReservesShare * 100} % holds, ${t.someReservesShare * 100}–${t.largeReservesShare * 100} % is mixed, less does not hold. Where USGS prints the world total as a floor (antimony's ">2,000,000 t") the share is a ceiling ("≤ 1.3 %"): it can fall below a bar but is never taken to clear one. Published data only, so no draws and no slider moves it.`,
      `C2 Cheaper: for each mineral Pakistan has on record (a mine, a project past exploration or USGS reserves), its landed cost below both Australia's and Canada's; the claim, for more than half of them. Minerals with nothing on record are not enough data: a cost for a mine that does not exist tests nothing. Differences under ${PRECISION.costPct} % of cost are ties.`,
      `C3 Stable supply: Pakistan's WGI political-stability rank at or above the ${BARS.stablePercentile}th percentile, drawn within its 90 % confidence bounds. What risk costs is shown per mineral, never summed across products, and does not decide: pricing a risk does not make supply dependable, and the price is already in C2. No slider moves this claim: with Pakistan at the ${formatNumber(stability?.value ?? NaN, 1)}th percentile (bounds ${formatNumber(stability?.low ?? NaN, 1)}–${formatNumber(stability?.high ?? NaN, 1)}) it cannot hold on the published data.`,
      methodC4Sentence(methodC4Figures(loadDataset(), loadModelContext())),
      `C5 Alongside Ukraine: Pakistan ahead on at least ${BARS.ukraineWins} of four counts, each of which either country can win — its share of minerals on record landing below Australia and Canada against Ukraine's, risk premium, political stability (within WGI's bounds), and deposits out of reach (occupied in Ukraine; occupied or shut by fighting in Pakistan). Security incidents are reported for both.`,
      `Verdicts: each test runs on ${formatNumber(CLAIM_DRAWS)} seeded Latin-hypercube draws of the uncertain assumptions, each from a split triangular distribution whose median is the scenario's value; a country's political risks, the oil price, sea freight, copper smelting terms and a project's phases are drawn together; what the preset sets and policy choices (target year, re-sourcing share, weights) are never drawn. A claim holds where it holds in at least ${CONFIDENT * 100} % of the draws, does not hold where it holds in ${DOUBTFUL * 100} % or fewer, and is mixed between; a point margin within the model's precision (${PRECISION.costPct} % of cost, ${PRECISION.chinaCutPp} points of share, ${PRECISION.percentile} percentile point, ${PRECISION.riskPremiumPp} points of risk premium) is mixed whatever the draws say. The lab's robustness map shows each claim's point verdict over any two assumptions (GET /api/robustness).`,
    ],
    assumptionCount: table.length,
  };
}

/**
 * An assumption's ranges as the table shows them. A number's are spans ("0–1,500"); a choice or a switch shows its
 * options in words with the code a link or the API takes ("0 = Priced in the discount rate, 1 = Insured"), and
 * its low–high values by name, since "0–1" says nothing about what is chosen.
 */
function ranges(a: Assumption): { slider: string; range: string } {
  if (a.kind === "number") {
    const span = (lo: number, hi: number) => `${formatNumber(lo)}–${formatNumber(hi)}`;
    return { slider: span(a.min, a.max), range: span(a.low, a.high) };
  }
  const codes: number[] = [];
  for (let x = a.min; x <= a.max; x++) codes.push(x);
  const word = (x: number) => formatAssumptionValue(a, x);
  return {
    slider: `options: ${codes.map((x) => `${x} = ${word(x)}`).join(", ")}`,
    range: a.low === a.high ? `${word(a.low)} (not varied)` : `${word(a.low)} to ${word(a.high)}`,
  };
}

/** The name in the table's first column: with its unit, except for a choice or switch (options say it all). */
function rowName(a: Assumption): string {
  const name = a.kind === "number" ? assumptionName(a) : assumptionShortName(a);
  return `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/**
 * The assumptions table as a table model: a row per assumption under its group's heading, with key, default, slider
 * range, low–high range, status, source and basis; choices and switches in words.
 */
export function buildAssumptionsTable(table: readonly Assumption[], ctx: ChartContext): ChartTable {
  return {
    caption:
      "Assumptions of the model: default, slider range, low–high range for sensitivity and uncertainty",
    columns: [
      { key: "assumption", label: "Assumption", kind: "label" },
      { key: "key", label: "Key", kind: "code" },
      { key: "default", label: "Default", kind: "number" },
      { key: "slider", label: "Slider range", kind: "number" },
      { key: "range", label: "Low–high", kind: "number" },
      ...PROVENANCE_COLUMNS,
      { key: "basis", label: "Basis", kind: "text" },
    ],
    rows: GROUPS.flatMap((g) =>
      table
        .filter((a) => a.group === g)
        .map((a) => ({
          key: a.key,
          group: GROUP_LABELS[g],
          cells: [
            cell(rowName(a)),
            cell(a.key),
            cell(a.default, a.kind === "number" ? undefined : formatAssumptionValue(a, a.default)),
            cell(ranges(a).slider),
            cell(ranges(a).range),
            statusCell(a.status, STATUS_LABELS[a.status]),
            { ...sourceCell(a.sourceId, ctx.cite(a.sourceId)), title: ctx.sources([a.sourceId])[0]?.title },
            cell(a.basis),
          ],
        })),
    ),
  };
}

/** One group of the model's assumptions: its anchor, its heading and its own table (the group's rows). */
export interface AssumptionGroupView {
  id: AssumptionGroup;
  label: string;
  count: number;
  table: ChartTable;
}

export interface AssumptionsView {
  count: number;
  /** Presets besides the evidence baseline. */
  otherPresets: number;
  /** Every group that has assumptions, in the order of GROUPS. */
  groups: AssumptionGroupView[];
}

/**
 * The assumptions table cut into one table per group, in the order of GROUPS, each captioned with its group's name
 * and holding exactly that group's rows (the rows' group heading dropped: the group names the whole table). Groups
 * without assumptions are left out.
 */
export function splitAssumptionsTable(full: ChartTable): AssumptionGroupView[] {
  return GROUPS.flatMap((id) => {
    const label = GROUP_LABELS[id];
    const rows = full.rows.filter((r) => r.group === label).map(({ group: _group, ...row }) => row);
    if (!rows.length) return [];
    const caption = `${label} — ${full.caption[0]!.toLowerCase()}${full.caption.slice(1)}`;
    return [{ id, label, count: rows.length, table: { ...full, caption, rows } }];
  });
}

/** The page /sources/assumptions. */
export function buildAssumptionsView(): AssumptionsView {
  const { table, presets } = loadModelContext();
  return {
    count: table.length,
    otherPresets: presets.length - 1,
    groups: splitAssumptionsTable(buildAssumptionsTable(table, serverChartContext())),
  };
}
