import { beforeAll, describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { defaultValues, KEYS } from "../model/assumptions";
import { type ModelContext } from "../model/context";
import { runScenario, type ScenarioResult } from "../model/scenario";
import { computeSensitivity } from "../model/sensitivity";
import {
  buildCostBreakdownSeries,
  buildDependencySeries,
  buildGapSeries,
  buildSupplyMixSeries,
  buildTornadoSeries,
} from "./scenario-series";

let ctx: ModelContext;
let base: ScenarioResult;
let cur: ScenarioResult;
beforeAll(() => {
  ctx = loadModelContext();
  const d = defaultValues(ctx.table);
  base = runScenario(ctx.data, d);
  cur = runScenario(ctx.data, { ...d, [KEYS.crp("PK")]: 6, [KEYS.resourcingShare]: 100 });
});

describe("scenario lab series", () => {
  it("stack the eight cost parts to the landed cost, with the baseline total beside it", () => {
    const rows = buildCostBreakdownSeries("copper", cur.costs, base.costs, null);
    expect(rows.map((r) => r.country)).toEqual(["PK", "AU", "CA", "UA", "CN"]);
    for (const r of rows) {
      const sum =
        r.labor + r.energy + r.otherOpex + r.capital + r.security + r.freight + r.insurance + r.tariff;
      expect(sum).toBeCloseTo(r.total, 9);
    }
    const pk = rows[0]!;
    expect(pk.total).toBeLessThan(pk.baselineTotal); // a lower risk premium lowers Pakistan's cost
    const au = rows[1]!;
    expect(au.total).toBeCloseTo(au.baselineTotal, 9); // and leaves Australia's alone
    const gaps = buildGapSeries(rows);
    expect(gaps.find((g) => g.competitor === "AU")!.gap).toBeCloseTo(pk.total - au.total, 9);
  });

  it("gives China's share of US supply falling from the baseline as volume is re-sourced", () => {
    const rows = buildDependencySeries("antimony", cur.dependency, base.dependency, null);
    expect(rows).toHaveLength(11);
    expect(rows[0]!.baselineChinaShare).toBeCloseTo(53.55, 2);
    expect(rows[10]!.chinaShare).toBe(0);
    expect(rows[10]!.baselineChinaShare).toBeCloseTo(26.775, 3);
  });

  it("stacks supply mix segments to 100 % per scenario", () => {
    const s = buildSupplyMixSeries(
      "antimony",
      2030,
      [
        { label: "Baseline", dependency: base.dependency },
        { label: "Scenario", dependency: cur.dependency },
      ],
      (c) => c,
    );
    for (const row of s.rows) {
      const total = s.sources.reduce((sum, src) => sum + (row[src.key] as number), 0);
      expect(total).toBeCloseTo(100, 9);
    }
    expect(s.sources.at(-1)).toEqual({ key: "unmet", label: "Unmet" });
  });

  it("orders tornado bars by swing and keeps their ranges", () => {
    const sens = computeSensitivity(ctx.data, ctx.table, defaultValues(ctx.table), "copper", "AU");
    const rows = buildTornadoSeries(sens, (k) => k, 5);
    expect(rows).toHaveLength(5);
    expect(rows[0]!.range[1] - rows[0]!.range[0]).toBeGreaterThanOrEqual(
      rows[4]!.range[1] - rows[4]!.range[0],
    );
  });
});
