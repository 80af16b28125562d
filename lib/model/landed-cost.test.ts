import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../data/load";
import { defaultValues, KEYS, RISK_TREATMENT, ROUTE_CHOICES } from "./assumptions";
import { buildModelContext, type ModelContext } from "./context";
import {
  capitalRecoveryFactor,
  computeLandedCost,
  productTonnesPerContainedTonne,
  shippedTonnesPerProductTonne,
} from "./landed-cost";
import { COST_COMPONENTS, COST_COUNTRIES, type CostCountry, type ScenarioValues } from "./types";

let ctx: ModelContext;
let defaults: ScenarioValues;
beforeAll(() => {
  ctx = buildModelContext(loadDataset());
  defaults = defaultValues(ctx.table);
});

const mineral = (id: string) => ctx.data.minerals.find((m) => m.id === id)!;
const cost = (c: CostCountry, m: string, values: ScenarioValues = defaults) =>
  computeLandedCost(ctx.data, values, c, mineral(m));
const sum = (b: object) => Object.values(b as Record<string, number>).reduce((s, x) => s + x, 0);

describe("reference operations at the defaults", () => {
  it("each country with its own operation reproduces that operation's reported cost on the same definition", () => {
    let checked = 0;
    for (const m of ctx.data.minerals) {
      for (const [country, a] of Object.entries(m.anchors)) {
        if (!a.own) continue;
        const c = cost(country as CostCountry, m.id);
        const b = c.breakdown;
        const site = b.labor + b.energy + b.otherOpex;
        const inland =
          defaults[KEYS.inlandFreight(country as CostCountry)]! * shippedTonnesPerProductTonne(defaults, m);
        const covered = a.operation.covers.reduce(
          (s, part) =>
            s +
            (part === "site"
              ? site
              : part === "processing"
                ? b.processing
                : part === "inland-freight"
                  ? inland
                  : part === "freight"
                    ? b.freight
                    : b.byproductCredit),
          0,
        );
        // Per the source's own unit (a tonne of spodumene concentrate for Pilgangoora, of copper for Reko Diq).
        expect(covered * a.operation.productTonnesPerUnit, a.operation.id).toBeCloseTo(
          a.operation.reportedCost.value,
          6,
        );
        expect(c.reference).toMatchObject({ id: a.operation.id, scaled: false });
        checked += 1;
      }
    }
    // Reko Diq, Gibraltar, Pilgangoora, Lynas, Mountain Pass, Matawinie.
    expect(checked).toBe(6);
  });

  it("names every row's product and reference, and scales countries without their own operation", () => {
    for (const m of ctx.data.minerals) {
      for (const c of COST_COUNTRIES) {
        const x = cost(c, m.id);
        expect(x.product.id).toBe(m.product.id);
        expect(x.reference.scaled).toBe(x.reference.country !== c);
      }
    }
    expect(cost("AU", "copper").reference).toMatchObject({ id: "gibraltar", country: "CA", scaled: true });
    expect(cost("PK", "copper").reference).toMatchObject({ id: "reko-diq", scaled: false });
    expect(cost("PK", "copper").product).toMatchObject({
      id: "refined-copper",
      unit: "t Cu",
      payableContentPct: 100,
    });
  });

  it("adds the ten parts up to the landed cost, with the by-product credit never positive", () => {
    for (const m of ctx.data.minerals) {
      for (const c of COST_COUNTRIES) {
        const x = cost(c, m.id);
        expect(Object.keys(x.breakdown)).toEqual([...COST_COMPONENTS]);
        expect(sum(x.breakdown)).toBeCloseTo(x.landedCostUsdPerTonne, 6);
        expect(x.breakdown.byproductCredit).toBeLessThanOrEqual(0);
      }
    }
  });
});

