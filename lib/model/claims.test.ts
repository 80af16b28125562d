import { beforeAll, describe, expect, it } from "vitest";
import { type MineralId } from "../data/common";
import { MINERAL_IDS } from "../data/constants";
import { loadDataset } from "../data/load";
import { KEYS } from "./assumptions";
import { type DerivedBound } from "./bounds";
import { CONFIDENT, type ClaimProbabilities } from "./claim-draws";
import { BARS, PRECISION } from "./claim-tests";
import {
  type Clarity,
  clarity,
  claimCheaper,
  claimContext,
  claimLessChina,
  claimResources,
  claimStable,
  claimUkraine,
  type ClaimResult,
  THRESHOLDS,
  type Verdict,
  verdictOf,
} from "./claims";
import { buildModelContext, type ModelContext } from "./context";
import { type DependencyYear } from "./dependency";
import {
  claimInputs,
  costTable,
  dependencyOf,
  landedCost,
  mineralData,
  modelData,
  sourced,
} from "./fixtures";
import { presetValues } from "./presets";
import { runScenario } from "./scenario";
import { type ScenarioValues } from "./types";

/**
 * Every verdict threshold of the claims, on small hand-made inputs: a value just beyond, at and inside each bar's
 * precision, with the verdict expected; the rule from probabilities to verdicts. Then the real data: which
 * minerals each claim tests, and scenarios that reach each verdict (or why one cannot be reached).
 */

describe("the verdict rule: a probability of 0.8 / 0.2, and a point margin beyond the precision", () => {
  it.each<[number | null, Clarity, Verdict]>([
    [0.8, 1, "holds"],
    [0.7999, 1, "mixed"],
    [1, 0, "mixed"], // every draw holds, but the point margin is within the precision: no verdict rests on it
    [1, -1, "mixed"], // the draws and the point disagree
    [0.2, -1, "does-not-hold"],
    [0.2001, -1, "mixed"],
    [0, 0, "mixed"],
    [0.5, 1, "mixed"],
    [null, 1, "holds"], // no draws (the lab's slider path): the point margin decides
    [null, 0, "mixed"],
    [null, -1, "does-not-hold"],
  ])("probability %s, point margin %s → %s", (p, clear, verdict) => {
    expect(verdictOf(p, clear)).toBe(verdict);
  });

  it.each<[number, number, Clarity]>([
    [2.0001, 2, 1],
    [2, 2, 0],
    [-2, 2, 0],
    [-2.0001, 2, -1],
  ])("a margin of %s against a precision of %s is %s", (margin, precision, clear) => {
    expect(clarity(margin, precision)).toBe(clear);
  });

  it("states the bars, the precision and the confidence it uses", () => {
    expect(BARS).toEqual({ realChinaCutPp: 5, stablePercentile: 50, ukraineWins: 3 });
    expect(PRECISION.costPct).toBe(2);
    expect(CONFIDENT).toBe(0.8);
  });
});

/** Probabilities a test sets by hand (the rest absent), for the mapping from draws to verdicts. */
function probs(fields: Partial<ClaimProbabilities>): ClaimProbabilities {
  return {
    draws: 100,
    seed: 1,
    cheaper: { byMineral: {}, overall: null },
    stable: null,
    lessChina: { byMineral: {}, overall: null },
    ukraine: null,
    comparisons: {},
    ...fields,
  };
}

