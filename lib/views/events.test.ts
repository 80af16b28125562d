import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { countEventKinds, selectEvents } from "./events";

const ds = loadDataset();

describe("selectEvents", () => {
  it("lists Pakistan's events oldest first, partial dates before full ones of the same period", () => {
    const events = selectEvents(ds.events, { country: "PK" });
    expect(events.length).toBeGreaterThan(5);
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(events.every((e) => e.countries.includes("PK"))).toBe(true);
  });

  it("filters by mineral: China's antimony export licences and the US ban are on antimony's timeline", () => {
    const events = selectEvents(ds.events, { mineral: "antimony" });
    const controls = events.filter((e) => e.kind === "export-control").map((e) => e.date);
    expect(controls).toEqual(expect.arrayContaining(["2024-08", "2024-12-03"]));
    expect(countEventKinds(events).find((k) => k.kind === "export-control")!.count).toBe(controls.length);
  });
});
