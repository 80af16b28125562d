import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { defaultValues, KEYS, ROUTE_CHOICES } from "./assumptions";
import { buildModelContext, type ModelContext } from "./context";
import { runScenario } from "./scenario";
import { IEA_SOURCE, STAGES } from "./stages";
import { type ScenarioValues } from "./types";

let ctx: ModelContext;
let defaults: ScenarioValues;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  defaults = defaultValues(ctx.table);
});

const mineral = (id: string) => ctx.data.minerals.find((m) => m.id === id)!;
const route = (r: (typeof ROUTE_CHOICES)[number]) => ({
  ...defaults,
  [KEYS.refineRoute("PK")]: ROUTE_CHOICES.indexOf(r),
});
const copper = (values: ScenarioValues) =>
  runScenario(ctx.data, values).dependency.find((d) => d.mineral === "copper")!;

describe("world output by stage", () => {
  it("has shares that add up to 100 % with 'other countries' as the bound, in every source and stage", () => {
    for (const m of ctx.data.minerals) {
      for (const w of m.stages.all) {
        const listed = w.shares.reduce((s, x) => s + x.share, 0);
        // USGS rounds its world totals (antimony: 103,960 t listed against a world of "100,000"), so listed + other
        // can miss 100 % by a few percent; the IEA's blocks add up exactly.
        const tolerance = w.sourceId === IEA_SOURCE ? 1e-6 : 0.05;
        expect(Math.abs(listed + w.otherShare - 1), `${m.id} ${w.stage} ${w.sourceId}`).toBeLessThan(
          tolerance,
        );
        // The HHI over listed countries is a lower bound: counting "other" as one country raises it.
        expect(w.hhi).toBeLessThanOrEqual(w.hhi + w.otherShare ** 2);
        expect(w.top3Share).toBeLessThanOrEqual(1);
      }
    }
  });

  it("shows China's weight in refining, far above its weight in mining", () => {
    for (const id of ["copper", "lithium", "graphite", "rare-earths"]) {
      const s = mineral(id).stages.primary;
      expect(s.refining!.chinaWorldShare!, id).toBeGreaterThan(s.mining!.chinaWorldShare!);
    }
    // China mines about 8 % of the world's copper and refines 44 % of it (USGS MCS 2025, 2024).
    expect(mineral("copper").stages.primary.mining!.chinaWorldShare).toBeCloseTo(1800 / 23000, 2);
    expect(mineral("copper").stages.primary.refining!.chinaWorldShare).toBeCloseTo(0.444, 3);
  });

  it("keeps USGS and IEA side by side where both give a stage; for refined copper they agree within a point", () => {
    const refining = mineral("copper").stages.all.filter((w) => w.stage === "refining");
    expect(refining.map((w) => w.sourceId).sort()).toEqual([IEA_SOURCE, "usgs-mcs2025-copper"].sort());
    expect(Math.abs(refining[0]!.chinaWorldShare! - refining[1]!.chinaWorldShare!)).toBeLessThan(0.01);
    // Lithium mining: USGS 41,000 t against the IEA's 56.9 kt for China; both kept.
    const lithium = mineral("lithium").stages.all.filter((w) => w.stage === "mining");
    expect(lithium).toHaveLength(2);
    expect(lithium.find((w) => w.sourceId === IEA_SOURCE)!.chinaOutput).toBeCloseTo(56.9, 1);
  });
});

