import { describe, expect, it } from "vitest";
import { type CostParameter } from "../data/cost-parameters";
import { loadDataset } from "../data/load";
import { type AssumptionRow } from "./assumption-rows";
import { buildAssumptionTable, KEYS } from "./assumptions";
import { buildModelContext } from "./context";
import { type ModelData, type PipelinePhase } from "./model-data";

describe("the assumptions table", () => {
  const { table } = buildModelContext(loadDataset());

  // The snapshot was written from the table as code built it (fields in the order of `Assumption`);
  // `npx vitest run -u` rewrites it when a row is added on purpose, and its diff is then the change.
  it("is the table the app published before it became data (every field of every row, in order)", async () => {
    await expect(`${JSON.stringify(table, null, 2)}\n`).toMatchFileSnapshot(
      "./__snapshots__/assumption-table.json",
    );
  });

  it("holds no field set to undefined, which the JSON snapshot could not see", () => {
    for (const a of table) expect(Object.values(a)).not.toContain(undefined);
  });
});

// Small fixtures: the expander's rules, whatever the real data say.
const parameter = (id: string, values: Partial<CostParameter> = {}): CostParameter => ({
  id,
  label: id,
  country: null,
  mineral: null,
  unit: "USD per troy ounce",
  default: 2400,
  low: 1900,
  high: 2800,
  year: 2024,
  status: "published",
  sourceId: "a-source",
  basis: "As published.",
  ...values,
});

const phase: PipelinePhase = {
  projectId: "reko-diq",
  projectName: "Reko Diq",
  phaseId: "phase-1",
  name: "Phase 1",
  country: "PK",
  mineral: "copper",
  capacityT: 200_000,
  startYear: 2028,
  sourceId: "a-report",
  status: "secondary",
};

const minerals = [
  { id: "copper", name: "Copper", demandT: { value: 1 } },
  { id: "lithium", name: "Lithium", demandT: null },
];
const data = {
  minerals,
  pipeline: [phase],
  tariffRegimes: [
    { id: "late-2025", label: "Late 2025", sourceId: "tariff-source" },
    { id: "2026", label: "2026", sourceId: "other-tariff-source" },
  ],
} as unknown as ModelData;
const allDemandPublished = { ...data, minerals: [minerals[0]] } as unknown as ModelData;

const own = { unit: "%", basis: "Our judgement.", default: 1, low: 0, high: 2, min: 0, max: 10, step: 1 };
const keysOf = (rows: AssumptionRow[], d = allDemandPublished, ps: CostParameter[] = []) =>
  buildAssumptionTable(ps, d, rows).map((a) => a.key);

