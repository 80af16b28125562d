import { type MineralId, type Status } from "../data/common";
import { formatNumber, formatPct, formatShare, formatUsd } from "../charts/format";
import { KEYS } from "./assumptions";
import { type MineralDependency } from "./dependency";
import { capitalRecoveryFactor, costOf, type LandedCost, v } from "./landed-cost";
import { type ModelData } from "./model-data";
import { type ScenarioValues } from "./types";

export const VERDICTS = ["holds", "mixed", "does-not-hold", "not-enough-data"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  holds: "Holds",
  mixed: "Mixed",
  "does-not-hold": "Does not hold",
  "not-enough-data": "Not enough data",
};

/** One number behind a verdict. */
export interface Reason {
  label: string;
  value: number | null;
  unit: string;
  /** The value as a reader sees it. */
  display: string;
  sourceId?: string;
  status?: Status;
  mineral?: MineralId;
  country?: string;
}

export interface MineralVerdict {
  mineral: MineralId;
  verdict: Verdict;
  summary: string;
  reasons: Reason[];
}

export interface ClaimResult {
  id: "C1" | "C2" | "C3" | "C4" | "C5";
  title: string;
  /** The article's claim in our words. */
  claim: string;
  verdict: Verdict;
  /** One sentence: why this verdict, with the deciding numbers. */
  summary: string;
  reasons: Reason[];
  perMineral: MineralVerdict[];
}

/**
 * Thresholds of the claim tests: our judgement, written down in lib/model/README.md. A share of world reserves of
 * 5 % or more counts as a large resource; a cut of 5 percentage points in China's share of US supply as a real
 * reduction; WGI political stability below the 25th percentile as unstable.
 */
/** Source of the published country risk premiums (Damodaran, January 2025). */
const RISK_PREMIUM_SOURCE = "damodaran-crp-2025-01";

export const THRESHOLDS = {
  largeReservesShare: 0.05,
  someReservesShare: 0.01,
  realChinaCutPp: 5,
  someChinaCutPp: 1,
  unstablePercentile: 25,
  stablePercentile: 50,
  pricedRiskShare: 0.05,
} as const;

export interface ClaimInputs {
  data: ModelData;
  values: ScenarioValues;
  costs: ReadonlyMap<string, LandedCost>;
  dependency: readonly MineralDependency[];
}

function nameOf(data: ModelData, id: MineralId): string {
  return (data.minerals.find((m) => m.id === id)?.name ?? id).toLowerCase();
}

/**
 * A reason citing country risk premiums: Damodaran's figure (secondary) while the scenario keeps the published
 * value, our assumption once a reader has changed it.
 */
function crpReason(
  label: string,
  data: ModelData,
  values: ScenarioValues,
  ...countries: ("PK" | "UA")[]
): Reason {
  const changed = countries.some((c) => v(values, KEYS.crp(c)) !== data.countries[c].riskPremiumDefaultPct);
  const first = v(values, KEYS.crp(countries[0]!));
  return {
    label,
    value: first,
    unit: "pp",
    display: `${formatNumber(first, 2)} points`,
    status: changed ? "assumption" : "secondary",
    ...(changed ? { sourceId: "project-assumptions" } : { sourceId: RISK_PREMIUM_SOURCE }),
    country: countries[0],
  };
}

function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("holds")) return "holds";
  if (verdicts.includes("mixed")) return "mixed";
  if (verdicts.includes("does-not-hold")) return "does-not-hold";
  return "not-enough-data";
}

function majority(verdicts: readonly Verdict[]): Verdict {
  const known = verdicts.filter((x) => x !== "not-enough-data");
  if (!known.length) return "not-enough-data";
  const holds = known.filter((x) => x === "holds").length;
  const fails = known.filter((x) => x === "does-not-hold").length;
  if (holds * 4 >= known.length * 3) return "holds";
  if (fails * 4 >= known.length * 3) return "does-not-hold";
  return "mixed";
}

const pctReason = (label: string, share: number | null, extra: Partial<Reason> = {}): Reason => ({
  label,
  value: share === null ? null : share * 100,
  unit: "%",
  display: share === null ? "not listed" : formatShare(share),
  ...extra,
});

