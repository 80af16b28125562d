import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { KEYS } from "../model/assumptions";
import { buildModelContext, type ModelContext } from "../model/context";
import { presetValues } from "../model/presets";
import { robustnessGrid } from "../model/robustness";
import { type ScenarioValues } from "../model/types";
import { axisPosition, buildRobustnessChart } from "./lab-robustness";

let ctx: ModelContext;
let defaults: ScenarioValues;
const key = (k: string) => ctx.table.find((a) => a.key === k)!;
const frame = { sources: [], scenario: "Evidence baseline", changes: [] };
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  defaults = presetValues(ctx.table, ctx.presets[0]!);
});

describe("the robustness map's chart model", () => {
  it("places the scenario between axis values: 12.02 on 0, 4.5, 9, 13.5, 18 is 2.67 cells in", () => {
    expect(axisPosition([0, 4.5, 9, 13.5, 18], 12.02)).toBeCloseTo(2 + 3.02 / 4.5, 9);
    expect(axisPosition([0, 4.5, 9], -1)).toBe(0);
    expect(axisPosition([0, 4.5, 9], 20)).toBe(2);
  });

  it("has a table row per cell with both values, the verdict and the gap: what the CSV writes", () => {
    const x = key(KEYS.crp("PK"));
    const y = key(KEYS.wage("AU"));
    const grid = robustnessGrid(ctx.data, defaults, {
      claim: "C2",
      mineral: "copper",
      x,
      y,
      n: 5,
      competitor: "AU",
    });
    const chart = buildRobustnessChart(
      { ...grid, scenario: { x: defaults[x.key]!, y: defaults[y.key]! } },
      x,
      y,
      "Copper",
      frame,
    );
    expect(chart.table.rows).toHaveLength(25);
    const first = chart.table.rows[0]!.cells;
    expect(first[0]!.value).toBe(grid.x.values[0]);
    expect(first[1]!.value).toBe(grid.y.values[0]);
    expect(first[2]!.value).toBe(
      { holds: "Holds", mixed: "Mixed", "does-not-hold": "Does not hold" }[
        grid.cells[0]![0]!.verdict as "holds"
      ],
    );
    expect(first[3]!.value).toBe(Math.round(grid.cells[0]![0]!.gap!));
    // The alt text counts the cells of each verdict; together they are all 25.
    const counts = [...chart.alt.matchAll(/in (\d+) of 25 cells/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(25);
    expect(chart.marker!.x).toBeCloseTo(axisPosition(grid.x.values, defaults[x.key]!), 9);
    // Only the verdicts that occur are in the legend, each with its symbol.
    expect(chart.legend.map((l) => l.label)).toEqual(expect.arrayContaining(["✓ Holds", "✗ Does not hold"]));
  });

  it("says when neither assumption moves the verdict: C1 rests on published data alone", () => {
    const x = key(KEYS.crp("PK"));
    const y = key(KEYS.wage("AU"));
    const grid = robustnessGrid(ctx.data, defaults, {
      claim: "C1",
      mineral: "antimony",
      x,
      y,
      n: 3,
      competitor: "AU",
    });
    const chart = buildRobustnessChart({ ...grid, scenario: { x: 1, y: 1 } }, x, y, "Antimony", frame);
    expect(chart.legend).toHaveLength(1);
    expect(chart.notes.join(" ")).toContain("rests on published data alone");
  });
});
