import { describe, expect, it } from "vitest";
import { loadModelContext } from "../api/model-context";
import { loadDataset } from "../data/load";
import { methodC4Figures, methodC4Sentence } from "./method-c4";

describe("the method's C4 sentence reads its figures from the data and the model", () => {
  const figures = methodC4Figures(loadDataset(), loadModelContext());

  it("compares USGS's 2020–23 window (MCS 2025) with its 2021–24 window (MCS 2026)", () => {
    expect(figures.from).toEqual({ period: "2020–2023", edition: "MCS 2025" });
    expect(figures.to).toEqual({ period: "2021–2024", edition: "MCS 2026" });
  });

  it("finds China's share of US imports moving 1 to 8 points: rare earths 70 → 71, graphite 43 → 46, antimony 63 → 55", () => {
    expect(figures.moves.map((x) => [x.mineral, x.fromPct, x.toPct, x.movePp])).toEqual([
      ["rare-earths", 70, 71, 1],
      ["graphite", 43, 46, 3],
      ["antimony", 63, 55, 8],
    ]);
    expect([figures.minMovePp, figures.maxMovePp]).toEqual([1, 8]);
  });

  it("puts Pakistan's antimony at about 1 % of US use: 250 t against 24,000 t, a cut of 20 % of it, 0.21 points by 2030", () => {
    expect(figures.antimony.productionSharePct).toBeCloseTo((250 / 24_000) * 100, 10);
    // The exportable 20 % of 250 t over 24,000 t of US demand, in points.
    expect(figures.antimony.cutPp).toBeCloseTo(((0.2 * 250) / 24_000) * 100, 10);
    expect(figures.antimony.target).toBe(2030);
  });

  it("writes the figures into the sentence the method page shows", () => {
    const s = methodC4Sentence(figures);
    expect(s).toContain(
      "moved by 1 to 8 points from one USGS window to the next (2020–23 in MCS 2025, 2021–24 in MCS 2026:",
    );
    expect(s).toContain("rare earths 70 → 71 %, graphite (natural) 43 → 46 %, antimony 63 → 55 %");
    expect(s).toContain("Pakistan's antimony is about 1 % of US use (a cut of about 0.2 points by 2030)");
  });
});
