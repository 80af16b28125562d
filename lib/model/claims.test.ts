import { type DependencyYear } from "./dependency";
import { beforeAll, describe, expect, it } from "vitest";
import { type MineralId } from "../data/common";
import { MINERAL_IDS } from "../data/constants";
import { KEYS } from "./assumptions";
import {
  claimCheaper,
  claimLessChina,
  claimResources,
  claimStable,
  claimUkraine,
  type ClaimResult,
  THRESHOLDS,
  type Verdict,
} from "./claims";
import { buildModelContext, type ModelContext } from "./context";
import {
  claimInputs,
  costTable,
  dependencyOf,
  landedCost,
  mineralData,
  modelData,
  sourced,
} from "./fixtures";
import { loadDataset } from "../data/load";
import { presetValues } from "./presets";
import { runScenario } from "./scenario";

/**
 * Every verdict threshold of the claims, on small hand-made inputs: a value just below, at and just above each
 * bar, with the verdict expected. Then a few worked examples on the real data.
 */

describe("C1: Pakistan's share of world reserves (5 % large, 1 % some)", () => {
  const c1 = (share: number | null) =>
    claimResources(
      claimInputs({
        data: modelData({
          minerals: [mineralData("antimony", { reservesShare: { ...nulls(), PK: share } })],
        }),
      }),
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

  it.each<[number, Verdict]>([
    [49_999_999, "mixed"],
    [50_000_000, "holds"],
  ])("copper unlisted by USGS: Reko Diq's %s t of 1,000 Mt world reserves → %s", (reserves, verdict) => {
    const copper = mineralData("copper", { worldReservesT: 1e9 });
    const claim = claimResources(
      claimInputs({
        data: modelData({ minerals: [copper], facts: { rekoDiqReservesT: sourced(reserves, "reko") } }),
      }),
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
    const claim = claimResources(claimInputs({ data: modelData({ minerals }) }));
    expect(claim.verdict).toBe(verdict);
    expect(claim.summary).toMatchObject({ id: "reserves", minerals: shares.length });
  });
});

describe("C2: Pakistan's landed cost against Australia's and Canada's", () => {
  /** One sourced mineral per entry, Pakistan's landed cost against AU's and CA's. */
  const c2 = (...minerals: { pk: number; au: number; ca: number; basis?: "sourced" | "assumption" }[]) => {
    const ids = MINERAL_IDS.slice(0, minerals.length);
    return claimCheaper(
      claimInputs({
        data: modelData({
          minerals: minerals.map((m, i) => mineralData(ids[i]!, { costBasis: m.basis ?? "sourced" })),
        }),
        costs: costTable(
          minerals.flatMap((m, i) => [
            landedCost("PK", ids[i]!, m.pk),
            landedCost("AU", ids[i]!, m.au),
            landedCost("CA", ids[i]!, m.ca),
          ]),
        ),
      }),
    );
  };

  it.each<[number, number, number, Verdict]>([
    [99.99, 100, 120, "holds"],
    [100, 100, 120, "mixed"],
    [100.01, 100, 120, "mixed"],
    [119.99, 100, 120, "mixed"],
    [120, 100, 120, "does-not-hold"],
    [120.01, 100, 120, "does-not-hold"],
    [99.99, 100, 100, "holds"],
    [100, 100, 100, "does-not-hold"],
  ])("Pakistan at %s against %s and %s → %s (cheaper means strictly below)", (pk, au, ca, verdict) => {
    const claim = c2({ pk, au, ca });
    expect(claim.perMineral[0]!.verdict).toBe(verdict);
    expect(claim.verdict).toBe(verdict);
  });

  const BOTH = { pk: 1, au: 2, ca: 2 };
  const ONE = { pk: 2, au: 1, ca: 3 };
  const NEITHER = { pk: 3, au: 1, ca: 2 };
  it.each<[string, (typeof BOTH)[], Verdict]>([
    ["4 of 4 cheaper than both", [BOTH, BOTH, BOTH, BOTH], "holds"],
    ["3 of 4 (¾, at the bar)", [BOTH, BOTH, BOTH, ONE], "holds"],
    ["2 of 4 (below the bar)", [BOTH, BOTH, ONE, ONE], "mixed"],
    ["6 of 8 (¾)", [...Array(6).fill(BOTH), ONE, NEITHER], "holds"],
    ["5 of 8 (just below ¾)", [...Array(5).fill(BOTH), ONE, ONE, NEITHER], "mixed"],
    ["3 of 4 dearer than both", [NEITHER, NEITHER, NEITHER, BOTH], "does-not-hold"],
    ["2 of 4 dearer than both", [NEITHER, NEITHER, ONE, BOTH], "mixed"],
    ["4 of 5 dearer (over ¾)", [NEITHER, NEITHER, NEITHER, NEITHER, BOTH], "does-not-hold"],
    ["3 of 5 dearer (under ¾)", [NEITHER, NEITHER, NEITHER, BOTH, BOTH], "mixed"],
  ])("the ≥ ¾ majority over minerals: %s → %s", (_, minerals, verdict) => {
    expect(c2(...minerals).verdict).toBe(verdict);
  });

  it("counts only minerals with sourced costs, and none at all is not enough data", () => {
    const assumed = { ...NEITHER, basis: "assumption" as const };
    expect(c2(BOTH, BOTH, BOTH, assumed, assumed).verdict).toBe("holds");
    expect(c2(assumed).verdict).toBe("not-enough-data");
  });

  it("a mineral without costs is not enough data and does not count", () => {
    const claim = claimCheaper(claimInputs({ data: modelData({ minerals: [mineralData("copper")] }) }));
    expect(claim.perMineral[0]).toMatchObject({
      verdict: "not-enough-data",
      summary: { id: "no-cost-data" },
    });
    expect(claim.verdict).toBe("not-enough-data");
  });

  it("states the gaps and the labour part, worked by hand", () => {
    const claim = claimCheaper(
      claimInputs({
        data: modelData({ minerals: [mineralData("copper")] }),
        costs: costTable([
          landedCost("PK", "copper", 90, { labor: 10 }),
          landedCost("AU", "copper", 120, { labor: 40 }),
          landedCost("CA", "copper", 80, { labor: 30 }),
        ]),
      }),
    );
    // (90 − 120) / 120 = −25 %; (90 − 80) / 80 = +12.5 %; labour 10 − 40 = −30 USD/t.
    const byId = Object.fromEntries(claim.perMineral[0]!.reasons.map((r) => [r.id, r]));
    expect(byId["gap-vs-AU"]!.value).toBeCloseTo(-25, 12);
    expect(byId["gap-vs-CA"]!.value).toBeCloseTo(12.5, 12);
    expect(byId["labour-gap-vs-AU"]).toMatchObject({ value: -30, sides: [10, 40] });
    expect(claim.summary).toEqual({
      id: "cheaper",
      sourced: ["copper"],
      cheaperThanBoth: 0,
      cheaperThanOne: 1,
    });
  });
});

describe("C3: political stability (25th / 50th percentile) and the 5 % priced-risk share", () => {
  /** Pakistan at a WGI percentile, with risk costing `riskPct` % of a 100 USD/t landed cost. */
  const c3 = (percentile: number | null, riskPct = 10) =>
    claimStable(
      claimInputs({
        data: modelData({
          minerals: [mineralData("copper")],
          countries: { PK: { politicalStability: percentile === null ? null : sourced(percentile) } },
        }),
        costs: costTable([landedCost("PK", "copper", 100, { security: riskPct }, riskPct)]),
      }),
    );

  it.each<[number, Verdict]>([
    [50.1, "holds"],
    [50, "holds"],
    [49.9, "mixed"],
    [25.1, "mixed"],
    [25, "mixed"],
    [24.9, "does-not-hold"],
  ])("percentile %s, risk priced at 10 % → %s", (percentile, verdict) => {
    expect(c3(percentile).verdict).toBe(verdict);
  });

  it.each<[number, Verdict]>([
    [5.01, "does-not-hold"],
    [5, "does-not-hold"],
    [4.99, "mixed"],
    [0, "mixed"],
  ])("below the 25th percentile, risk at %s % of landed cost → %s", (riskPct, verdict) => {
    const claim = c3(10, riskPct);
    expect(claim.verdict).toBe(verdict);
    expect(claim.reasons.find((r) => r.id === "risk-share")!.value).toBeCloseTo(riskPct, 10);
  });

  it("no governance data is not enough data", () => {
    expect(c3(null).verdict).toBe("not-enough-data");
  });

  it("sums the cost of risk over the minerals with sourced costs, worked by hand", () => {
    // Copper: risk 15 of a landed cost of 150; lithium: risk 5 of 100. (15 + 5) ÷ (150 + 100) = 8 %.
    const claim = claimStable(
      claimInputs({
        data: modelData({
          minerals: [mineralData("copper"), mineralData("lithium")],
          countries: { PK: { politicalStability: sourced(10) } },
        }),
        costs: costTable([
          landedCost("PK", "copper", 150, { capital: 60, security: 2, insurance: 3 }, 15),
          landedCost("PK", "lithium", 100, {}, 5),
        ]),
      }),
    );
    expect(claim.summary).toMatchObject({ id: "unstable-priced", percentile: 10 });
    expect(claim.reasons.find((r) => r.id === "risk-share")!.value).toBeCloseTo(8, 10);
  });
});

describe("C4: the cut in China's share of US supply at each stage (5 / 1 points)", () => {
  /** Antimony with China at 50 % of US supply at both stages unless set, and Pakistan's cut at each stage. */
  const c4 = (
    cut: { mining?: number; refining?: number },
    now: { mining?: number; refining?: number } = { mining: 0.5, refining: 0.5 },
    year: Partial<DependencyYear> = {},
  ) =>
    claimLessChina(
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
    );

  it("takes the thresholds it states", () => {
    expect([THRESHOLDS.realChinaCutPp, THRESHOLDS.someChinaCutPp]).toEqual([5, 1]);
  });

  it.each(bands(THRESHOLDS.realChinaCutPp / 100, THRESHOLDS.someChinaCutPp / 100))(
    "Pakistan cutting China's refining-stage share by %s of US demand → %s",
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
    );
    expect(claim.perMineral[0]!.summary).toMatchObject({ id: "supply-shares", year: 2031 });
    expect(claim.reasons.find((r) => r.id === "pakistan-cut")).toMatchObject({
      value: 2,
      year: 2031,
      stage: "refining",
    });
  });
});