describe("C1: Pakistan's share of world reserves (5 % large, 1 % some)", () => {
  const c1 = (share: number | null) =>
    claimResources(
      claimContext(
        claimInputs({
          data: modelData({
            minerals: [mineralData("antimony", { reservesShare: { ...nulls(), PK: share } })],
          }),
        }),
      ),
    );

  it.each<[number | null, Verdict]>([
    ...bands(THRESHOLDS.largeReservesShare, THRESHOLDS.someReservesShare),
    [null, "not-enough-data"],
  ])("a share of %s → %s", (share, verdict) => {
    const claim = c1(share);
    expect(claim.perMineral[0]!.verdict).toBe(verdict);
    expect(claim.verdict).toBe(verdict);
  });

  it("takes the thresholds it states", () => {
    expect([THRESHOLDS.largeReservesShare, THRESHOLDS.someReservesShare]).toEqual([0.05, 0.01]);
  });

  // USGS prints world antimony reserves as ">2,000,000 t": Pakistan's share is at most what it computes to.
  it.each<[number, DerivedBound, Verdict]>([
    [0.08, "upper", "mixed"],
    [0.013, "upper", "mixed"],
    [0.009, "upper", "does-not-hold"],
    [0.06, "lower", "holds"],
    [0.02, "lower", "mixed"],
    [0.06, "unknown", "mixed"],
  ])("a share of %s bounded %s → %s, the bound carried to the reason", (share, bound, verdict) => {
    const claim = claimResources(
      claimContext(
        claimInputs({
          data: modelData({
            minerals: [
              mineralData("antimony", {
                reservesShare: { ...nulls(), PK: share },
                reservesShareBound: { ...nulls(), PK: bound },
              }),
            ],
          }),
        }),
      ),
    );
    const p = claim.perMineral[0]!;
    expect(p.verdict).toBe(verdict);
    expect(p.reasons.find((r) => r.id === "reserves-share")!.bound).toBe(bound);
    expect(p.summary).toMatchObject({ id: "reserves-share", bound });
  });

  it.each<[number, Verdict]>([
    [49_999_999, "mixed"],
    [50_000_000, "holds"],
  ])("copper unlisted by USGS: Reko Diq's %s t of 1,000 Mt world reserves → %s", (reserves, verdict) => {
    const copper = mineralData("copper", { worldReservesT: 1e9 });
    const claim = claimResources(
      claimContext(
        claimInputs({
          data: modelData({ minerals: [copper], facts: { rekoDiqReservesT: sourced(reserves, "reko") } }),
        }),
      ),
    );
    expect(claim.perMineral[0]!.verdict).toBe(verdict);
    expect(claim.perMineral[0]!.summary).toMatchObject({ id: "reserves-share", basis: "reko-diq" });
    expect(claim.perMineral[0]!.reasons.map((r) => r.id)).toEqual([
      "reserves-share",
      "production-share",
      "reko-diq-reserves-share",
    ]);
  });

  it.each<[(number | null)[], Verdict]>([
    [[0.06, 0.001], "holds"],
    [[0.02, null], "mixed"],
    [[0.001, null], "does-not-hold"],
    [[null, null], "not-enough-data"],
  ])("over minerals, the best one decides: %j → %s", (shares, verdict) => {
    const minerals = shares.map((s, i) =>
      mineralData(MINERAL_IDS[i]!, { reservesShare: { ...nulls(), PK: s } }),
    );
    const claim = claimResources(claimContext(claimInputs({ data: modelData({ minerals }) })));
    expect(claim.verdict).toBe(verdict);
    expect(claim.summary).toMatchObject({ id: "reserves", minerals: shares.length });
  });
});

