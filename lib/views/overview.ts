import { loadModelContext } from "../api/model-context";
import { buildBarsChart } from "../charts/bars";
import { type ChartModel } from "../charts/chart-model";
import {
  buildChinaCutSeries,
  buildCostGapSeries,
  CHINA_CUT_LEGEND,
  buildReservesShareSeries,
  countryLegend,
  METHOD_ANCHORS,
  type MethodAnchor,
  reservesReason,
} from "../charts/claim-cards";
import { compareHref, DEFAULT_COMPARE_VIEW } from "../url/compare-params";
import { formatNumber } from "../charts/format";
import { buildGovernanceBars, buildGovernanceChart } from "../charts/governance";
import { type Status } from "../data/common";
import { PRIMARY_EDITION } from "../data/constants";
import { countryName } from "../data/country-names";
import { loadDataset } from "../data/load";
import { mineralName } from "../data/mineral-names";
import { defaultValues, KEYS } from "../model/assumptions";
import { type ClaimId, type ClaimResult, type Reason, THRESHOLDS, type Verdict } from "../model/claims";
import { type ModelContext } from "../model/context";
import { v } from "../model/landed-cost";
import { computeCosts, runScenario, type ScenarioResult } from "../model/scenario";
import { type ScenarioValues } from "../model/types";
import { CLAIM_PARAPHRASES, CLAIM_TITLES, claimSummaryText, reasonDisplay, reasonLabel } from "./claims-text";
import { serverChartContext } from "./context";
import { describeScenario } from "./scenario-text";

/** The scenario the overview shows: its preset, its values and its query string for links ("" for the default). */
export interface OverviewScenario {
  preset: string;
  values: ScenarioValues;
  query: string;
}

/** A number on a claim card and where a reader can check it. */
export interface KeyNumber {
  label: string;
  display: string;
  status: Status;
  /** The publication behind the number, when there is one. */
  sourceId: string | null;
  /** Otherwise the method note that says how we computed it. */
  method: MethodAnchor | null;
  /** Or a page of this app listing the records counted (e.g. the dated events on a country page). */
  href: string | null;
}

export interface ClaimLink {
  href: string;
  label: string;
}

/** One claim's card: verdict, the claim and why, two or three numbers, what the test looks at, a chart, links. */
export interface ClaimCard {
  id: ClaimId;
  /** "C2. Cheaper": the card's heading. */
  heading: string;
  verdict: Verdict;
  /** The article's claim in our words. */
  claim: string;
  summary: string;
  numbers: KeyNumber[];
  testedBy: string;
  chart: ChartModel;
  links: ClaimLink[];
}

export interface OverviewView {
  cards: ClaimCard[];
  /** The scenario lab, opened on this scenario. */
  labHref: string;
}

/** C1's bar for a large resource, in percent of world reserves. */
const LARGE_RESERVES_PCT = THRESHOLDS.largeReservesShare * 100;

/** What each card's test looks at (the claim itself is paraphrased in claims-text). */
const TESTED_BY: Record<ClaimId, string> = {
  C1: `Pakistan's share of world reserves per mineral (USGS; for copper, Reko Diq's reported reserves). ${formatNumber(LARGE_RESERVES_PCT)} % or more counts as large.`,
  C2: "Pakistan's landed cost at a US port against Australia's and Canada's, with capital, risk, freight and tariffs counted as well as wages, for the four minerals with sourced costs.",
  C3: `World Bank political-stability rank (below the ${formatNumber(THRESHOLDS.unstablePercentile)}th percentile counts as unstable), the country risk premium, recorded security incidents and the share of Pakistan's cost that pays for risk.`,
  C4: `How far Pakistan's supply could cut China's share of US supply by the target year, at the mining and at the refining stage (direct imports from China, and supply made from Chinese intermediates or refined in China). The verdict rests on the stage where China holds more; a ${formatNumber(THRESHOLDS.realChinaCutPp)}-point cut counts as real.`,
  C5: "Pakistan against Ukraine on landed cost, risk premium, political stability and access to deposits (Ukraine's share under occupation).",
};

/**
 * Where a reason can be checked: its publication when one stands behind it; for a count of dated events, the list
 * counted; otherwise the method note of the model's arithmetic.
 */
function reasonProvenance(
  claimId: ClaimId,
  r: Reason,
): Pick<KeyNumber, "status" | "sourceId" | "method" | "href"> {
  if (r.sourceId) return { status: r.status ?? "derived", sourceId: r.sourceId, method: null, href: null };
  if (r.id === "security-incidents" && r.country)
    return { status: "derived", sourceId: null, method: null, href: `/countries/${r.country}#events` };
  return {
    status: r.status ?? "derived",
    sourceId: null,
    method: claimId === "C4" ? METHOD_ANCHORS.dependency : METHOD_ANCHORS.cost,
    href: null,
  };
}