describe("C5: Pakistan against Ukraine (3–4 / 2 / 0–1 wins)", () => {
  /**
   * Two sourced minerals; `cheaper` of them cheaper in Pakistan (a win needs both: a strict majority), the risk
   * premiums, the stability percentiles (null: no data) and Ukraine's occupied share (null: no data).
   */
  const c5 = (t: {
    cheaper: number;
    crp: [number, number];
    stability: [number, number] | null;
    occupied: number | null;
  }) => {
    const ids: MineralId[] = ["copper", "lithium"];
    return claimUkraine(
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
          ids.flatMap((id, i) => [landedCost("PK", id, i < t.cheaper ? 90 : 110), landedCost("UA", id, 100)]),
        ),
      }),
    );
  };

  type Row = [string, number, number, number, number | null, number | null, number | null, number, Verdict];
  it.each<Row>([
    // Count, cheaper of 2 minerals, risk premium PK / UA, WGI rank PK / UA, occupied %, wins, verdict.
    ["all four", 2, 10, 12, 10, 5, 20, 4, "holds"],
    ["equal premiums and ranks count for Pakistan", 2, 12, 12, 5, 5, 20, 4, "holds"],
    ["three: cheaper for only half the minerals", 1, 10, 12, 10, 5, 20, 3, "holds"],
    ["two: a premium 0.01 points higher", 1, 12.01, 12, 10, 5, 20, 2, "mixed"],
    ["one: a rank 0.1 below", 1, 12.01, 12, 4.9, 5, 20, 1, "does-not-hold"],
    ["none: nothing occupied", 0, 13, 12, 4, 5, 0, 0, "does-not-hold"],
    ["two of the two known counts", 2, 10, 12, null, null, null, 2, "mixed"],
  ])("%s (%s cheaper, premiums %s/%s, ranks %s/%s, %s %) → %s wins", (...row) => {
    const [, cheaper, crpPk, crpUa, rankPk, rankUa, occupied, wins, verdict] = row;
    const stability = rankPk === null || rankUa === null ? null : ([rankPk, rankUa] as [number, number]);
    const claim = c5({ cheaper, crp: [crpPk, crpUa], stability, occupied });
    expect(claim.summary).toMatchObject({ id: "against-ukraine", wins });
    expect(claim.verdict).toBe(verdict);
  });
});