/** C1: Pakistan's published share of world reserves (and production) per mineral. */
export function claimResources({ data }: ClaimInputs): ClaimResult {
  const rd = data.facts.rekoDiqReservesT;
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    let reserves = m.reservesShare.PK;
    const reasons: Reason[] = [
      pctReason(`Pakistan's share of world ${m.name.toLowerCase()} reserves (USGS)`, reserves, {
        sourceId: m.reservesSourceId,
        status: "derived",
        mineral: m.id,
        country: "PK",
      }),
      pctReason(
        `Pakistan's share of world ${m.name.toLowerCase()} mine production, 2024`,
        m.productionShare.PK,
        { sourceId: m.productionSourceId, status: "derived", mineral: m.id, country: "PK" },
      ),
    ];
    let via = "USGS";
    if (reserves === null && m.id === "copper" && rd && m.worldReservesT) {
      reserves = rd.value / m.worldReservesT;
      via = "Reko Diq's reported reserves";
      reasons.push({
        label: "Reko Diq copper reserves as a share of world reserves",
        value: reserves * 100,
        unit: "%",
        display: formatShare(reserves),
        sourceId: rd.sourceId,
        status: "derived",
        mineral: m.id,
        country: "PK",
      });
    }
    const verdict: Verdict =
      reserves === null
        ? "not-enough-data"
        : reserves >= THRESHOLDS.largeReservesShare
          ? "holds"
          : reserves >= THRESHOLDS.someReservesShare
            ? "mixed"
            : "does-not-hold";
    const summary =
      reserves === null
        ? `USGS does not list Pakistan for ${m.name.toLowerCase()} and no resource estimate is published.`
        : `${via} put Pakistan at ${formatShare(reserves)} of world ${m.name.toLowerCase()} reserves.`;
    return { mineral: m.id, verdict, summary, reasons };
  });
  const listed = perMineral.filter((p) => p.verdict !== "not-enough-data");
  const verdict = combine(perMineral.map((p) => p.verdict));
  return {
    id: "C1",
    title: "Untapped resources",
    claim: "Pakistan has large mineral resources that are mostly undeveloped.",
    verdict,
    summary: `Published reserves exist for ${listed.length} of ${perMineral.length} minerals (${listed.map((p) => `${nameOf(data, p.mineral)}: ${p.reasons.find((r) => r.display !== "not listed" && r.label.includes("reserves"))?.display ?? "—"}`).join("; ")}); ${
      perMineral.some((p) => p.verdict === "holds")
        ? `${perMineral
            .filter((p) => p.verdict === "holds")
            .map((p) => nameOf(data, p.mineral))
            .join(
              ", ",
            )} reach${perMineral.filter((p) => p.verdict === "holds").length === 1 ? "es" : ""} ${formatPct(THRESHOLDS.largeReservesShare * 100, 0)} of world reserves`
        : `none reaches ${formatPct(THRESHOLDS.largeReservesShare * 100, 0)} of world reserves`
    }, and the rest have no resource estimate.`,
    reasons: listed.flatMap((p) => p.reasons.filter((r) => r.value !== null)),
    perMineral,
  };
}

