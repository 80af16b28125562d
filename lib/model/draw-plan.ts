import {
  cheaperMargins,
  chinaCut,
  type ClaimMargins,
  type ClaimSetup,
  type MarginSources,
  type Percentiles,
  stableMargin,
  ukraineMargins,
} from "./claim-tests";
import {
  baselineExposure,
  type DependencyInputs,
  type DependencyPolicy,
  type DependencySupply,
  dependencyCosts,
  dependencyPolicy,
  dependencySupply,
  pakistanCutIn,
} from "./dependency";
import { type ScenarioSampler } from "./distributions";
import { KEYS } from "./keys";
import { CostReader, landedCostTotal, RecordingReader } from "./landed-cost";
import { type MineralModelData, type ModelData } from "./model-data";
import { type Stage } from "./stages";
import { ALTERNATIVE_SUPPLIERS, type CostCountry, type ScenarioValues } from "./types";

/**
 * The claims' draws, planned once per scenario (claim-draws.ts runs the loop). Pricing each draw as a fresh scenario
 * — a string-keyed record of ~190 values, every landed cost and dependency input read by key — cost about 0.1 ms a
 * draw. The plan does what does not depend on the draw once: it gives every assumption a position in one typed
 * array the sampler writes into, works out which landed costs and which minerals' dependency inputs read a drawn
 * key (the rest are priced once), and keeps China's baseline share per mineral (data alone). A draw then writes its
 * values, reprices only what they move and evaluates the same margin functions as the point test (claim-tests.ts),
 * so the probabilities are the same numbers, to the bit, as pricing each draw from scratch (draw-plan.test.ts).
 */

/** The countries whose landed costs the claims read: Pakistan, its benchmarks and Ukraine. */
const PRICED = ALTERNATIVE_SUPPLIERS;
type Priced = (typeof PRICED)[number];
/** Each priced country's row in the totals. */
const PRICED_ROW = Object.fromEntries(PRICED.map((c, i) => [c, i])) as Record<Priced, number>;

/** Reads the draw's values from their positions in one typed array. */
class PositionReader extends CostReader {
  constructor(
    values: ScenarioValues,
    readonly x: Float64Array,
    private readonly at: ReadonlyMap<string, number>,
  ) {
    super(values);
  }
  override read(key: string): number {
    const i = this.at.get(key);
    if (i === undefined) throw new Error(`scenario has no value for "${key}"`);
    return this.x[i]!;
  }
  override optional(key: string): number {
    const i = this.at.get(key);
    return i === undefined ? 0 : this.x[i]!;
  }
}

/**
 * One mineral C4 tests: its data, China's baseline share, and each part of its dependency inputs, read once where
 * no drawn key reaches it (null: read on every draw).
 */
interface CutPlan {
  m: MineralModelData;
  /** The draw's landed cost of an alternative supplier (the draw prices no other country). */
  landedOf: (c: string) => number | undefined;
  baseline: Readonly<Record<Stage, number>>;
  policy: DependencyPolicy | null;
  supply: DependencySupply | null;
}

export class DrawPlan {
  private readonly x: Float64Array;
  private readonly positions: Int32Array;
  private readonly reader: PositionReader;
  /** Each mineral's index, by the mineral object (the margins pass the data's own objects). */
  private readonly mineralIndex: Map<MineralModelData, number>;
  /** Landed cost per priced country × mineral (NaN: not needed by any test), for the current draw. */
  private readonly totals: Float64Array;
  /** The totals a drawn key moves: their index, country and mineral. */
  private readonly moving: { slot: number; c: CostCountry; m: MineralModelData }[] = [];
  private readonly cuts: CutPlan[];
  private readonly crpPk: number;
  private readonly crpUa: number;
  /** The margins read landed costs from the draw's totals. */
  readonly src: MarginSources;