/** A reason's label on a card, led by its mineral's name where the label does not say it. */
function cardLabel(r: Reason): string {
  const label = reasonLabel(r);
  if (!r.mineral) return label;
  const name = mineralName(r.mineral);
  return label.toLowerCase().includes(name.toLowerCase()) ? label : `${name} — ${label}`;
}

/**
 * The two or three numbers a card shows: C1 Pakistan's reserves shares and a production share; C2 copper (the
 * mineral with a Pakistani pipeline) against Australia and Canada, and the labour part alone (the article's own
 * framing); C3 political stability, the risk premium and the share of cost that pays for risk; C4 the mineral
 * where Pakistan could cut most; C5 cost, political stability and access against Ukraine.
 */
export function selectKeyNumbers(claim: ClaimResult): KeyNumber[] {
  const find = (reasons: readonly Reason[], id: Reason["id"], country?: string) =>
    reasons.find((r) => r.id === id && (!country || r.country === country));
  let picked: (Reason | undefined)[];
  switch (claim.id) {
    case "C2": {
      const copper = claim.perMineral.find((p) => p.mineral === "copper")?.reasons ?? [];
      picked = [find(copper, "gap-vs-AU"), find(copper, "gap-vs-CA"), find(copper, "labour-gap-vs-AU")];
      break;
    }
    case "C3":
      picked = [
        find(claim.reasons, "political-stability", "PK"),
        find(claim.reasons, "crp"),
        find(claim.reasons, "risk-share"),
      ];
      break;
    case "C4": {
      const s = claim.summary;
      const best = s.id === "largest-cut" ? claim.perMineral.find((p) => p.mineral === s.mineral) : undefined;
      picked = best?.reasons ?? claim.reasons;
      break;
    }
    case "C5":
      picked = [
        find(claim.reasons, "cheaper-than-UA"),
        find(claim.reasons, "stability-vs-UA"),
        find(claim.reasons, "occupied-share"),
      ];
      break;
    default:
      picked = claim.reasons;
  }
  return picked
    .filter((r): r is Reason => !!r)
    .slice(0, 3)
    .map((r) => ({ label: cardLabel(r), display: reasonDisplay(r), ...reasonProvenance(claim.id, r) }));
}

/** Where each claim is tested further; links into scenario pages keep the scenario. */
function claimLinks(id: ClaimId, query: string, lab: string): ClaimLink[] {
  const compare = (view: Partial<typeof DEFAULT_COMPARE_VIEW>) =>
    compareHref({ ...DEFAULT_COMPARE_VIEW, ...view }, query);
  switch (id) {
    case "C1":
      return [
        { href: "/minerals/copper", label: "Copper: world reserves and Reko Diq" },
        { href: "/minerals/antimony", label: "Antimony: Pakistan's listed output and reserves" },
        { href: "/countries/PK#projects", label: "Pakistan's projects pipeline" },
      ];
    case "C2":
      return [
        {
          href: compare({ mineral: "copper", countries: ["PK", "AU", "CA"], sort: "landed", dir: "asc" }),
          label: "Compare landed costs, part by part",
        },
        { href: lab, label: "Change wages and risk in the scenario lab" },
      ];
    case "C3":
      return [
        { href: "/countries/PK", label: "Pakistan: governance, risk premium and security incidents" },
        {
          href: compare({
            mineral: "copper",
            countries: ["PK", "AU", "CA", "UA"],
            sort: "stability",
            dir: "desc",
          }),
          label: "Compare governance and cost of capital",
        },
      ];
    case "C4":
      return [
        { href: lab, label: "Re-sourcing and supply shocks in the scenario lab" },
        { href: "/minerals/rare-earths", label: "Rare earths: US import sources and China's share" },
        { href: "/minerals/antimony", label: "Antimony: export controls and US imports" },
      ];
    case "C5":
      return [
        {
          href: compare({ mineral: "lithium", countries: ["PK", "UA", "AU"] }),
          label: "Compare Pakistan and Ukraine for lithium",
        },
        { href: "/countries/UA", label: "Ukraine: deposits and the occupied share" },
      ];
  }
}

/** What every scenario-dependent card chart states about the scenario (charts of published data state none). */
interface ScenarioMeta {
  scenario: string;
  changes: readonly string[];
}

