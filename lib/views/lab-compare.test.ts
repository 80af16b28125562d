import { describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { defaultValues, KEYS } from "../model/assumptions";
import { buildAbAssumptionsTable, buildAbResultsTable } from "./lab-compare";

describe("the A/B comparison's tables", () => {
  const { table } = loadModelContext();
  const a = defaultValues(table);
  const b = { ...a, [KEYS.crp("PK")]: 6 };

  it("lists each assumption that differs, with B − A", () => {
    const t = buildAbAssumptionsTable(table, a, b);
    expect(t.caption).toBe("Assumptions that differ between A and B (1)");
    expect(t.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ["Pakistan — country risk premium (percentage points)", 12.02, 6, 6 - 12.02],
    ]);
  });

  it("says so when A and B are the same", () => {
    const t = buildAbAssumptionsTable(table, a, a);
    expect(t.rows[0]!.cells[0]!.value).toBe("A and B use the same assumptions.");
  });

  it("subtracts numeric results and marks a changed verdict", () => {
    const t = buildAbResultsTable(
      [
        { id: "pk-cost", label: "Cost", value: 100, display: "US$100/t" },
        { id: "C1", label: "C1", value: null, display: "Holds" },
      ],
      [
        { id: "pk-cost", label: "Cost", value: 90.5, display: "US$90.5/t" },
        { id: "C1", label: "C1", value: null, display: "Mixed" },
      ],
    );
    expect(t.rows.map((r) => r.cells[3])).toEqual([
      { value: -9.5, display: "-9.5" },
      { value: null, display: "changed" },
    ]);
  });
});