describe("buildAssumptionTable", () => {
  it("expands consecutive rows with the same `per` owner by owner, and `only` limits a row", () => {
    const rows: AssumptionRow[] = [
      { per: "all", key: KEYS.baseRate, label: "a", group: "finance-risk", ...own },
      { per: "cost-country", key: KEYS.wage, label: "b", group: "labour", ...own },
      { per: "cost-country", only: ["PK", "AU"], key: KEYS.crp, label: "c", group: "finance-risk", ...own },
      { per: "alternative-supplier", key: KEYS.weight, label: "d", group: "dependency", ...own },
    ];
    expect(keysOf(rows)).toEqual([
      "base-rate",
      ...["wage-pk", "crp-pk", "wage-au", "crp-au", "wage-ca", "wage-ua", "wage-cn", "wage-us"],
      ...["weight-pk", "weight-au", "weight-ca", "weight-ua"],
    ]);
  });

  it("reads a parameter's evidence, stretching the slider to hold its low–high", () => {
    const rows: AssumptionRow[] = [
      {
        per: "all",
        key: KEYS.baseRate,
        parameter: "gold",
        label: "gold price",
        group: "trade",
        min: 2000,
        max: 2500,
        step: 10,
      },
    ];
    expect(buildAssumptionTable([parameter("gold")], allDemandPublished, rows)).toEqual([
      {
        key: "base-rate",
        label: "gold price",
        unit: "USD per troy ounce",
        group: "trade",
        country: null,
        mineral: null,
        kind: "number",
        min: 1900,
        max: 2800,
        step: 10,
        default: 2400,
        low: 1900,
        high: 2800,
        basis: "As published.",
        sourceId: "a-source",
        status: "published",
      },
    ]);
  });

  it("without bounds, sets the slider from half the low to 1.5 × the high on a round step", () => {
    const rows: AssumptionRow[] = [
      {
        per: "mineral",
        only: ["copper"],
        key: KEYS.price,
        parameter: "price",
        label: "price",
        group: "trade",
      },
    ];
    const [a] = buildAssumptionTable([parameter("price", { mineral: "copper" })], allDemandPublished, rows);
    // Span 1.5 × 2,800 − 0.5 × 1,900 = 3,250, ÷ 300 ≈ 10.8 → a step of 10; 950 and 4,200 lie on it.
    expect(a).toMatchObject({ key: "price-copper", label: "Copper — price", min: 950, max: 4200, step: 10 });
  });

  it("names the parameter a row lacks", () => {
    const rows: AssumptionRow[] = [
      {
        per: "cost-country",
        key: KEYS.wage,
        parameter: "mining-wage",
        label: "wage",
        group: "labour",
        min: 0,
        max: 1,
        step: 1,
      },
    ];
    expect(() => buildAssumptionTable([], allDemandPublished, rows)).toThrow(
      'cost-parameters.json lacks "mining-wage" for PK / all minerals',
    );
  });

  it("codes a choice's options 0, 1, …, from the row or from the tariff regimes with the first one's source", () => {
    const choice = { kind: "choice", unit: "rule", basis: "Ours.", default: 0 } as const;
    const rows: AssumptionRow[] = [
      {
        per: "all",
        key: KEYS.allocationRule,
        label: "rule",
        group: "dependency",
        options: ["A", "B", "C"],
        ...choice,
      },
      {
        per: "all",
        key: KEYS.tariffRegime,
        label: "regime",
        group: "trade",
        options: "tariff-regimes",
        ...choice,
      },
    ];
    const [rule, regime] = buildAssumptionTable([], allDemandPublished, rows);
    expect(rule).toMatchObject({ min: 0, max: 2, step: 1, low: 0, high: 0, sourceId: "project-assumptions" });
    expect(rule!.options).toEqual([
      { value: 0, label: "A" },
      { value: 1, label: "B" },
      { value: 2, label: "C" },
    ]);
    expect(regime).toMatchObject({ max: 1, sourceId: "tariff-source", status: "assumption" });
    expect(regime!.options!.map((o) => o.label)).toEqual(["Late 2025", "2026"]);
  });

  it("gives a withheld US demand its stand-in, and refuses a withheld demand with none", () => {
    const demand: AssumptionRow = {
      per: "withheld-demand",
      mineral: "lithium",
      key: KEYS.demand,
      label: "US lithium consumption",
      group: "dependency",
      ...own,
    };
    expect(keysOf([demand], data)).toEqual(["us-demand-lithium"]);
    expect(keysOf([demand])).toEqual([]);
    expect(() => keysOf([], data)).toThrow("US demand for lithium is withheld");
  });

  it("gives each pipeline phase its rows, labelled by project and phase, with the phase's source", () => {
    const rows: AssumptionRow[] = [
      {
        per: "pipeline-phase",
        key: KEYS.pipelineCapacity,
        label: "capacity",
        unit: "t per year",
        group: "dependency",
        basis: "As reported.",
        values: (ph) => ({
          min: 0,
          max: ph.capacityT * 2,
          step: 1000,
          default: ph.capacityT,
          low: 0,
          high: 0,
        }),
      },
    ];
    expect(buildAssumptionTable([], allDemandPublished, rows)[0]).toMatchObject({
      key: "capacity-reko-diq-phase-1",
      label: "Reko Diq, Phase 1 — capacity",
      country: "PK",
      mineral: "copper",
      max: 400_000,
      default: 200_000,
      sourceId: "a-report",
      status: "secondary",
    });
  });
});