describe("US exposure to China by stage", () => {
  it("reports both stages per mineral and year, each the sum of direct and indirect", () => {
    for (const d of runScenario(ctx.data, defaults).dependency) {
      expect(d.stages.map((s) => s.stage)).toEqual([...STAGES]);
      for (const s of d.stages) {
        expect(s.usExposureToChina.map((y) => y.year)).toEqual(d.years.map((y) => y.year));
        for (const y of s.usExposureToChina) {
          expect(y.total).toBeCloseTo(y.direct + y.indirect, 12);
          expect(y.total).toBeGreaterThanOrEqual(0);
          expect(y.total).toBeLessThanOrEqual(1 + 1e-9);
        }
      }
    }
  });

  it("never lowers China's refining-stage exposure when Pakistani output is routed to China", () => {
    for (const other of ["domestic", "united-states", "third-country"] as const) {
      for (const m of ctx.data.minerals) {
        const viaChina = runScenario(ctx.data, route("china")).dependency.find((d) => d.mineral === m.id)!;
        const elsewhere = runScenario(ctx.data, route(other)).dependency.find((d) => d.mineral === m.id)!;
        viaChina.stages[1]!.usExposureToChina.forEach((y, i) =>
          expect(y.total, `${m.id} ${y.year} vs ${other}`).toBeGreaterThanOrEqual(
            elsewhere.stages[1]!.usExposureToChina[i]!.total - 1e-12,
          ),
        );
      }
    }
  });

  it("lowers it by exactly Pakistan's routed volume when Reko Diq's concentrate goes to the US instead", () => {
    const china = copper(route("china"));
    const us = copper(route("united-states"));
    for (let i = 0; i < china.years.length; i++) {
      const y = china.years[i]!;
      const diff = china.stages[1]!.usExposureToChina[i]!.total - us.stages[1]!.usExposureToChina[i]!.total;
      expect(diff, String(y.year)).toBeCloseTo(y.pakistanVolumeT / y.demandT, 12);
      // Before Reko Diq produces (2028) Pakistan sells no copper to the US; after, its phase 1 offtake does.
      if (y.year < 2028) expect(y.pakistanVolumeT).toBe(0);
      else expect(y.pakistanVolumeT).toBeGreaterThan(0);
    }
    // The mining stage does not move: Pakistani ore is not mined in China.
    expect(china.stages[0]!.usExposureToChina).toEqual(us.stages[0]!.usExposureToChina);
  });

  it("counts re-sourcing of rare earths from China at both stages, the mined share below the refined one", () => {
    const more = runScenario(ctx.data, { ...defaults, [KEYS.resourcingShare]: 100 }).dependency.find(
      (d) => d.mineral === "rare-earths",
    )!;
    const less = runScenario(ctx.data, { ...defaults, [KEYS.resourcingShare]: 0 }).dependency.find(
      (d) => d.mineral === "rare-earths",
    )!;
    for (const stage of [0, 1]) {
      const last = (d: typeof more) => d.stages[stage]!.usExposureToChina[d.years.length - 1]!.total;
      expect(last(more)).toBeLessThan(last(less));
    }
    const y = less.stages[1]!.usExposureToChina[0]!;
    expect(less.stages[0]!.usExposureToChina[0]!.direct).toBeLessThan(y.direct);
  });

  it("starts from the baseline exposure C4 tests against: with nothing re-sourced, every year equals it", () => {
    const still = { ...defaults, [KEYS.resourcingShare]: 0 };
    for (const d of runScenario(ctx.data, still).dependency) {
      // The mined share of China's refined output is at most 1, so the mining stage never exceeds the refining one.
      expect(d.baselineExposure.mining).toBeLessThanOrEqual(d.baselineExposure.refining + 1e-12);
      // 2025: no re-sourcing and no new project yet, so the scenario's exposure is the baseline at both stages.
      for (const stage of STAGES)
        expect(
          d.stages.find((s) => s.stage === stage)!.usExposureToChina[0]!.total,
          `${d.mineral} ${stage}`,
        ).toBeCloseTo(d.baselineExposure[stage], 12);
    }
    // Rare earths: 60.7 % of US supply is China-processed (direct imports plus Japanese and Estonian compounds);
    // copper: none, since the US buys no refined copper from China or from refiners using Chinese feed.
    const base = (id: string) =>
      runScenario(ctx.data, still).dependency.find((d) => d.mineral === id)!.baselineExposure;
    expect(base("rare-earths").refining).toBeCloseTo(0.6068, 4);
    expect(base("copper")).toEqual({ mining: 0, refining: 0 });
  });
});