describe("C2: Pakistan's landed cost against Australia's and Canada's, minerals on record only", () => {
  /** One mineral per entry, with Pakistan's landed cost against AU's and CA's. */
  const c2 = (
    minerals: { pk: number; au: number; ca: number; onRecord?: boolean }[],
    p: ClaimProbabilities | null = null,
  ) => {
    const ids = MINERAL_IDS.slice(0, minerals.length);
    return claimCheaper(
      claimContext(
        claimInputs({
          data: modelData({
            minerals: minerals.map((m, i) =>
              mineralData(ids[i]!, m.onRecord === false ? { onRecord: { ...nulls() } } : {}),
            ),
          }),
          costs: costTable(
            minerals.flatMap((m, i) => [
              landedCost("PK", ids[i]!, m.pk),
              landedCost("AU", ids[i]!, m.au),
              landedCost("CA", ids[i]!, m.ca),
            ]),
          ),
        }),
        p,
      ),
    );
  };

  it.each<[number, number, number, Verdict]>([
    // The benchmark is the cheaper of the two; the precision is 2 % of it.
    [97.99, 100, 120, "holds"],
    [98, 100, 120, "mixed"],
    [100, 100, 120, "mixed"],
    [102, 100, 120, "mixed"],
    [102.01, 100, 120, "does-not-hold"],
    [97.99, 120, 100, "holds"],
    [99.9, 100, 100, "mixed"], // 0.1 % cheaper: within the precision, whatever the sign
  ])("Pakistan at %s against %s and %s → %s", (pk, au, ca, verdict) => {
    const claim = c2([{ pk, au, ca }]);
    expect(claim.perMineral[0]!.verdict).toBe(verdict);
    expect(claim.verdict).toBe(verdict);
  });

  it("follows the draws: a clear point margin needs 80 % of them to hold", () => {
    const clear = [{ pk: 90, au: 100, ca: 100 }];
    const at = (p: number) =>
      c2(clear, probs({ cheaper: { byMineral: { [MINERAL_IDS[0]!]: p }, overall: p } }));
    expect(at(0.8).perMineral[0]).toMatchObject({ verdict: "holds", probability: 0.8 });
    expect(at(0.79).perMineral[0]).toMatchObject({ verdict: "mixed", probability: 0.79 });
    expect(at(0.8)).toMatchObject({ verdict: "holds", probability: 0.8 });
  });

  const BOTH = { pk: 1, au: 2, ca: 2 };
  const TIE = { pk: 2, au: 2, ca: 3 };
  const NEITHER = { pk: 3, au: 1, ca: 2 };
  it.each<[string, (typeof BOTH)[], Verdict]>([
    ["3 of 3 cheaper", [BOTH, BOTH, BOTH], "holds"],
    ["2 of 3 (more than half)", [BOTH, BOTH, NEITHER], "holds"],
    ["1 of 3, one tie", [BOTH, TIE, NEITHER], "mixed"],
    ["1 of 3", [BOTH, NEITHER, NEITHER], "does-not-hold"],
    ["2 of 4 (half is not more than half)", [BOTH, BOTH, NEITHER, NEITHER], "does-not-hold"],
    ["2 of 4 and a tie could tip it", [BOTH, BOTH, TIE, NEITHER], "mixed"],
  ])("over minerals, more than half must be cheaper: %s → %s", (_, minerals, verdict) => {
    expect(c2(minerals).verdict).toBe(verdict);
  });

  it("tests only minerals Pakistan has on record; with none, not enough data", () => {
    const claim = c2([BOTH, { ...NEITHER, onRecord: false }, { ...NEITHER, onRecord: false }]);
    expect(claim.perMineral.map((p) => p.verdict)).toEqual(["holds", "not-enough-data", "not-enough-data"]);
    expect(claim.perMineral[1]).toMatchObject({ summary: { id: "not-on-record" }, reasons: [] });
    expect(claim.verdict).toBe("holds");
    expect(claim.summary).toMatchObject({
      id: "cheaper",
      tested: [MINERAL_IDS[0]],
      untested: MINERAL_IDS.slice(1, 3),
    });
    expect(c2([{ ...BOTH, onRecord: false }]).verdict).toBe("not-enough-data");
  });

  it("states the gaps and the labour part, worked by hand", () => {
    const claim = claimCheaper(
      claimContext(
        claimInputs({
          data: modelData({ minerals: [mineralData("copper")] }),
          costs: costTable([
            landedCost("PK", "copper", 90, { labor: 10 }),
            landedCost("AU", "copper", 120, { labor: 40 }),
            landedCost("CA", "copper", 80, { labor: 30 }),
          ]),
        }),
      ),
    );
    // (90 − 120) / 120 = −25 %; (90 − 80) / 80 = +12.5 %; labour 10 − 40 = −30 USD/t.
    const byId = Object.fromEntries(claim.perMineral[0]!.reasons.map((r) => [r.id, r]));
    expect(byId["gap-vs-AU"]!.value).toBeCloseTo(-25, 12);
    expect(byId["gap-vs-CA"]!.value).toBeCloseTo(12.5, 12);
    expect(byId["labour-gap-vs-AU"]).toMatchObject({ value: -30, sides: [10, 40] });
    // 12.5 % dearer than Canada: clearly not below both.
    expect(claim.verdict).toBe("does-not-hold");
  });
});