  constructor(
    private readonly data: ModelData,
    private readonly setup: ClaimSetup,
    values: ScenarioValues,
    private readonly sampler: ScenarioSampler,
    comparisons: boolean,
  ) {
    const keys = [...new Set([...Object.keys(values), ...sampler.keys])];
    const at = new Map(keys.map((k, i) => [k, i]));
    this.x = Float64Array.from(keys, (k) => values[k] ?? NaN);
    this.positions = Int32Array.from(sampler.keys, (k) => at.get(k)!);
    this.reader = new PositionReader(values, this.x, at);
    this.mineralIndex = new Map(data.minerals.map((m, i) => [m, i]));
    this.crpPk = at.get(KEYS.crp("PK"))!;
    this.crpUa = at.get(KEYS.crp("UA"))!;
    const drawn = new Set(sampler.keys);
    // The drawn keys something priced per draw reads; the others (a country no test prices, a mineral's pipeline
    // C4 does not test) are not drawn at all. The keys a cost reads do not depend on the values read.
    const used = new Set([KEYS.crp("PK"), KEYS.crp("UA")]);
    const movedBy = (r: RecordingReader) => {
      const moved = [...r.keys].some((k) => drawn.has(k));
      if (moved) for (const k of r.keys) used.add(k);
      return moved;
    };

    // Every landed cost a test (or the comparisons) reads; each priced here once, and again per draw only if a
    // drawn key reaches it.
    const needed = new Map<number, { c: Priced; m: MineralModelData }>();
    const need = (countries: readonly Priced[], minerals: readonly MineralModelData[]) => {
      for (const m of minerals) for (const c of countries) needed.set(this.slot(c, m), { c, m });
    };
    need(["PK", "AU", "CA"], setup.cheaper);
    need(PRICED, setup.lessChina);
    need(["PK", "AU", "CA"], setup.ukraineCost.PK);
    need(["UA", "AU", "CA"], setup.ukraineCost.UA);
    if (comparisons) need(["PK", "AU", "CA"], data.minerals);
    this.totals = new Float64Array(PRICED.length * data.minerals.length).fill(NaN);
    for (const [slot, { c, m }] of needed) {
      const recorder = new RecordingReader(this.reader);
      this.totals[slot] = landedCostTotal(data, recorder, c, m);
      if (movedBy(recorder)) this.moving.push({ slot, c, m });
    }

    this.cuts = setup.lessChina.map((m) => {
      const policyKeys = new RecordingReader(this.reader);
      const policy = dependencyPolicy(data, policyKeys, m);
      const supplyKeys = new RecordingReader(this.reader);
      const supply = dependencySupply(data, supplyKeys, m);
      return {
        m,
        landedOf: (c: string) => (Object.hasOwn(PRICED_ROW, c) ? this.src.total(c as Priced, m) : undefined),
        baseline: baselineExposure(data, m),
        policy: movedBy(policyKeys) ? null : policy,
        supply: movedBy(supplyKeys) ? null : supply,
      };
    });
    sampler.keys.forEach((k, i) => {
      if (!used.has(k)) this.positions[i] = -1;
    });

    this.src = {
      total: (c, m) => {
        const t = this.totals[this.slot(c as Priced, m)];
        if (t === undefined || Number.isNaN(t)) throw new Error(`the draw plan prices no ${c} ${m.id}`);
        return t;
      },
      dependency: () => undefined,
    };
  }

  /** The index of a priced country's landed cost of a mineral in `totals`. */
  private slot(c: Priced, m: MineralModelData): number {
    return PRICED_ROW[c] * this.data.minerals.length + this.mineralIndex.get(m)!;
  }

  /** Sets the draw for uniforms `u` (one per sampler slot) and reprices what it moves. */
  draw(u: ArrayLike<number>): void {
    this.sampler.drawInto(u, this.x, this.positions);
    this.reader.clear();
    for (const { slot, c, m } of this.moving)
      this.totals[slot] = landedCostTotal(this.data, this.reader, c, m);
  }

  /** Every claim test's margin in the current draw, with the WGI ranks drawn for it. */
  margins(ranks: Percentiles): ClaimMargins {
    const lessChina: ClaimMargins["lessChina"] = {};
    const target = this.setup.target;
    for (const { m, landedOf, baseline, policy, supply } of this.cuts) {
      const inputs: DependencyInputs = {
        policy: policy ?? dependencyPolicy(this.data, this.reader, m),
        supply: supply ?? dependencySupply(this.data, this.reader, m),
      };
      const costs = dependencyCosts(this.data, m, landedOf);
      const cut = chinaCut(baseline, pakistanCutIn(this.data, m, inputs, costs, target));
      if (cut) lessChina[m.id] = cut;
    }
    return {
      cheaper: cheaperMargins(this.setup, this.src),
      stable: stableMargin(ranks),
      lessChina,
      ukraine: ukraineMargins(this.setup, this.src, ranks, this.x[this.crpUa]! - this.x[this.crpPk]!),
    };
  }
}
