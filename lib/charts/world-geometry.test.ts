import { describe, expect, it } from "vitest";
import countries from "@/data/countries.json";
import { ISO_NUMERIC } from "../data/iso-numeric";
import { worldShapes } from "./world-geometry";

describe("world shapes", () => {
  const { shapes, width, height } = worldShapes();
  const byCode = new Map(shapes.filter((s) => s.code).map((s) => [s.code, s]));

  it("gives every real country in the data a shape; the aggregates (WORLD, Other countries) are not countries", () => {
    const real = countries.countries.filter((c) => c.role !== "aggregate").map((c) => c.code);
    const aggregates = countries.countries.filter((c) => c.role === "aggregate").map((c) => c.code);
    expect(real.length).toBeGreaterThan(80);
    expect(real.filter((c) => !ISO_NUMERIC[c])).toEqual([]);
    expect(real.filter((c) => !byCode.get(c)?.d)).toEqual([]);
    expect(aggregates.sort()).toEqual(["WORLD", "ZZ"]);
    expect(aggregates.filter((c) => ISO_NUMERIC[c])).toEqual([]);
  });

  it("maps numeric ids to the right countries and back without collisions", () => {
    expect(new Set(Object.values(ISO_NUMERIC)).size).toBe(Object.keys(ISO_NUMERIC).length);
    expect(byCode.get("CL")?.id).toBe("152");
    expect(byCode.get("CD")?.id).toBe("180");
    expect(byCode.get("PK")?.name).toBe("Pakistan");
    expect(byCode.get("TW")?.id).toBe("158");
  });

  it("projects the world (less Antarctica) into an Equal Earth frame about twice as wide as high", () => {
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(380);
    expect(height).toBeLessThan(480);
    expect(shapes.some((s) => s.id === "010")).toBe(false);
    // Chile lies west of Argentina, Pakistan north of the equator and east of the prime meridian.
    const cl = byCode.get("CL")!;
    const ar = byCode.get("AR")!;
    expect(cl.centroid[0]).toBeLessThan(ar.centroid[0]);
    expect(byCode.get("PK")!.centroid[0]).toBeGreaterThan(width / 2);
    expect(byCode.get("PK")!.centroid[1]).toBeLessThan(height / 2);
    expect(byCode.get("SG")!.tiny).toBe(true);
    expect(byCode.get("RU")!.tiny).toBe(false);
  });
});