describe("worked examples on the real data (Evidence baseline)", () => {
  let ctx: ModelContext;
  let claims: Record<string, ClaimResult>;
  beforeAll(() => {
    ctx = buildModelContext(loadDataset());
    claims = Object.fromEntries(
      runScenario(ctx.data, presetValues(ctx.table, ctx.presets[0]!)).claims.map((c) => [c.id, c]),
    );
  });

  it("C1: copper through Reko Diq and antimony through USGS, both between 1 % and 5 %", () => {
    expect(claims.C1!.verdict).toBe("mixed");
    const summary = claims.C1!.summary;
    if (summary.id !== "reserves") throw new Error(summary.id);
    expect(summary.listed.map((l) => l.mineral)).toEqual(["copper", "antimony"]);
    expect(summary.large).toEqual([]);
    // Reko Diq's 15 Mt over the USGS world copper reserves.
    const copper = ctx.data.minerals.find((m) => m.id === "copper")!;
    expect(summary.listed[0]!.share).toBeCloseTo(15e6 / copper.worldReservesT!, 12);
  });

  it("C3: Pakistan at the 6.6th WGI percentile with risk priced above 5 % does not hold", () => {
    expect(claims.C3!.summary).toMatchObject({ id: "unstable-priced" });
    expect(
      claims.C3!.reasons.find((r) => r.id === "political-stability" && r.country === "PK")!.value,
    ).toBeCloseTo(6.6, 1);
  });

  it("C5: three of four counts favour Pakistan (Ukraine's premium is 16.02 against 12.02)", () => {
    expect(claims.C5!.summary).toMatchObject({
      id: "against-ukraine",
      wins: 3,
      known: 4,
      crpPk: 12.02,
      crpUa: 16.02,
    });
    expect(claims.C5!.verdict).toBe("holds");
  });
});

/**
 * Values just above, at and just below a claim's two bars (as 0–1 shares, 0.01 points apart) and the verdict each
 * gets: at or above the high bar holds, at or above the low bar mixed, below it does not hold.
 */
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
