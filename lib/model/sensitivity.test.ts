import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { defaultValues, KEYS } from "./assumptions";
import { pakistanGap, modelMineral } from "./break-even";
import { buildModelContext, type ModelContext } from "./context";
import { presetValues } from "./presets";
import { computeSensitivity, type Sensitivity } from "./sensitivity";
import { type ScenarioValues, type Supplier } from "./types";

let ctx: ModelContext;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
});

/** The tornado the plain way: both landed costs priced at every assumption's low and high. */
function everyCostPriced(
  values: ScenarioValues,
  mineral: Sensitivity["mineral"],
  competitor: Exclude<Supplier, "PK">,
): Sensitivity {
  const m = modelMineral(ctx.data, mineral);
  const gap = (v: ScenarioValues) => pakistanGap(ctx.data, v, m, competitor);
  const bars = ctx.table.flatMap((a) => {
    if (a.kind !== "number" || !(a.high > a.low) || a.group === "dependency") return [];
    const gapAtLow = gap({ ...values, [a.key]: a.low });
    const gapAtHigh = gap({ ...values, [a.key]: a.high });
    const swing = Math.abs(gapAtHigh - gapAtLow);
    return swing < 1e-9 ? [] : [{ key: a.key, gapAtLow, gapAtHigh, low: a.low, high: a.high, swing }];
  });
  bars.sort((x, y) => y.swing - x.swing);
  return { mineral, competitor, baseGap: gap(values), bars };
}

describe("computeSensitivity", () => {
  it("gives exactly the bars of pricing both costs at every low and high, over the slider grid", () => {
    const defaults = defaultValues(ctx.table);
    const at = (pick: "min" | "max") => Object.fromEntries(ctx.table.map((a) => [a.key, a[pick]]));
    // Insured risk takes the country premium out of the discount rate: the costs read other keys then.
    const insured = ctx.table.find((a) => a.key === KEYS.riskTreatment)!;
    const scenarios: ScenarioValues[] = [
      defaults,
      at("min"),
      at("max"),
      ...ctx.presets.map((p) => presetValues(ctx.table, p)),
      ...(insured.options ?? []).map((o) => ({ ...defaults, [insured.key]: o.value })),
    ];
    let compared = 0;
    for (const values of scenarios)
      for (const m of ctx.data.minerals)
        for (const competitor of ["AU", "CA", "UA", "CN"] as const) {
          expect(computeSensitivity(ctx.data, ctx.table, values, m.id, competitor)).toEqual(
            everyCostPriced(values, m.id, competitor),
          );
          compared++;
        }
    expect(compared).toBe(scenarios.length * ctx.data.minerals.length * 4);
  });

  it("leaves out an assumption of a third country, and keeps Pakistan's own premium", () => {
    const s = computeSensitivity(ctx.data, ctx.table, defaultValues(ctx.table), "copper", "AU");
    expect(s.bars.some((b) => b.key === KEYS.crp("CA"))).toBe(false);
    const crp = s.bars.find((b) => b.key === KEYS.crp("PK"))!;
    // A higher risk premium raises Pakistan's capital charge, so the gap to Australia widens.
    expect(crp.gapAtHigh).toBeGreaterThan(crp.gapAtLow);
  });
});
