import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildModelContext } from "./context";

describe("the assumptions table", () => {
  const { table } = buildModelContext(loadDataset());

  // The snapshot was written from the table as code built it; `npx vitest run -u` rewrites it when a row is
  // added on purpose (then read the diff: it is the change).
  it("is the table the app published before it became data (every field of every row, in order)", async () => {
    await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot(
      "./__snapshots__/assumption-table.json",
    );
  });

  it("holds no field set to undefined, which the JSON snapshot could not see", () => {
    for (const a of table) expect(Object.values(a)).not.toContain(undefined);
  });
});