/** The small chart behind each verdict, as a chart model. */
function claimChart(
  claim: ClaimResult,
  model: ModelContext,
  result: ScenarioResult,
  values: ScenarioValues,
  scenario: ScenarioMeta,
): ChartModel {
  const ctx = serverChartContext();
  const id = `claim-${claim.id.toLowerCase()}`;
  const sourced = model.data.minerals.filter((m) => m.costBasis === "sourced").map((m) => m.id);
  switch (claim.id) {
    case "C1": {
      const title = "Pakistan's share of world reserves";
      const rekoDiq = model.data.facts.rekoDiqReservesT;
      const series = buildReservesShareSeries(claim.perMineral, ctx);
      return buildBarsChart(
        {
          id,
          title,
          subtitle: `Percent of world reserves (USGS ${PRIMARY_EDITION})${rekoDiq ? `; copper from Reko Diq's reported ${formatNumber(rekoDiq.value / 1e6)} Mt` : ""}. Dashed line: ${formatNumber(LARGE_RESERVES_PCT)} %, the bar for a large resource.`,
          // In bar order, as the chart lists them.
          sources: ctx.sources(
            series.bars.map(
              (b) => reservesReason(claim.perMineral.find((p) => p.mineral === b.key)!)?.sourceId,
            ),
          ),
          fullDataQuery: `country=PK,WORLD&measure=reserves&edition=${PRIMARY_EDITION}`,
        },
        series,
        {
          axis: { format: "pct" },
          value: { label: "Share of world reserves", unit: "%" },
          legend: countryLegend(["PK"], series.bars),
          reference: { value: LARGE_RESERVES_PCT, label: `${formatNumber(LARGE_RESERVES_PCT)} %: large` },
        },
      );
    }
    case "C2":
    case "C5": {
      const competitors = claim.id === "C2" ? (["AU", "CA"] as const) : (["UA"] as const);
      const series = buildCostGapSeries(computeCosts(model.data, values), sourced, competitors);
      return buildBarsChart(
        {
          id,
          title: `Pakistan's landed cost against ${competitors.map(countryName).join(" and ")}`,
          subtitle:
            "Percentage difference in landed cost at a US port, for the minerals with sourced costs. Left of zero: Pakistan cheaper.",
          sources: ctx.sources(["project-assumptions"]),
          method: { href: "/sources#method-cost", label: "landed cost" },
          ...scenario,
        },
        series,
        {
          axis: { format: "pct" },
          value: { label: "Difference in landed cost", unit: "%" },
          legend: countryLegend(competitors, series.bars),
        },
      );
    }
    case "C3": {
      const gov = buildGovernanceBars(
        loadDataset().observations,
        "wgi-political-stability-percentile",
        ["PK", "AU", "CA", "UA", "CN", "US"],
        countryName,
        ctx.provenance,
      );
      const bar = THRESHOLDS.unstablePercentile;
      return buildGovernanceChart(
        {
          id,
          title: `Political stability, ${gov.year ?? "latest year"}`,
          subtitle: `World Bank WGI percentile rank (0 lowest, 100 highest) with 90 % confidence bounds. Dashed line: the ${formatNumber(bar)}th percentile, below which a country counts as unstable.`,
        },
        gov,
        ctx,
        { reference: { value: bar, label: `${formatNumber(bar)}th percentile` } },
      );
    }
    case "C4": {
      const target = v(values, KEYS.targetYear);
      const tested = claim.perMineral.filter((p) => p.verdict !== "not-enough-data").map((p) => p.mineral);
      const series = buildChinaCutSeries(claim.perMineral.filter((p) => tested.includes(p.mineral)));
      const bar = THRESHOLDS.realChinaCutPp;
      return buildBarsChart(
        {
          id,
          title: `Pakistan's cut in China's share of US supply by ${target}`,
          subtitle: `Percentage points of US demand, at the mining and the refining stage, for the minerals China mines or refines part of US supply of. Left of zero: Pakistani output refined in China adds to China's share. Dashed line: ${formatNumber(bar)} points, the bar for a real cut.`,
          sources: ctx.sources([
            ...model.data.minerals.filter((m) => tested.includes(m.id)).map((m) => m.importSourceId),
            "project-assumptions",
          ]),
          method: { href: "/sources#method-dependency", label: "US supply by stage" },
          ...scenario,
        },
        series,
        {
          axis: { format: "number" },
          value: { label: "Cut in China's share", unit: "pp" },
          legend: CHINA_CUT_LEGEND,
          reference: { value: bar, label: `${formatNumber(bar)} points: a real cut` },
        },
      );
    }
  }
}

/** The overview's view-model: a card per claim under the scenario, computed once on the server. */
export function buildOverviewView(scenario: OverviewScenario): OverviewView {
  const model = loadModelContext();
  const result = runScenario(model.data, scenario.values);
  const preset = model.presets.find((p) => p.id === scenario.preset) ?? model.presets[0]!;
  const described = describeScenario(model.table, preset, scenario.values, defaultValues(model.table));
  const meta = { scenario: described.line, changes: described.fromBaseline };
  const labHref = scenario.query ? `/scenario?${scenario.query}` : "/scenario";
  return {
    labHref,
    cards: result.claims.map((claim) => ({
      id: claim.id,
      heading: `${claim.id}. ${CLAIM_TITLES[claim.id]}`,
      verdict: claim.verdict,
      claim: CLAIM_PARAPHRASES[claim.id],
      summary: claimSummaryText(claim.summary),
      numbers: selectKeyNumbers(claim),
      testedBy: TESTED_BY[claim.id],
      chart: claimChart(claim, model, result, scenario.values, meta),
      links: claimLinks(claim.id, scenario.query, labHref),
    })),
  };
}