/** C2: Pakistan's landed cost vs Australia and Canada per mineral, and the labour part alone. */
export function claimCheaper({ data, costs }: ClaimInputs): ClaimResult {
  const perMineral = data.minerals.map<MineralVerdict>((m) => {
    const pk = costOf(costs, "PK", m.id);
    const au = costOf(costs, "AU", m.id);
    const ca = costOf(costs, "CA", m.id);
    if (!pk || !au || !ca)
      return { mineral: m.id, verdict: "not-enough-data", summary: "No cost data.", reasons: [] };
    const cheaperThan = [au, ca].filter((x) => pk.landedCostUsdPerTonne < x.landedCostUsdPerTonne).length;
    const verdict: Verdict = cheaperThan === 2 ? "holds" : cheaperThan === 1 ? "mixed" : "does-not-hold";
    const status: Status = m.costBasis === "sourced" ? "derived" : "assumption";
    const gap = (x: LandedCost) =>
      ((pk.landedCostUsdPerTonne - x.landedCostUsdPerTonne) / x.landedCostUsdPerTonne) * 100;
    const reasons: Reason[] = [
      {
        label: `Pakistan landed cost, ${m.name.toLowerCase()}`,
        value: pk.landedCostUsdPerTonne,
        unit: "USD/t",
        display: `${formatUsd(pk.landedCostUsdPerTonne)}/t`,
        status,
        mineral: m.id,
        country: "PK",
      },
      ...[au, ca].map<Reason>((x) => ({
        label: `Pakistan vs ${x.country === "AU" ? "Australia" : "Canada"}`,
        value: gap(x),
        unit: "%",
        display: `${gap(x) >= 0 ? "+" : ""}${formatPct(gap(x))}`,
        status,
        mineral: m.id,
        country: x.country,
      })),
      {
        label: "Labour cost alone, Pakistan vs Australia",
        value: pk.breakdown.labor - au.breakdown.labor,
        unit: "USD/t",
        display: `${formatUsd(pk.breakdown.labor)}/t vs ${formatUsd(au.breakdown.labor)}/t`,
        status,
        mineral: m.id,
      },
    ];
    const cheaper =
      cheaperThan === 2
        ? "below both Australia's and Canada's"
        : cheaperThan === 1
          ? "below one of Australia's and Canada's"
          : "above both Australia's and Canada's";
    return {
      mineral: m.id,
      verdict,
      summary: `Pakistan's landed ${m.name.toLowerCase()} costs ${formatUsd(pk.landedCostUsdPerTonne)}/t, ${cheaper} (${formatUsd(au.landedCostUsdPerTonne)} and ${formatUsd(ca.landedCostUsdPerTonne)})${m.costBasis === "assumption" ? "; costs for this mineral are assumptions" : ""}.`,
      reasons,
    };
  });
  const sourced = perMineral.filter(
    (p) => data.minerals.find((m) => m.id === p.mineral)?.costBasis === "sourced",
  );
  const verdict = majority(sourced.map((p) => p.verdict));
  const cheaperCount = sourced.filter((p) => p.verdict === "holds").length;
  return {
    id: "C2",
    title: "Cheaper",
    claim:
      "Because Pakistani labour costs far less than Australian or Canadian labour, US investment in Pakistani mining would pay off.",
    verdict,
    summary: `Pakistan is cheaper than both Australia and Canada for ${cheaperCount} of the ${sourced.length} minerals with sourced costs (${sourced.map((p) => nameOf(data, p.mineral)).join(", ")}) and cheaper than one of them for ${sourced.filter((p) => p.verdict === "mixed").length}, once capital, risk, freight and tariffs are counted as well as wages.`,
    reasons: sourced.flatMap((p) => p.reasons.slice(0, 3)),
    perMineral,
  };
}

/** C3: governance (WGI political stability), country risk premium, security incidents, and what that risk costs inside C2. */
export function claimStable({ data, values, costs }: ClaimInputs): ClaimResult {
  const pk = data.countries.PK;
  const pv = pk.politicalStability;
  const sourcedMinerals = data.minerals.filter((m) => m.costBasis === "sourced");
  const life = v(values, KEYS.projectLife);
  const base = v(values, KEYS.baseRate) / 100;
  let riskCost = 0;
  let landed = 0;
  for (const m of sourcedMinerals) {
    const c = costOf(costs, "PK", m.id);
    if (!c) continue;
    const capex = v(values, KEYS.capex(m.id));
    const premiumCapital = c.breakdown.capital - capex * capitalRecoveryFactor(base, life);
    riskCost += premiumCapital + c.breakdown.security + c.breakdown.insurance;
    landed += c.landedCostUsdPerTonne;
  }
  const riskShare = landed > 0 ? riskCost / landed : 0;
  const reasons: Reason[] = [
    {
      label: "Political stability, Pakistan (WGI percentile rank)",
      value: pv?.value ?? null,
      unit: "percentile",
      display: pv ? formatNumber(pv.value, 1) : "no value",
      sourceId: pv?.sourceId,
      status: pv?.status,
      country: "PK",
    },
    ...(["AU", "CA"] as const).map<Reason>((c) => {
      const x = data.countries[c].politicalStability;
      return {
        label: `Political stability, ${data.countries[c].name}`,
        value: x?.value ?? null,
        unit: "percentile",
        display: x ? formatNumber(x.value, 1) : "no value",
        sourceId: x?.sourceId,
        status: x?.status,
        country: c,
      };
    }),
    crpReason("Country risk premium, Pakistan (scenario)", data, values, "PK"),
    {
      label: "Security incidents recorded since 2024 (dated events in the data)",
      value: pk.securityIncidents,
      unit: "events",
      display: String(pk.securityIncidents),
      status: "derived",
      country: "PK",
    },
    {
      label: "Cost of risk in Pakistan's landed cost (capital premium, security, insurance)",
      value: riskShare * 100,
      unit: "%",
      display: formatShare(riskShare),
      status: "derived",
      country: "PK",
    },
  ];
  let verdict: Verdict;
  let summary: string;
  if (!pv) {
    verdict = "not-enough-data";
    summary = "No governance data for Pakistan.";
  } else if (pv.value >= THRESHOLDS.stablePercentile) {
    verdict = "holds";
    summary = `Pakistan ranks at the ${formatNumber(pv.value, 1)}th percentile for political stability.`;
  } else if (pv.value < THRESHOLDS.unstablePercentile) {
    if (riskShare >= THRESHOLDS.pricedRiskShare) {
      verdict = "does-not-hold";
      summary = `Pakistan ranks at the ${formatNumber(pv.value, 1)}th percentile for political stability (Australia ${formatNumber(data.countries.AU.politicalStability?.value ?? 0, 1)}, Canada ${formatNumber(data.countries.CA.politicalStability?.value ?? 0, 1)}), and that risk is ${formatShare(riskShare)} of its landed cost in this scenario.`;
    } else {
      verdict = "mixed";
      summary = `Pakistan ranks at the ${formatNumber(pv.value, 1)}th percentile for political stability, but this scenario prices that risk at only ${formatShare(riskShare)} of its landed cost.`;
    }
  } else {
    verdict = "mixed";
    summary = `Pakistan ranks at the ${formatNumber(pv.value, 1)}th percentile for political stability, in the middle of the range.`;
  }
  return {
    id: "C3",
    title: "Stable supply",
    claim: "Pakistan could be a dependable link in a US supply chain.",
    verdict,
    summary,
    reasons,
    perMineral: [],
  };
}