describe("landed cost parts, worked by hand", () => {
  it("credits Reko Diq's gold: 1.2375 oz contained per t of copper × 95 % ÷ 96.5 % payable × US$2,400", () => {
    const values = {
      ...defaults,
      [KEYS.goldPrice]: 2400,
      [KEYS.goldPayable]: 95,
      [KEYS.copperPayable]: 96.5,
    };
    // 1.2375 × 0.95 / 0.965 = 1.21826 oz per t of payable copper; × 2,400 = 2,923.8
    expect(cost("PK", "copper", values).breakdown.byproductCredit).toBeCloseTo(
      -((1.2375 * 0.95) / 0.965) * 2400,
      6,
    );
    expect(cost("PK", "copper", values).breakdown.byproductCredit).toBeCloseTo(-2923.8, 1);
  });

  it("charges treatment per tonne of concentrate and refining per lb of copper: 80 ÷ (0.27 × 0.965) + 8.0 ¢ × 2,204.62", () => {
    const values = {
      ...defaults,
      [KEYS.treatmentChargeCopper]: 80,
      [KEYS.refiningChargeCopper]: 8,
      [KEYS.concentrateGradeCopper]: 27,
      [KEYS.copperPayable]: 96.5,
    };
    // 307.04 + 176.37 = 483.41 USD per t of payable copper
    expect(cost("CA", "copper", values).breakdown.processing).toBeCloseTo(
      80 / (0.27 * 0.965) + 0.08 * 2204.62,
      6,
    );
    expect(cost("CA", "copper", values).breakdown.processing).toBeCloseTo(483.4, 1);
  });

  it("ships concentrate per tonne of copper: Pakistan to China and the cathode on to the US", () => {
    const values = {
      ...defaults,
      [KEYS.refineRoute("PK")]: ROUTE_CHOICES.indexOf("china"),
      [KEYS.concentrateGradeCopper]: 27,
      [KEYS.copperPayable]: 96.5,
      [KEYS.inlandFreight("PK")]: 50,
      [KEYS.freightToChina("PK")]: 85,
      [KEYS.oceanFreight("CN")]: 110,
    };
    // 1 ÷ (0.27 × 0.965) = 3.838 t shipped; (50 + 85) × 3.838 + 110 = 628.1
    expect(cost("PK", "copper", values).breakdown.freight).toBeCloseTo((50 + 85) / (0.27 * 0.965) + 110, 6);
    expect(cost("PK", "copper", values).processing).toEqual({ location: "china", tariffOrigin: "CN" });
  });

  it("charges the tariff on the customs value (the price), at the processing country's rate", () => {
    const china = {
      ...defaults,
      [KEYS.refineRoute("PK")]: ROUTE_CHOICES.indexOf("china"),
      [KEYS.price("copper")]: 9000,
    };
    // Late-2025 stack: refined copper of Chinese origin pays the 10 % IEEPA duty; 10 % × 9,000 = 900.
    expect(cost("PK", "copper", china).tariffPct).toBe(10);
    expect(cost("PK", "copper", china).breakdown.tariff).toBeCloseTo(900, 9);
    const home = {
      ...china,
      [KEYS.refineRoute("PK")]: ROUTE_CHOICES.indexOf("domestic"),
      [KEYS.tariffExtra("PK")]: 5,
    };
    expect(cost("PK", "copper", home).breakdown.tariff).toBeCloseTo(0.05 * 9000, 9);
  });

  it("prices the capital with interest during construction: 23,208 × 1.1401^(4/2) × CRF(14.01 %, 20)", () => {
    const values = {
      ...defaults,
      [KEYS.operationCapex("reko-diq")]: 23208,
      [KEYS.baseRate]: 8,
      [KEYS.riskLoading]: 0.5,
      [KEYS.crp("PK")]: 12.02,
      [KEYS.extraPremium("PK")]: 0,
      [KEYS.yearsToProduction("PK")]: 4,
      [KEYS.projectLife]: 20,
      [KEYS.riskTreatment]: RISK_TREATMENT.priced,
    };
    const r = 0.1401;
    const c = cost("PK", "copper", values);
    expect(c.discountRatePct).toBeCloseTo(14.01, 9);
    expect(c.breakdown.capital).toBeCloseTo(23208 * (1 + r) ** 2 * capitalRecoveryFactor(r, 20), 6);
    expect(c.breakdown.capital).toBeCloseTo(4557, 0);
  });
});