describe("C3: political stability at the 50th percentile, within WGI's bounds; risk costs per mineral", () => {
  /** Pakistan at a WGI percentile, with risk costing `riskPct` % of a 100 USD/t landed copper cost. */
  const c3 = (percentile: number | null, p: ClaimProbabilities | null = null, riskPct = 10) =>
    claimStable(
      claimContext(
        claimInputs({
          data: modelData({
            minerals: [mineralData("copper"), mineralData("lithium", { onRecord: { ...nulls() } })],
            countries: { PK: { politicalStability: percentile === null ? null : sourced(percentile) } },
          }),
          costs: costTable([landedCost("PK", "copper", 100, { security: riskPct }, riskPct)]),
        }),
        p,
      ),
    );

  it.each<[number, Verdict]>([
    [51.01, "holds"],
    [51, "mixed"],
    [50, "mixed"],
    [49, "mixed"],
    [48.99, "does-not-hold"],
    [6.6, "does-not-hold"],
  ])("percentile %s (precision one point) → %s", (percentile, verdict) => {
    expect(c3(percentile).verdict).toBe(verdict);
  });

  it("follows the draws of the rank within its bounds", () => {
    expect(c3(60, probs({ stable: 0.85 }))).toMatchObject({ verdict: "holds", probability: 0.85 });
    expect(c3(60, probs({ stable: 0.6 }))).toMatchObject({ verdict: "mixed", probability: 0.6 });
  });

  it("reports what risk costs per mineral, never summed, and does not let it decide", () => {
    const cheap = c3(10, null, 1);
    const dear = c3(10, null, 40);
    expect([cheap.verdict, dear.verdict]).toEqual(["does-not-hold", "does-not-hold"]);
    expect(dear.perMineral[0]!.reasons).toEqual([
      expect.objectContaining({ id: "risk-share", mineral: "copper", value: 40 }),
    ]);
    // Lithium: nothing on record, so no Pakistani cost of risk to report.
    expect(dear.perMineral[1]).toMatchObject({
      verdict: "not-enough-data",
      summary: { id: "not-on-record" },
    });
  });

  it("no governance data is not enough data", () => {
    expect(c3(null).verdict).toBe("not-enough-data");
  });
});
describe("C4: the cut in China's share of US supply at each stage (a 5-point bar)", () => {
  /** Antimony with China at 50 % of US supply at both stages unless set, and Pakistan's cut at each stage. */
  const c4 = (
    cut: { mining?: number; refining?: number },
    now: { mining?: number; refining?: number } = { mining: 0.5, refining: 0.5 },
    year: Partial<DependencyYear> = {},
  ) =>
    claimLessChina(
      claimContext(
        claimInputs({
          data: modelData({ minerals: [mineralData("antimony")] }),
          dependency: [
            dependencyOf(
              "antimony",
              { year: 2030, pakistanCut: { mining: 0, refining: 0, ...cut }, ...year },
              { mining: 0, refining: 0, ...now },
            ),
          ],
        }),
      ),
    );

  it.each<[number, Verdict]>([
    [0.0551, "holds"],
    [0.055, "mixed"],
    [0.045, "mixed"],
    [0.0449, "does-not-hold"],
    [0, "does-not-hold"],
  ])(
    "Pakistan cutting China's refining-stage share by %s of US demand (precision half a point) → %s",
    (cut, verdict) => {
      const claim = c4({ refining: cut });
      expect(claim.verdict).toBe(verdict);
      expect(claim.summary).toMatchObject({
        id: "largest-cut",
        mineral: "antimony",
        cutPp: cut * 100,
        stage: "refining",
      });
    },
  );

  it("rests on the stage where China holds more of US supply, and reports both", () => {
    // China mines 60 % of US supply but refines only 20 %: the mining stage decides, the refining cut is reported.
    const claim = c4({ mining: 0.06, refining: 0.001 }, { mining: 0.6, refining: 0.2 });
    expect(claim.perMineral[0]).toMatchObject({
      verdict: "holds",
      summary: { id: "supply-shares", stage: "mining", chinaShareBaseline: 0.6, cutPp: 6 },
    });
    const cuts = claim.perMineral[0]!.reasons.filter((r) => r.id === "pakistan-cut");
    expect(cuts.map((r) => [r.stage, r.value])).toEqual([
      ["mining", 6],
      ["refining", 0.1],
    ]);
    // The other way round, refining decides: the same cuts read "does not hold".
    expect(c4({ mining: 0.06, refining: 0.001 }, { mining: 0.2, refining: 0.6 }).verdict).toBe(
      "does-not-hold",
    );
  });

  it("on a tie, rests on the refining stage", () => {
    expect(c4({ mining: 0.06, refining: 0 }).perMineral[0]!.summary).toMatchObject({ stage: "refining" });
  });

  it("Pakistani supply refined in China adds to China's share: does not hold, even where China held none", () => {
    const claim = c4({ refining: -0.0267 }, { mining: 0, refining: 0 });
    expect(claim.perMineral[0]).toMatchObject({
      verdict: "does-not-hold",
      summary: { id: "supply-shares", stage: "refining", cutPp: -2.67 },
    });
  });

  it("a mineral China neither mines nor refines for the US is not enough data", () => {
    const claim = c4({ mining: 0.2, refining: 0.2 }, { mining: 0, refining: 0 });
    expect(claim.perMineral[0]).toMatchObject({
      verdict: "not-enough-data",
      summary: { id: "no-china-exposure" },
    });
    expect(claim).toMatchObject({ verdict: "not-enough-data", summary: { id: "no-china-exposure" } });
  });

  it("reads the target year, or the last year of the outlook when it has no result for it", () => {
    const claim = claimLessChina(
      claimContext(
        claimInputs({
          data: modelData({ minerals: [mineralData("antimony")] }),
          values: { [KEYS.targetYear]: 2035 },
          dependency: [
            dependencyOf(
              "antimony",
              { year: 2031, pakistanCut: { mining: 0.02, refining: 0.02 } },
              { mining: 0.5, refining: 0.5 },
            ),
          ],
        }),
      ),
    );
    expect(claim.perMineral[0]!.summary).toMatchObject({ id: "supply-shares", year: 2031 });
    expect(claim.reasons.find((r) => r.id === "pakistan-cut")).toMatchObject({
      value: 2,
      year: 2031,
      stage: "refining",
    });
  });

  it("tests only minerals Pakistan has on record", () => {
    const claim = claimLessChina(
      claimContext(
        claimInputs({
          data: modelData({ minerals: [mineralData("antimony", { onRecord: { ...nulls() } })] }),
          dependency: [dependencyOf("antimony", { year: 2030 }, { mining: 0.5, refining: 0.5 })],
        }),
      ),
    );
    expect(claim.perMineral[0]).toMatchObject({
      verdict: "not-enough-data",
      summary: { id: "not-on-record" },
    });
    expect(claim.verdict).toBe("not-enough-data");
  });
});