/** C4: the cut in China's share of US supply by the target year that Pakistan's capacity can cause. */
export function claimLessChina({ data, values, dependency }: ClaimInputs): ClaimResult {
  const target = v(values, KEYS.targetYear);
  const perMineral = dependency.map<MineralVerdict>((d) => {
    const m = data.minerals.find((x) => x.id === d.mineral)!;
    const year = d.years.find((y) => y.year === target) ?? d.years[d.years.length - 1]!;
    if (year.chinaShareBaseline <= 0) {
      return {
        mineral: d.mineral,
        verdict: "not-enough-data",
        summary: `USGS lists no direct US imports of ${m.name.toLowerCase()} from China (${d.importForm}); any dependence runs through processing elsewhere.`,
        reasons: [
          pctReason("China's share of US supply (direct imports)", 0, {
            sourceId: m.importSourceId,
            status: "derived",
            mineral: d.mineral,
          }),
        ],
      };
    }
    const cutPp = year.pakistanShare * 100;
    const verdict: Verdict =
      cutPp >= THRESHOLDS.realChinaCutPp
        ? "holds"
        : cutPp >= THRESHOLDS.someChinaCutPp
          ? "mixed"
          : "does-not-hold";
    return {
      mineral: d.mineral,
      verdict,
      summary: `By ${year.year}, Pakistan supplies ${formatShare(year.pakistanShare)} of US ${m.name.toLowerCase()} demand, against China's ${formatShare(year.chinaShareBaseline)} today (${formatShare(year.chinaShare)} in this scenario).`,
      reasons: [
        pctReason(`China's share of US ${m.name.toLowerCase()} supply, now`, year.chinaShareBaseline, {
          sourceId: m.importSourceId,
          status: "derived",
          mineral: d.mineral,
          country: "CN",
        }),
        pctReason(`China's share in ${year.year}, this scenario`, year.chinaShare, {
          status: "derived",
          mineral: d.mineral,
          country: "CN",
        }),
        {
          label: `Cut due to Pakistan by ${year.year}`,
          value: cutPp,
          unit: "pp",
          display: `${formatNumber(cutPp, 2)} points`,
          status: "derived",
          mineral: d.mineral,
          country: "PK",
        },
        pctReason(`Unmet share of US demand in ${year.year}`, year.unmetShare, {
          status: "derived",
          mineral: d.mineral,
        }),
      ],
    };
  });
  const exposed = perMineral.filter((p) => p.verdict !== "not-enough-data");
  const verdict = combine(exposed.map((p) => p.verdict));
  const best = exposed
    .map((p) => ({ p, cut: p.reasons.find((r) => r.unit === "pp")?.value ?? 0 }))
    .sort((a, b) => b.cut - a.cut)[0];
  return {
    id: "C4",
    title: "Less dependence on China",
    claim:
      "Supply from Pakistan would reduce US reliance on China, which matters more during the trade dispute.",
    verdict,
    summary: best
      ? `US imports come directly from China for ${exposed.length} minerals (${exposed.map((p) => nameOf(data, p.mineral)).join(", ")}); the largest cut Pakistan's capacity can make by ${target} is ${formatNumber(best.cut, 2)} points (${nameOf(data, best.p.mineral)}), against a ${THRESHOLDS.realChinaCutPp}-point bar.`
      : "No mineral in the data is imported directly from China.",
    reasons: exposed.flatMap((p) => p.reasons.slice(0, 3)),
    perMineral,
  };
}

