import { describe, expect, it } from "vitest";
import { tableCsv } from "../charts/chart-model";
import { buildCountriesIndex, buildCountryView } from "./country";

describe("buildCountryView", () => {
  const pk = buildCountryView("PK")!;

  it("tables Pakistan's six WGI indicators, political stability 6.6 with bounds 2.8 to 8.5", () => {
    expect(pk.wgi.year).toBe(2023);
    expect(pk.wgi.table.rows).toHaveLength(6);
    const stability = pk.wgi.table.rows[0]!.cells;
    expect(stability[0]!.value).toBe("Political stability and absence of violence (percentile rank)");
    expect(stability.slice(1, 4).map((c) => c.display)).toEqual(["6.6", "2.8", "8.5"]);
  });

  it("charts political stability 2019–2023 on a 0–100 axis, one table (and CSV) row per year", () => {
    expect(pk.stability.title).toBe("Political stability in Pakistan, 2019–2023");
    expect(pk.stability.axis).toEqual({ format: "number", domain: [0, 100] });
    expect(pk.stability.alt).toMatch(/from 3\.3 in 2019 to 6\.6 in 2023 \(90 % bounds 2\.8 to 8\.5\)/);
    expect(tableCsv(pk.stability.table).rows.map((r) => r[0])).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(pk.stability.sources.map((s) => s.id)).toEqual(["worldbank-wgi-2024"]);
  });

  it("gives the risk premium and the model's wage with its basis and source", () => {
    expect(pk.risk[0]).toMatchObject({
      label: "Country risk premium (January 2025)",
      value: "12.02 %",
      status: "secondary",
    });
    const wage = pk.risk.find((f) => f.label === "Mining wage used by the model (2024)")!;
    expect(wage.value).toBe("2,133 USD per year");
    expect(wage.note).toBe("Basis: estimated mining and quarrying wage, 2024-25.");
    expect(wage.sourceId).toBe("pbs-lfs-2024-25-wealthpk");
    expect(pk.wageMethod).toContain("× 1.27");
  });

  it("gives the model's cost of physical security and of political-risk insurance, priced once", () => {
    const labels = pk.risk.map((f) => f.label);
    // After the published risk measures, before the wage.
    expect(labels.indexOf("Physical security of a mine, in the model")).toBeLessThan(
      labels.indexOf("Mining wage used by the model (2024)"),
    );
    expect(pk.risk.find((f) => f.label === "Physical security of a mine, in the model")).toMatchObject({
      value: "0.25 % of capital a year",
      sourceId: "brecorder-cpec-security-2024-04",
      status: "assumption",
    });
    const insurance = pk.risk.find((f) => f.label === "Political-risk insurance premium, in the model")!;
    expect(insurance.value).toBe("1 % of capital a year");
    expect(insurance.note).toMatch(
      /^Charged only when political risk is insured.*0\.5 × the country risk premium/,
    );
  });

  it("names the operation each sourced cost is built from: Reko Diq its own, the rest scaled", () => {
    const rows = pk.costBasis.rows.map((r) => r.cells.map((c) => c.display ?? c.value));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["Copper", "refined copper (cathode) (t Cu)", "Reko Diq, phase 1"],
      ["Lithium", "lithium carbonate (t LCE)", "Pilgangoora"],
      ["Rare earths", "separated rare-earth oxides (t REO)", "Lynas: Mount Weld, Kalgoorlie and Kuantan"],
      ["Graphite (natural)", "natural flake graphite concentrate (t)", "Matawinie (study)"],
    ]);
    expect(pk.costBasis.rows[0]!.cells[2]!.note).toBe("Pakistan's own operation");
    expect(pk.costBasis.rows[1]!.cells[2]!.note).toMatch(
      /^scaled from an operation in Australia to Pakistan's/,
    );
    expect(rows[0]!.slice(3, 7)).toEqual([
      "US$4,440 per t payable copper",
      "In China",
      "Derived (our calculation)",
      expect.stringMatching(/Northern Miner/),
    ]);
    const us = buildCountryView("US")!;
    expect(us.lede).not.toContain("reference operation");
    expect(us.costBasis.rows.find((r) => r.key === "rare-earths")!.cells[2]!.note).toBe(
      "the United States' own operation",
    );
  });

  it("labels the labour evidence from the measure registry, each value with its unit", () => {
    const rows = pk.labour!.rows.map((r) => r.cells.map((c) => c.value));
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining([
        "Minimum wage, monthly",
        "Average monthly wage",
        "Mining wage relative to the average",
      ]),
    );
    expect(rows.map((r) => r[0])).not.toContain("Mining wage used by the model");
    expect(rows.find((r) => r[0] === "Mining wage relative to the average")!.slice(1, 3)).toEqual([
      1.271,
      "ratio to all-employee average",
    ]);
  });

  it("charts Pakistan's 0.25 % (250 t) of world antimony output", () => {
    expect(pk.production.alt).toMatch(/Antimony 0\.25 % \(250 t\)/);
    expect(pk.productionEmpty).toBeNull();
  });

  it("counts Pakistan's events and links to the comparison", () => {
    expect(pk.events.summary).toMatch(/^\d+ events involving Pakistan: .*security incident/);
    expect(pk.compareHref).toBe("/compare?mineral=copper&countries=PK,AU,CA");
    expect(buildCountryView("UA")!.compareHref).toBe("/compare?mineral=copper&countries=PK,UA");
  });

  it("gives Ukraine's occupied share of deposits and the deposits there; Australia has no projects", () => {
    const ua = buildCountryView("UA")!;
    const [share, deposits] = ua.projects.occupied[0]!;
    expect(share).toMatchObject({
      label: "Share of metal deposits in Russian-controlled territory",
      value: "40 %",
    });
    expect(deposits!.note).toContain("Shevchenkivske lithium");
    expect(buildCountryView("AU")!.projects.list).toEqual([]);
  });

  it("has no profile for a code outside the six countries", () => {
    expect(buildCountryView("XX")).toBeNull();
    expect(buildCountryView("ZZ")).toBeNull();
  });
});

describe("buildCountriesIndex", () => {
  it("lists the five suppliers and the US as importer", () => {
    const index = buildCountriesIndex();
    expect(index.map((c) => c.code)).toEqual(["PK", "AU", "CA", "UA", "CN", "US"]);
    expect(index.find((c) => c.code === "US")!.role).toBe("Importer and domestic producer");
  });
});