describe("C5: Pakistan against Ukraine on four counts (ahead on three holds)", () => {
  /**
   * Two minerals both countries have on record, Australia and Canada at 100 USD/t: Pakistan below them for
   * `pkCheaper` of the two, Ukraine for both or neither; the risk premiums, the WGI ranks (null: no data) and
   * Ukraine's occupied share (null: no data). Pakistan has nothing out of reach.
   */
  const c5 = (t: {
    pkCheaper: number;
    uaCheaper: boolean;
    crp: [number, number];
    stability: [number, number] | null;
    occupied: number | null;
  }) => {
    const ids: MineralId[] = ["copper", "lithium"];
    return claimUkraine(
      claimContext(
        claimInputs({
          data: modelData({
            minerals: ids.map((id) => mineralData(id)),
            countries: t.stability
              ? {
                  PK: { politicalStability: sourced(t.stability[0]) },
                  UA: { politicalStability: sourced(t.stability[1]) },
                }
              : {},
            facts: { ukraineOccupiedSharePct: t.occupied === null ? null : sourced(t.occupied) },
          }),
          values: { [KEYS.crp("PK")]: t.crp[0], [KEYS.crp("UA")]: t.crp[1] },
          costs: costTable(
            ids.flatMap((id, i) => [
              landedCost("PK", id, i < t.pkCheaper ? 90 : 110),
              landedCost("UA", id, t.uaCheaper ? 90 : 110),
              landedCost("AU", id, 100),
              landedCost("CA", id, 100),
            ]),
          ),
        }),
      ),
    );
  };

  type Row = [
    string,
    number,
    boolean,
    number,
    number,
    number | null,
    number | null,
    number | null,
    number,
    Verdict,
  ];
  it.each<Row>([
    // Count; Pakistan cheaper for n of 2; Ukraine cheaper; premiums PK / UA; ranks PK / UA; occupied %; wins; verdict.
    ["all four", 2, false, 10, 12, 10, 5, 20, 4, "holds"],
    ["three: neither undercuts the benchmarks (a tie on cost)", 0, false, 10, 12, 10, 5, 20, 3, "holds"],
    ["three: equal premiums are a tie", 2, false, 12, 12, 10, 5, 20, 3, "holds"],
    [
      "two, and a premium 0.01 points higher is within the precision",
      0,
      false,
      12.01,
      12,
      10,
      5,
      20,
      2,
      "mixed",
    ],
    ["one: clearly behind on premium and rank", 0, false, 13, 12, 3.9, 5, 20, 1, "does-not-hold"],
    ["none: Ukraine cheaper, nothing occupied", 0, true, 13, 12, 3, 5, 0, 0, "does-not-hold"],
    ["two counts known: not enough data", 2, false, 10, 12, null, null, null, 2, "not-enough-data"],
  ])("%s → %s wins, %s", (...row) => {
    const [, pkCheaper, uaCheaper, crpPk, crpUa, rankPk, rankUa, occupied, wins, verdict] = row;
    const stability = rankPk === null || rankUa === null ? null : ([rankPk, rankUa] as [number, number]);
    const claim = c5({ pkCheaper, uaCheaper, crp: [crpPk, crpUa], stability, occupied });
    expect(claim.summary).toMatchObject({ id: "against-ukraine", wins });
    expect(claim.verdict).toBe(verdict);
  });

  it("counts security incidents and deposits out of reach for both countries", () => {
    const claim = c5({ pkCheaper: 1, uaCheaper: false, crp: [10, 12], stability: [10, 5], occupied: 20 });
    const incidents = claim.reasons.filter((r) => r.id === "security-incidents").map((r) => r.country);
    expect(incidents).toEqual(["PK", "UA"]);
    expect(claim.reasons.map((r) => r.id)).toEqual(
      expect.arrayContaining(["occupied-share", "out-of-reach-share", "undercut-share"]),
    );
  });
});

