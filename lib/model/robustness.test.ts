import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { KEYS } from "./assumptions";
import { buildModelContext, type ModelContext } from "./context";
import { costOf } from "./landed-cost";
import { presetValues } from "./presets";
import { axisValues, robustnessGrid, type RobustnessRequest } from "./robustness";
import { computeCosts, runScenario } from "./scenario";
import { type Assumption, type ScenarioValues } from "./types";

let ctx: ModelContext;
let defaults: ScenarioValues;
const key = (k: string) => ctx.table.find((a) => a.key === k)!;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  defaults = presetValues(ctx.table, ctx.presets[0]!);
});

describe("the axes: n values from the slider's minimum to its maximum", () => {
  const slider = (fields: Partial<Assumption>): Assumption =>
    ({ key: "k", kind: "number", min: 0, max: 18, step: 0.01, ...fields }) as Assumption;

  it("spaces 7 values evenly over 0–18: 0, 3, 6, … 18", () => {
    expect(axisValues(slider({}), 7)).toEqual([0, 3, 6, 9, 12, 15, 18]);
  });

  it("snaps to the slider's step and drops repeats: 21 values of a year range 2026–2035 are its 10 years", () => {
    expect(axisValues(slider({ min: 2026, max: 2035, step: 1 }), 21)).toEqual([
      2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035,
    ]);
  });

  it("takes each option of a choice", () => {
    const choice = slider({
      kind: "choice",
      options: [
        { value: 0, label: "domestic" },
        { value: 2, label: "China" },
      ],
    });
    expect(axisValues(choice, 21)).toEqual([0, 2]);
  });
});

describe("the grid against point runs of the whole model", () => {
  const req = (fields: Partial<RobustnessRequest>): RobustnessRequest => ({
    claim: "C2",
    mineral: "copper",
    x: key(KEYS.crp("PK")),
    y: key(KEYS.wage("AU")),
    n: 5,
    competitor: "AU",
    ...fields,
  });

  it("C2 copper over Pakistan's risk premium × Australian wages: each sampled cell is the full model's point verdict and gap", () => {
    const grid = robustnessGrid(ctx.data, defaults, req({}));
    expect(grid.x.values).toHaveLength(5);
    expect(grid.cells).toHaveLength(5);
    for (const [i, j] of [
      [0, 0],
      [2, 3],
      [4, 4],
      [4, 0],
    ] as const) {
      const values = { ...defaults, [grid.x.key]: grid.x.values[i]!, [grid.y.key]: grid.y.values[j]! };
      const point = runScenario(ctx.data, values);
      const verdict = point.claims
        .find((c) => c.id === "C2")!
        .perMineral.find((p) => p.mineral === "copper")!;
      const costs = computeCosts(ctx.data, values);
      const gap =
        costOf(costs, "PK", "copper")!.landedCostUsdPerTonne -
        costOf(costs, "AU", "copper")!.landedCostUsdPerTonne;
      expect(grid.cells[i]![j]!.verdict, `cell ${i},${j}`).toBe(verdict.verdict);
      expect(grid.cells[i]![j]!.gap).toBeCloseTo(gap, 6);
    }
  });

  it("reaches both sides: cheap capital and dear Australian labour hold, a high premium and cheap labour do not", () => {
    const grid = robustnessGrid(ctx.data, defaults, req({}));
    expect(grid.cells[0]![4]!.verdict).toBe("holds");
    expect(grid.cells[4]![0]!.verdict).toBe("does-not-hold");
  });

  it("a higher risk premium never makes Pakistan cheaper (the gap rises along x), higher Australian wages never dearer", () => {
    const grid = robustnessGrid(ctx.data, defaults, req({ n: 9 }));
    for (let j = 0; j < 9; j++)
      for (let i = 1; i < 9; i++)
        expect(grid.cells[i]![j]!.gap!).toBeGreaterThanOrEqual(grid.cells[i - 1]![j]!.gap!);
    for (let i = 0; i < 9; i++)
      for (let j = 1; j < 9; j++)
        expect(grid.cells[i]![j]!.gap!).toBeLessThanOrEqual(grid.cells[i]![j - 1]!.gap!);
  });

  it("measures the gap against the competitor named: Canada's differs from Australia's", () => {
    const au = robustnessGrid(ctx.data, defaults, req({ n: 3 }));
    const ca = robustnessGrid(ctx.data, defaults, req({ n: 3, competitor: "CA" }));
    expect(ca.cells[1]![1]!.gap).not.toBeCloseTo(au.cells[1]![1]!.gap!, 0);
  });

  it("lithium, which Pakistan has nothing of on record, is not enough data in every cell, with no gap", () => {
    const grid = robustnessGrid(ctx.data, defaults, req({ mineral: "lithium", n: 3 }));
    expect(new Set(grid.cells.flat().map((c) => c.verdict))).toEqual(new Set(["not-enough-data"]));
    expect(grid.cells.flat().every((c) => c.gap === null)).toBe(true);
  });

  it("C1 rests on published reserves alone: antimony's grid is flat at its point verdict", () => {
    const grid = robustnessGrid(ctx.data, defaults, req({ claim: "C1", mineral: "antimony", n: 3 }));
    const point = runScenario(ctx.data, defaults).claims[0]!.perMineral.find(
      (p) => p.mineral === "antimony",
    )!;
    expect(new Set(grid.cells.flat().map((c) => c.verdict))).toEqual(new Set([point.verdict]));
  });

  it("C5 over the two risk premiums: Pakistan ahead where its premium is low and Ukraine's high", () => {
    const grid = robustnessGrid(
      ctx.data,
      defaults,
      req({ claim: "C5", x: key(KEYS.crp("PK")), y: key(KEYS.crp("UA")), n: 5 }),
    );
    const point = (i: number, j: number) =>
      runScenario(ctx.data, {
        ...defaults,
        [grid.x.key]: grid.x.values[i]!,
        [grid.y.key]: grid.y.values[j]!,
      }).claims.find((c) => c.id === "C5")!.verdict;
    for (const [i, j] of [
      [0, 4],
      [4, 0],
      [2, 2],
    ] as const)
      expect(grid.cells[i]![j]!.verdict, `cell ${i},${j}`).toBe(point(i, j));
  });
});
