import { z } from "zod";
import { BOUNDS, MineralIdSchema, StatusSchema } from "../../data/common";
import { PROCESSING_LOCATIONS } from "../../data/processing";
import { CLAIM_IDS, VERDICTS } from "../../model/claims";
import { STAGES } from "../../model/stages";
import { COST_COUNTRIES, COST_COMPONENTS, SUPPLIERS } from "../../model/types";
import { FieldMessageSchema } from "./common";

/**
 * The answer of GET and POST /api/scenario as a zod schema. The route's type is inferred from it, so the model's
 * output must fit it to compile, and every object is strict, so a field the model adds without a line here fails
 * the conformance test that checks real answers against the OpenAPI document built from these schemas.
 */

const CostCountrySchema = z.enum(COST_COUNTRIES);
const CompetitorSchema = z.enum(SUPPLIERS.filter((s) => s !== "PK") as [string, ...string[]]);
const VerdictSchema = z.enum(VERDICTS);
const StageSchema = z.enum(STAGES);
const perStage = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(STAGES.map((s) => [s, value])) as Record<(typeof STAGES)[number], T>);
const costSourceSchema = z.enum(["sourced", "assumption"]);

const LandedCostSchema = z.strictObject({
  country: CostCountrySchema,
  mineral: MineralIdSchema,
  /** The form the US imports, on which the cost is priced. */
  product: z.strictObject({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    payableContentPct: z.number(),
  }),
  landedCostUsdPerTonne: z.number(),
  /** The ten parts, USD per tonne of product; they add up to the landed cost. */
  breakdown: z.strictObject(
    Object.fromEntries(COST_COMPONENTS.map((c) => [c, z.number()])) as Record<
      (typeof COST_COMPONENTS)[number],
      z.ZodNumber
    >,
  ),
  reference: z.strictObject({
    id: z.string(),
    name: z.string(),
    country: CostCountrySchema,
    scaled: z.boolean(),
    reportedCostUsdPerTonne: z.number().nullable(),
    definition: z.string(),
    sourceId: z.string(),
  }),
  processing: z.strictObject({
    location: z.enum(PROCESSING_LOCATIONS),
    tariffOrigin: z.enum([...COST_COUNTRIES, "third-country"]),
  }),
  discountRatePct: z.number(),
  tariffPct: z.number(),
  riskCostUsdPerTonne: z.number(),
  costBasis: costSourceSchema,
});

const DependencyYearSchema = z.strictObject({
  year: z.int(),
  demandT: z.number(),
  mix: z.array(z.strictObject({ source: z.string(), volumeT: z.number(), share: z.number() })),
  chinaShare: z.number(),
  chinaShareBaseline: z.number(),
  hhi: z.number(),
  governanceHhi: z.number(),
  pakistanVolumeT: z.number(),
  pakistanShare: z.number(),
  reSourcedT: z.number(),
  unmetT: z.number(),
  unmetShare: z.number(),
  costChangePct: z.number().nullable(),
  extraCostUsd: z.number(),
  newSupplyT: z.number(),
  exposure: perStage(z.strictObject({ direct: z.number(), indirect: z.number() })),
  pakistanCut: perStage(z.number()),
});

const MineralDependencySchema = z.strictObject({
  mineral: MineralIdSchema,
  demandBasis: z.string(),
  importForm: z.string(),
  importReliance: z.number(),
  years: z.array(DependencyYearSchema),
  notes: z.array(z.string()),
  stages: z.array(
    z.strictObject({
      stage: StageSchema,
      product: z.string(),
      chinaWorldShare: z.number().nullable(),
      hhi: z.number().nullable(),
      top3Share: z.number().nullable(),
      sourceId: z.string().nullable(),
      year: z.int().nullable(),
      usExposureToChina: z.array(
        z.strictObject({ year: z.int(), direct: z.number(), indirect: z.number(), total: z.number() }),
      ),
    }),
  ),
  baselineExposure: perStage(z.number()),
});

/** A number behind a verdict, in words and with its provenance. */
const ReasonTextSchema = z.strictObject({
  label: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  display: z.string(),
  sourceId: z.string().optional(),
  status: StatusSchema.optional(),
  mineral: MineralIdSchema.optional(),
  country: z.string().optional(),
  stage: StageSchema.optional(),
  /** "upper": the value is at most what is shown; "unknown": a bound in no known direction. */
  bound: z.enum([...BOUNDS, "unknown"]).optional(),
});

/** Share of the Monte Carlo draws in which a test holds; null when nothing uncertain was drawn. */
const probability = z.number().min(0).max(1).nullable();

const ClaimTextSchema = z.strictObject({
  id: z.enum(CLAIM_IDS),
  title: z.string(),
  claim: z.string(),
  verdict: VerdictSchema,
  probability,
  byMineral: z.array(z.strictObject({ mineral: MineralIdSchema, verdict: VerdictSchema, probability })),
  summary: z.string(),
  reasons: z.array(ReasonTextSchema),
  perMineral: z.array(
    z.strictObject({
      mineral: MineralIdSchema,
      verdict: VerdictSchema,
      probability,
      summary: z.string(),
      reasons: z.array(ReasonTextSchema),
    }),
  ),
});

const ComparisonSchema = z.strictObject({
  mineral: MineralIdSchema,
  competitor: CompetitorSchema,
  pakistanUsdPerTonne: z.number(),
  competitorUsdPerTonne: z.number(),
  /** PK − competitor, USD per tonne (negative: Pakistan cheaper). */
  gapUsdPerTonne: z.number(),
  gapPct: z.number(),
  pakistanCheaper: z.boolean(),
  decidingKey: z.string().nullable(),
  breakEven: z
    .strictObject({
      key: z.string(),
      competitor: CompetitorSchema,
      mineral: MineralIdSchema,
      value: z.number().nullable(),
      pakistanCheaperBelow: z.boolean().nullable(),
      currentGap: z.number(),
      gapAtMin: z.number(),
      gapAtMax: z.number(),
      min: z.number(),
      max: z.number(),
    })
    .nullable(),
  costBasis: costSourceSchema,
  probabilityPakistanCheaper: probability,
  medianGapUsdPerTonne: z.number().nullable(),
});

/** GET and POST /api/scenario: the normalised scenario, its warnings and everything the model computes. */
export const ScenarioResponseSchema = z.strictObject({
  scenario: z.strictObject({
    preset: z.string(),
    /** Every assumption after clamping and rounding. */
    values: z.record(z.string(), z.number()),
    /** The values that differ from the preset's. */
    changed: z.record(z.string(), z.number()),
    /** The scenario as a query string: the same parameters as the scenario page's URL. */
    query: z.string(),
  }),
  /** One per value that was clamped or rounded. */
  warnings: z.array(FieldMessageSchema),
  costs: z.array(LandedCostSchema),
  dependency: z.array(MineralDependencySchema),
  claims: z.array(ClaimTextSchema),
  montecarlo: z.strictObject({
    draws: z.int(),
    seed: z.int(),
    /** A claim holds when its test holds in at least this share of the draws. */
    holdsAtLeast: z.number(),
    /** A claim does not hold when its test holds in at most this share of the draws. */
    doesNotHoldAtMost: z.number(),
  }),
  comparisons: z.array(ComparisonSchema),
});
export type ScenarioResponse = z.infer<typeof ScenarioResponseSchema>;