describe("the real data: what each claim tests, and the verdicts scenarios can reach", () => {
  let ctx: ModelContext;
  let defaults: ScenarioValues;
  const point = (values: ScenarioValues) =>
    Object.fromEntries(runScenario(ctx.data, values).claims.map((c) => [c.id, c])) as Record<
      string,
      ClaimResult
    >;
  const preset = (id: string) =>
    presetValues(
      ctx.table,
      ctx.presets.find((p) => p.id === id)!,
    );
  beforeAll(() => {
    ctx = buildModelContext(loadDataset());
    defaults = presetValues(ctx.table, ctx.presets[0]!);
  });
  const tested = (c: ClaimResult) =>
    c.perMineral.filter((p) => p.verdict !== "not-enough-data").map((p) => p.mineral);

  it("C1: copper through Reko Diq and antimony through USGS, both between 1 % and 5 %", () => {
    const c1 = point(defaults).C1!;
    expect(c1.verdict).toBe("mixed");
    const summary = c1.summary;
    if (summary.id !== "reserves") throw new Error(summary.id);
    expect(summary.listed.map((l) => l.mineral)).toEqual(["copper", "antimony"]);
    // Reko Diq's 15 Mt over the USGS world copper reserves.
    const copper = ctx.data.minerals.find((m) => m.id === "copper")!;
    expect(summary.listed[0]!.share).toBeCloseTo(15e6 / copper.worldReservesT!, 12);
    // World antimony reserves are printed ">2,000,000 t": Pakistan's 1.3 % is an upper bound, shown "≤ 1.3 %".
    expect(summary.listed[1]).toMatchObject({ mineral: "antimony", bound: "upper" });
    expect(summary.listed[1]!.share).toBeCloseTo(0.013, 3);
  });

  it("C2 tests copper, antimony and chromium only: lithium, rare earths and graphite have no Pakistani deposit", () => {
    const c2 = point(defaults).C2!;
    expect(tested(c2)).toEqual(["copper", "antimony", "chromium"]);
    for (const id of ["lithium", "rare-earths", "graphite"])
      expect(c2.perMineral.find((p) => p.mineral === id)!.summary).toEqual({ id: "not-on-record" });
  });

  it("C2 reaches every verdict: holds in the article's framing, does not hold in the stress case, mixed between", () => {
    expect(point(preset("article-framing")).C2!.verdict).toBe("holds");
    expect(point(preset("stress-case")).C2!.verdict).toBe("does-not-hold");
    // Copper cheaper, chromium dearer, antimony within reach of either: a premium that splits them.
    expect(point({ ...defaults, [KEYS.crp("PK")]: 9 }).C2!.verdict).toBe("mixed");
  });

  it("C3 cannot be moved by any slider: it rests on WGI's published rank, the 6.6th percentile", () => {
    for (const values of [
      defaults,
      preset("article-framing"),
      preset("stress-case"),
      { ...defaults, [KEYS.crp("PK")]: 0 },
    ])
      expect(point(values).C3!.verdict).toBe("does-not-hold");
    expect(point(defaults).C3!.summary).toMatchObject({ id: "stability" });
  });

  it("C4 cannot reach its bar on the data: Pakistan's antimony is about 1 % of US use, and its copper is not China-supplied", () => {
    // Everything Pakistan has, all of it sold to the US, all China-processed supply moved, by 2035.
    const most = {
      ...defaults,
      [KEYS.exportable("PK")]: 100,
      [KEYS.resourcingShare]: 100,
      [KEYS.targetYear]: 2035,
      [KEYS.weight("PK")]: 100,
    };
    const c4 = point(most).C4!;
    expect(c4.summary).toMatchObject({ id: "largest-cut", mineral: "antimony" });
    if (c4.summary.id !== "largest-cut") throw new Error(c4.summary.id);
    expect(c4.summary.cutPp).toBeGreaterThan(0);
    expect(c4.summary.cutPp).toBeLessThan(BARS.realChinaCutPp);
    expect(c4.verdict).toBe("does-not-hold");
  });

  it("C5 counts both sides: Pakistan ahead on risk premium and access, behind on stability", () => {
    const c5 = point(defaults).C5!;
    expect(c5.summary).toMatchObject({ id: "against-ukraine", known: 4 });
    if (c5.summary.id !== "against-ukraine") throw new Error(c5.summary.id);
    expect(c5.summary.stabilityPk!).toBeLessThan(c5.summary.stabilityUa!);
    expect(c5.summary.crpPk).toBeLessThan(c5.summary.crpUa);
    // Every risk premium the article's framing sets to Australia's: the premium count becomes a tie.
    expect(point(preset("article-framing")).C5!.verdict).not.toBe("holds");
  });
});

function bands(high: number, low: number): [number, Verdict][] {
  // Rounded so that 0.05 + 0.0001 is 0.0501, not 0.050100000000000006.
  const near = (x: number, by: number) => Number((x + by).toPrecision(6));
  return [
    [near(high, 0.0001), "holds"],
    [high, "holds"],
    [near(high, -0.0001), "mixed"],
    [near(low, 0.0001), "mixed"],
    [low, "mixed"],
    [near(low, -0.0001), "does-not-hold"],
    [0, "does-not-hold"],
  ];
}

function nulls(): Record<"PK" | "AU" | "CA" | "UA" | "CN", null> {
  return { PK: null, AU: null, CA: null, UA: null, CN: null };
}