describe("relations", () => {
  it("moves only the costs that carry gold when the gold price moves", () => {
    const dearer = { ...defaults, [KEYS.goldPrice]: defaults[KEYS.goldPrice]! + 500 };
    for (const m of ctx.data.minerals) {
      for (const c of COST_COUNTRIES) {
        const carriesGold = m.anchors[c]?.operation.byproducts.some((b) => b.metal === "gold") ?? false;
        const before = cost(c, m.id).landedCostUsdPerTonne;
        const after = cost(c, m.id, dearer).landedCostUsdPerTonne;
        if (carriesGold) expect(after, `${c} ${m.id}`).toBeLessThan(before);
        else expect(after, `${c} ${m.id}`).toBe(before);
      }
    }
    // Only Pakistan's copper carries gold (Reko Diq); US$500 more per ounce saves 1.218 × 500 = US$609 per t.
    const pk =
      cost("PK", "copper", dearer).landedCostUsdPerTonne - cost("PK", "copper").landedCostUsdPerTonne;
    expect(pk).toBeCloseTo(-((1.2375 * 0.95) / 0.965) * 500, 6);
  });

  it("halves copper's freight per tonne of copper when the concentrate grade doubles", () => {
    const at = (grade: number) => ({ ...defaults, [KEYS.concentrateGradeCopper]: grade });
    for (const c of COST_COUNTRIES) {
      // Freight of the concentrate leg halves; the refined product's leg (1 t per t) stays.
      const shipped = (g: number) => shippedTonnesPerProductTonne(at(g), mineral("copper"));
      expect(shipped(40)).toBeCloseTo(shipped(20) / 2, 12);
      const f20 = cost(c, "copper", at(20)).breakdown.freight;
      const f40 = cost(c, "copper", at(40)).breakdown.freight;
      const productLeg = 2 * f40 - f20;
      expect(f40 - productLeg, c).toBeCloseTo((f20 - productLeg) / 2, 6);
    }
  });

  it("does not change the tariff with freight or insurance (customs value, not cost + freight + insurance)", () => {
    const dearFreight = {
      ...defaults,
      [KEYS.freightToChina("PK")]: 300,
      [KEYS.inlandFreight("PK")]: 200,
      [KEYS.insurance("PK")]: 2,
    };
    expect(cost("PK", "copper", dearFreight).breakdown.tariff).toBe(cost("PK", "copper").breakdown.tariff);
    expect(cost("PK", "copper", dearFreight).breakdown.freight).toBeGreaterThan(
      cost("PK", "copper").breakdown.freight,
    );
  });

  it("prices political risk once: in the discount rate, or as an insurance premium on capital at the base rate", () => {
    const priced = { ...defaults, [KEYS.riskTreatment]: RISK_TREATMENT.priced, [KEYS.riskLoading]: 0.5 };
    const insured = { ...priced, [KEYS.riskTreatment]: RISK_TREATMENT.insured };
    const p = cost("PK", "copper", priced);
    const i = cost("PK", "copper", insured);
    // Priced: 8 + 0.5 × 12.02 = 14.01 %; insured: the base rate only, the premium in the security part.
    expect(p.discountRatePct).toBeCloseTo(14.01, 9);
    expect(i.discountRatePct).toBeCloseTo(8, 9);
    const capex = defaults[KEYS.operationCapex("reko-diq")]!;
    const physical = defaults[KEYS.physicalSecurity("PK")]! / 100;
    const premium = defaults[KEYS.riskInsurance("PK")]! / 100;
    expect(p.breakdown.security).toBeCloseTo(capex * physical, 6);
    expect(i.breakdown.security).toBeCloseTo(capex * (physical + premium), 6);
    // With the risk loading at zero, insuring can only add cost (the premium), never take the premium out twice.
    const noLoading = { ...priced, [KEYS.riskLoading]: 0 };
    expect(
      cost("PK", "copper", { ...noLoading, [KEYS.riskTreatment]: RISK_TREATMENT.insured })
        .landedCostUsdPerTonne,
    ).toBeGreaterThan(cost("PK", "copper", noLoading).landedCostUsdPerTonne);
  });

  it("rises with a country's wage, risk premium, freight and tariff, and falls with its productivity", () => {
    for (const c of ["PK", "AU", "CA", "UA", "CN"] as const) {
      for (const m of ["copper", "lithium", "graphite"]) {
        const base = cost(c, m).landedCostUsdPerTonne;
        const up = (key: string, by: number) =>
          cost(c, m, { ...defaults, [key]: defaults[key]! * by }).landedCostUsdPerTonne;
        expect(up(KEYS.wage(c), 1.5), `${c} ${m} wage`).toBeGreaterThan(base);
        expect(up(KEYS.productivity(c), 1.5), `${c} ${m} productivity`).toBeLessThan(base);
        expect(up(KEYS.inlandFreight(c), 2), `${c} ${m} freight`).toBeGreaterThan(base);
        expect(
          cost(c, m, { ...defaults, [KEYS.crp(c)]: defaults[KEYS.crp(c)]! + 2 }).landedCostUsdPerTonne,
        ).toBeGreaterThan(base);
      }
    }
  });

  it("converts contained tonnes to product tonnes: 5.32 t of lithium carbonate per t of lithium", () => {
    expect(productTonnesPerContainedTonne(mineral("lithium"))).toBeCloseTo(100 / 18.79, 9);
    expect(productTonnesPerContainedTonne(mineral("copper"))).toBe(1);
  });
});
