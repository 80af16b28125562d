import { describe, expect, it } from "vitest";
import { stageWorld } from "../model/stages";
import { type MineralId } from "./common";
import transcription from "./fixtures/iea-transcription-supply.json";
import { loadDataset } from "./load";

const IEA = "iea-critical-minerals-dataset-2025";
const ds = loadDataset();
const iea = ds.observations.filter((o) => o.sourceId === IEA);

/** The transcription's block names for our mineral ids. */
const BLOCKS: Record<string, string> = {
  copper: "Copper",
  cobalt: "Cobalt",
  lithium: "Lithium",
  nickel: "Nickel",
  graphite: "Graphite",
  "rare-earths": "Rare Earth Elements",
};
const STAGES = { "mine-production": "mining", "refinery-production": "refining" } as const;
type Block = {
  countries: Record<string, Record<string, number | null>>;
  total: Record<string, number>;
  top3Share: Record<string, number>;
};
const supply = transcription.supply as unknown as Record<string, Record<"mining" | "refining", Block>>;

describe("IEA stage data (data/iea-supply.json)", () => {
  it("reads back exactly from the transcription, at the path each row's locator names", () => {
    let checked = 0;
    for (const o of iea) {
      // e.g. "… transcription path supply.Copper.mining.countries.Chile["2024"]"
      const path =
        /transcription path supply\.(.+?)\.(mining|refining)\.(countries\.(.+)|total)\["(\d{4})"\]/.exec(
          o.locator ?? "",
        );
      expect(
        path,
        `${o.country} ${o.mineral} ${o.measure} ${o.year} has a transcription path`,
      ).not.toBeNull();
      const [, name, stage, , country, year] = path!;
      expect(name).toBe(BLOCKS[o.mineral!]);
      expect(stage).toBe(STAGES[o.measure as keyof typeof STAGES]);
      const block = supply[name!]![stage as "mining" | "refining"];
      const printed = country ? block.countries[country]?.[year!] : block.total[year!];
      // Derived residuals keep the IEA's own Rest of world in `printed`; unlisted countries are null with a note.
      if (o.status === "derived") expect(Number(o.printed)).toBe(printed);
      else if (o.value !== null)
        expect(o.value, `${name} ${stage} ${country ?? "total"} ${year}`).toBe(printed);
      checked += 1;
    }
    expect(checked).toBe(iea.length);
  });

  it("leaves out no row of the transcription: every country and year it prints is in the data", () => {
    const paths = new Set(iea.map((o) => /transcription path (.+)$/.exec(o.locator ?? "")?.[1]));
    const missing: string[] = [];
    for (const [name, stages] of Object.entries(supply))
      for (const [stage, block] of Object.entries(stages))
        for (const [country, years] of Object.entries(block.countries)) {
          // The transcription keeps the sheet's footnotes as rows without numbers.
          if (!years || typeof years !== "object") continue;
          for (const [year, value] of Object.entries(years))
            if (
              typeof value === "number" &&
              !paths.has(`supply.${name}.${stage}.countries.${country}["${year}"]`)
            )
              missing.push(`${name} ${stage} ${country} ${year}`);
        }
    expect(missing).toEqual([]);
  });

  it("gives the IEA's own 2024 top-3 share at every stage, computed from the data's rows and totals", () => {
    // Only 2024: for its projections the IEA keeps 2024's three leaders (graphite refining in 2030: China, Japan,
    // the US, 91.4 %), while a share of the three largest that year re-ranks them (Germany passes the US: 91.6 %).
    let checked = 0;
    for (const [mineral, name] of Object.entries(BLOCKS))
      for (const [measure, stage] of Object.entries(STAGES))
        for (const [year, top3] of Object.entries(supply[name]![stage].top3Share).filter(
          ([y]) => y === "2024",
        )) {
          const w = stageWorld(ds.observations, {
            mineral: mineral as MineralId,
            measure,
            stage: stage as "mining" | "refining",
            sourceKind: "iea",
            year: Number(year),
          });
          expect(w?.top3Share, `${mineral} ${stage} ${year}`).toBeCloseTo(top3, 9);
          checked += 1;
        }
    expect(checked).toBe(12);
  });

  it("adds up: the listed countries and Rest of world make the IEA total (the shares' denominator)", () => {
    const blocks = new Map<string, { sum: number; total: number }>();
    for (const o of iea) {
      if (o.value === null) continue;
      const key = `${o.mineral}|${o.measure}|${o.year}`;
      const b = blocks.get(key) ?? { sum: 0, total: NaN };
      if (o.country === "WORLD") b.total = o.value;
      else b.sum += o.value;
      blocks.set(key, b);
    }
    expect(blocks.size).toBe(48);
    for (const [key, b] of blocks) expect(b.sum / b.total, key).toBeCloseTo(1, 3);
  });

  it("agrees with USGS on China's share of refined copper within a point (44.4 % vs 44.0 %)", () => {
    const share = (source: (o: (typeof iea)[number]) => boolean, country: string) => {
      const rows = ds.observations.filter(
        (o) => source(o) && o.mineral === "copper" && o.measure === "refinery-production" && o.year === 2024,
      );
      return (
        rows.find((o) => o.country === country)!.value! / rows.find((o) => o.country === "WORLD")!.value!
      );
    };
    const usgs = share((o) => o.edition === "MCS 2025", "CN");
    const ieaShare = share((o) => o.sourceId === IEA, "CN");
    expect(ieaShare).toBeCloseTo(0.44, 2);
    expect(Math.abs(usgs - ieaShare)).toBeLessThan(0.01);
  });
});
