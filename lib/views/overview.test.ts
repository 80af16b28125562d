import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { type ClaimResult } from "../model/claims";
import { type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { runScenario } from "../model/scenario";
import { buildOverviewView, type ClaimCard, selectKeyNumbers } from "./overview";

let ctx: ModelContext;
let claims: Record<string, ClaimResult>;

beforeAll(() => {
  ctx = loadModelContext();
  // As the overview runs it: with the claims' Monte Carlo (the evidence baseline fixes nothing).
  const result = runScenario(ctx.data, presetValues(ctx.table, ctx.presets[0]!), { table: ctx.table });
  claims = Object.fromEntries(result.claims.map((c) => [c.id, c]));
});

const view = (preset: string, query = "") => {
  const p = ctx.presets.find((x) => x.id === preset)!;
  return buildOverviewView({ preset, values: presetValues(ctx.table, p), query });
};

describe("selectKeyNumbers (Evidence baseline)", () => {
  it("gives every card two or three numbers, each with a source, a method note or a list to check", () => {
    for (const claim of Object.values(claims)) {
      const numbers = selectKeyNumbers(claim);
      expect(numbers.length, claim.id).toBeGreaterThanOrEqual(2);
      expect(numbers.length, claim.id).toBeLessThanOrEqual(3);
      for (const n of numbers)
        expect(n.sourceId ?? n.method ?? n.href, `${claim.id}: ${n.label}`).toBeTruthy();
    }
  });

  it("shows C1's reserves shares with their sources", () => {
    const [copper, antimony] = selectKeyNumbers(claims.C1!);
    expect(copper).toMatchObject({ display: "1.5 %", sourceId: "miningtechnology-reko-diq-2025-04" });
    expect(antimony).toMatchObject({
      label: "Pakistan's share of world antimony reserves (USGS)",
      display: "≤ 1.3 %",
      sourceId: "usgs-mcs2025-antimony",
    });
  });

  it("puts the copper comparison and the labour part alone on C2, named by mineral", () => {
    const numbers = selectKeyNumbers(claims.C2!);
    expect(numbers.map((n) => n.label)).toEqual([
      "Copper — Pakistan vs Australia",
      "Copper — Pakistan vs Canada",
      "Copper — Labour cost alone, Pakistan vs Australia",
    ]);
    expect(numbers[0]!.method).toBe("method-cost");
  });

  it("traces C3's risk premium to its source", () => {
    const crp = selectKeyNumbers(claims.C3!).find((n) => /risk premium/.test(n.label))!;
    expect(crp).toMatchObject({
      display: "12.02 points",
      sourceId: "damodaran-crp-2025-01",
      status: "secondary",
    });
  });

  it("picks C4's mineral with the largest possible cut (antimony in the baseline)", () => {
    const numbers = selectKeyNumbers(claims.C4!);
    expect(numbers[0]!.label).toContain("antimony");
    expect(numbers[2]).toMatchObject({
      label: "Antimony — Cut due to Pakistan at the refining stage by 2030",
      method: "method-dependency",
    });
  });

  it("links a count of security incidents to the list of events it counts", () => {
    const incidents = claims.C3!.reasons.filter((r) => r.id === "security-incidents");
    // A card listing the claim's own reasons (C1's rule) shows the count with a link to the events counted.
    expect(selectKeyNumbers({ ...claims.C3!, id: "C1", reasons: incidents })).toEqual([
      expect.objectContaining({ href: "/countries/PK#events", sourceId: null, method: null }),
    ]);
  });
});

describe("buildOverviewView", () => {
  let cards: ClaimCard[];
  beforeAll(() => {
    cards = view("evidence-baseline").cards;
  });

  it("has a card per claim with its heading, verdict, words and a chart", () => {
    expect(cards.map((c) => c.heading)).toEqual([
      "C1. Untapped resources",
      "C2. Cheaper",
      "C3. Stable supply",
      "C4. Less dependence on China",
      "C5. Alongside Ukraine",
    ]);
    // Each card shows its claim's verdict, and how often its test holds in the draws (C1 is published data only).
    expect(cards.map((c) => c.verdict)).toEqual(Object.values(claims).map((c) => c.verdict));
    expect(cards[0]!.probability).toBeNull();
    expect(cards[1]!.probability).toBe(
      `Holds in ${Math.round(claims.C2!.probability! * 100)} % of 1,000 draws of the uncertain assumptions`,
    );
    expect(cards.map((c) => c.chart.kind)).toEqual(["bars", "bars", "bars", "bars", "bars"]);
    expect(cards[2]!.summary).toMatch(/^Pakistan ranks at the 6.6th percentile for political stability/);
  });

  it("C1: the reserves shares with the 5 % bar, published data, the table exactly the bars", () => {
    const chart = cards[0]!.chart;
    if (chart.kind !== "bars") throw new Error("C1 draws bars");
    expect(chart.reference).toEqual({ value: 5, label: "5 %: large" });
    expect(chart.scenario).toBeUndefined();
    expect(chart.subtitle).toContain("copper from Reko Diq's reported 15 Mt");
    expect(chart.table.rows.map((r) => r.cells[0]!.value)).toEqual(["Copper", "Antimony"]);
    expect(chart.sources.map((s) => s.id)).toEqual([
      "miningtechnology-reko-diq-2025-04",
      "usgs-mcs2025-antimony",
    ]);
    expect(chart.missing.map((m) => m.label)).toContain("Lithium");
    expect(chart.legend.map((l) => l.label)).toEqual([
      "Pakistan",
      "Lighter, dashed: an estimate, a secondary report or an assumption",
    ]);
  });

  it("C3: WGI ranks on a 0–100 axis with 90 % bounds and the 50th-percentile bar for stable", () => {
    const chart = cards[2]!.chart;
    if (chart.kind !== "bars") throw new Error("C3 draws bars");
    expect(chart.axis.domain).toEqual([0, 100]);
    expect(chart.reference?.value).toBe(50);
    const pk = chart.bars.find((b) => b.label === "Pakistan")!;
    expect(pk.display).toBe("6.6");
    expect(pk.low).toBeLessThan(pk.value);
    expect(chart.table.columns.map((c) => c.key)).toEqual([
      "label",
      "value",
      "low",
      "high",
      "detail",
      "provenance",
    ]);
  });

  it("C4: Pakistan's cut in China's share at both stages, for every mineral C4 tests, against the 5-point bar", () => {
    const chart = cards[3]!.chart;
    if (chart.kind !== "bars") throw new Error("C4 draws bars");
    expect(chart.title).toBe("Pakistan's cut in China's share of US supply by 2030");
    const tested = claims.C4!.perMineral.filter((p) => p.verdict !== "not-enough-data").map((p) => p.mineral);
    // Two bars (mining, refining) per tested mineral, one table row per bar.
    expect(chart.bars.map((b) => b.key)).toEqual(tested.flatMap((m) => [`${m}-refining`, `${m}-mining`]));
    expect(chart.table.rows).toHaveLength(chart.bars.length);
    expect(chart.reference?.value).toBe(5);
    // Reko Diq's concentrate is refined in China by default: copper's refining-stage bar is left of zero, drawn bold.
    const copper = chart.bars.find((b) => b.key === "copper-refining")!;
    expect(copper.value).toBeLessThan(0);
    expect(copper).toMatchObject({ highlight: true, display: expect.stringMatching(/^−\d/) });
    expect(chart.scenario).toBe("Evidence baseline");
  });

  it("C2 and C5: the landed-cost gaps, under the scenario, with its changes for exports", () => {
    const c2 = view("stress-case").cards[1]!.chart;
    expect(c2.title).toBe("Pakistan's landed cost against Australia and Canada");
    expect(c2.scenario).toBe("Stress case");
    expect(c2.changes!.length).toBeGreaterThan(0);
    expect(c2.legend.map((l) => l.label)).toEqual(["Australia", "Canada"]);
    expect(cards[4]!.chart.title).toBe("Pakistan's landed cost against Ukraine");
    expect(cards[4]!.chart.legend.map((l) => l.label)).toEqual(["Ukraine"]);
  });

  it("keeps the scenario in links to scenario pages", () => {
    const v = view("article-framing", "v=1&preset=article-framing");
    expect(v.labHref).toBe("/scenario?v=1&preset=article-framing");
    expect(v.cards[1]!.links[0]!.href).toBe(
      "/compare?mineral=copper&countries=PK,AU,CA&sort=landed&dir=asc&v=1&preset=article-framing",
    );
    expect(view("evidence-baseline").labHref).toBe("/scenario");
  });
});
