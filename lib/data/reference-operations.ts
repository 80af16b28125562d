import { z } from "zod";
import { CountryCodeSchema, KebabIdSchema, MineralIdSchema, QuantitySchema } from "./common";

/** The landed-cost parts a reported unit cost can cover, so the model can reproduce it at the defaults. */
export const COVERED_PARTS = ["site", "processing", "inland-freight", "freight", "byproduct-credit"] as const;
export type CoveredPart = (typeof COVERED_PARTS)[number];

/** Metals credited against a mine's cost, each priced by its own assumption. */
export const BYPRODUCT_METALS = ["gold", "molybdenum"] as const;
export type ByproductMetal = (typeof BYPRODUCT_METALS)[number];

/** A real operation the landed-cost model is anchored on, with its reported unit cost on its own definition. */
export const ReferenceOperationSchema = z.strictObject({
  id: KebabIdSchema,
  name: z.string().min(1),
  operator: z.string().min(1),
  country: CountryCodeSchema,
  mineral: MineralIdSchema,
  stage: z.enum(["operating", "feasibility", "study"]),
  /** What it sells, in words. */
  sells: z.string().min(1),
  summary: z.string().min(1),
  /** The unit cost as the source reports it, in USD per its own unit. */
  unitCost: QuantitySchema,
  /** The source's definition of that cost, in our words (C1, before or after by-product credits, FOB …). */
  definition: z.string().min(1),
  /** The model's parts the reported cost covers; the site cost is what is left once the others are taken out. */
  covers: z.array(z.enum(COVERED_PARTS)).min(1),
  /** Tonnes of the compared product per unit of the reported cost (e.g. t LCE per t of spodumene concentrate). */
  productTonnesPerUnit: z.number().positive(),
  productTonnesNote: z.string().min(1).optional(),
  /** Capital cost per tonne of the compared product a year. */
  capitalIntensity: QuantitySchema,
  /** By-products per tonne of the compared product, credited at their price assumption. */
  byproducts: z.array(z.strictObject({ metal: z.enum(BYPRODUCT_METALS), perTonne: QuantitySchema })),
  /** Grid power at the country's price, or the operation's own plant (priced by its own assumption). */
  power: z.enum(["grid", "own"]),
  energyNote: z.string().min(1),
  sourceIds: z.array(KebabIdSchema).min(1),
});
export type ReferenceOperation = z.infer<typeof ReferenceOperationSchema>;

/** Which operation a country's costs of a mineral are built from: its own, or the nearest one, scaled. */
export const AnchorSchema = z.strictObject({
  mineral: MineralIdSchema,
  country: CountryCodeSchema,
  operation: KebabIdSchema,
  basis: z.string().min(1),
});
export type Anchor = z.infer<typeof AnchorSchema>;

export const ReferenceOperationsFileSchema = z.strictObject({
  description: z.string().min(1),
  operations: z.array(ReferenceOperationSchema).min(1),
  anchors: z.array(AnchorSchema).min(1),
});
export type ReferenceOperationsFile = z.infer<typeof ReferenceOperationsFileSchema>;
