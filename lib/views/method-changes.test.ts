import { describe, expect, it } from "vitest";
import { buildMethodChanges } from "./method-changes";

describe("what version 2 changed", () => {
  const changes = buildMethodChanges();

  it("lists each change with what it replaced and why, one row each", () => {
    expect(changes.table.columns.map((c) => c.label)).toEqual(["Version 1", "Version 2", "Why"]);
    expect(changes.table.rows).toHaveLength(10);
    for (const r of changes.table.rows)
      for (const c of r.cells) expect(String(c.value).length).toBeGreaterThan(10);
  });

  it("states the copper comparison with the model's figures at the evidence baseline", () => {
    // Version 1's figures are history; version 2's are computed, so they follow the data.
    expect(changes.copper).toContain("Pakistan US$6,942/t → US$7,076/t");
    expect(changes.copper).toContain("Australia US$6,727/t → US$8,992/t");
    expect(changes.copper).toContain("gold credit (US$2,924/t)");
    expect(changes.copper).toMatch(/C2 moves from “Mixed” to “Does not hold”/);
  });
});