/** C5: Pakistan vs Ukraine on cost, risk premium, political stability and accessible (not occupied) resources. */
export function claimUkraine({ data, values, costs }: ClaimInputs): ClaimResult {
  const sourced = data.minerals.filter((m) => m.costBasis === "sourced");
  const pkCheaper = sourced.filter(
    (m) =>
      (costOf(costs, "PK", m.id)?.landedCostUsdPerTonne ?? Infinity) <
      (costOf(costs, "UA", m.id)?.landedCostUsdPerTonne ?? Infinity),
  );
  const crpPk = v(values, KEYS.crp("PK"));
  const crpUa = v(values, KEYS.crp("UA"));
  const pvPk = data.countries.PK.politicalStability;
  const pvUa = data.countries.UA.politicalStability;
  const occupied = data.facts.ukraineOccupiedSharePct;
  const tests = [
    { ok: pkCheaper.length * 2 > sourced.length, known: true },
    { ok: crpPk <= crpUa, known: true },
    { ok: !!pvPk && !!pvUa && pvPk.value >= pvUa.value, known: !!pvPk && !!pvUa },
    { ok: !!occupied && occupied.value > 0, known: !!occupied },
  ];
  const known = tests.filter((t) => t.known);
  const wins = known.filter((t) => t.ok).length;
  const verdict: Verdict =
    known.length < 2 ? "not-enough-data" : wins >= 3 ? "holds" : wins <= 1 ? "does-not-hold" : "mixed";
  const reasons: Reason[] = [
    {
      label: "Minerals where Pakistan lands cheaper than Ukraine (sourced costs)",
      value: pkCheaper.length,
      unit: `of ${sourced.length}`,
      display: `${pkCheaper.length} of ${sourced.length}`,
      status: "derived",
    },
    {
      ...crpReason("Country risk premium, Pakistan vs Ukraine (scenario)", data, values, "PK", "UA"),
      value: crpPk - crpUa,
      display: `${formatNumber(crpPk, 2)} vs ${formatNumber(crpUa, 2)} points`,
    },
    {
      label: "Political stability percentile, Pakistan vs Ukraine (WGI)",
      value: pvPk && pvUa ? pvPk.value - pvUa.value : null,
      unit: "percentile",
      display: pvPk && pvUa ? `${formatNumber(pvPk.value, 1)} vs ${formatNumber(pvUa.value, 1)}` : "no value",
      sourceId: pvPk?.sourceId,
      status: pvPk?.status,
    },
    {
      label: "Share of Ukraine's metal deposits in Russian-controlled territory",
      value: occupied?.value ?? null,
      unit: "%",
      display: occupied ? `${formatNumber(occupied.value)} %` : "no value",
      sourceId: occupied?.sourceId,
      status: occupied?.status,
      country: "UA",
    },
  ];
  return {
    id: "C5",
    title: "Alongside Ukraine",
    claim: "While the US negotiates mineral rights with Ukraine, it should keep Pakistan in view as well.",
    verdict,
    summary: `Pakistan compares favourably with Ukraine on ${wins} of ${known.length} counts: cost (${pkCheaper.length} of ${sourced.length} minerals cheaper), risk premium (${formatNumber(crpPk, 2)} vs ${formatNumber(crpUa, 2)} points), political stability (${pvPk ? formatNumber(pvPk.value, 1) : "?"} vs ${pvUa ? formatNumber(pvUa.value, 1) : "?"}) and access (${occupied ? `${formatNumber(occupied.value)} %` : "an unknown share"} of Ukraine's metal deposits under occupation).`,
    reasons,
    perMineral: [],
  };
}

/** All five claims for one scenario. */
export function computeClaims(inputs: ClaimInputs): ClaimResult[] {
  return [
    claimResources(inputs),
    claimCheaper(inputs),
    claimStable(inputs),
    claimLessChina(inputs),
    claimUkraine(inputs),
  ];
}
