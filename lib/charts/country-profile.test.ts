import { describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { buildCountryShareSeries } from "./country-profile";

const ds = loadDataset();

describe("buildCountryShareSeries", () => {
  it("gives Pakistan's 0.25 % of world antimony output and names the minerals USGS does not list it for", () => {
    const minerals = ds.minerals.map((m) => ({ id: m.id, name: m.name }));
    const series = buildCountryShareSeries(ds.observations, "PK", minerals, () => "USGS");
    const antimony = series.bars.find((b) => b.key === "antimony")!;
    expect(antimony).toMatchObject({ display: "0.25 %", detail: "250 t", estimate: true });
    expect(series.missing.map((m) => m.label)).toContain("Graphite (natural)");
  });
});
