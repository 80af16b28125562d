import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { defaultValues, KEYS } from "./assumptions";
import { gapFunction, modelMineral, pakistanGap } from "./break-even";
import { buildModelContext, type ModelContext } from "./context";

let ctx: ModelContext;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
});

describe("gapFunction", () => {
  it("gives the gap of pricing both costs afresh, whichever side the assumption moves", () => {
    const defaults = defaultValues(ctx.table);
    // Pakistan's own, the competitor's, a third country's, and one both costs read.
    const keys = [KEYS.crp("PK"), KEYS.wage("AU"), KEYS.crp("CA"), KEYS.baseRate];
    let compared = 0;
    for (const mineral of ["copper", "lithium"] as const)
      for (const key of keys) {
        const a = ctx.table.find((x) => x.key === key)!;
        const f = gapFunction(ctx.data, defaults, { key, competitor: "AU", mineral });
        for (const x of [a.min, a.default, a.max]) {
          const fresh = pakistanGap(
            ctx.data,
            { ...defaults, [key]: x },
            modelMineral(ctx.data, mineral),
            "AU",
          );
          expect(f(x), `${mineral} ${key} = ${x}`).toBe(fresh);
          compared++;
        }
      }
    expect(compared).toBe(2 * keys.length * 3);
    // Australia's wage moves only Australia's cost: raising it narrows Pakistan's gap.
    const wage = gapFunction(ctx.data, defaults, {
      key: KEYS.wage("AU"),
      competitor: "AU",
      mineral: "copper",
    });
    expect(wage(200_000)).toBeLessThan(wage(50_000));
  });
});
