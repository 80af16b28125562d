import { z } from "zod";
import { KebabIdSchema, MineralIdSchema, PRODUCTION_MEASURES } from "./common";

/** One of the ten minerals in scope, with what USGS measures for it. */
export const MineralSchema = z.strictObject({
  id: MineralIdSchema,
  name: z.string().min(1),
  /** USGS MCS 2025 chapter source id for this mineral. */
  usgsSourceId: KebabIdSchema,
  /** What the production figures count, in words, e.g. "Mine production, antimony content". */
  productionBasis: z.string().min(1),
  /** The measure that counts its output in USGS's world table: mine production, or sponge metal for titanium. */
  productionMeasure: z.enum(PRODUCTION_MEASURES),
  /**
   * The form the US imports (its import-source form), on which the landed-cost model prices every supplier:
   * `payableContentPct` is the share of the USGS basis (metal or oxide content) in a tonne of it, so a tonne of
   * contained content is 100 ÷ payableContentPct tonnes of product (5.32 t of lithium carbonate per t of lithium).
   */
  product: z.strictObject({
    id: KebabIdSchema,
    name: z.string().min(1),
    unit: z.string().min(1),
    payableContentPct: z.number().positive().max(100),
  }),
  /** What the landed-cost model prices per tonne, e.g. "copper in concentrate (t Cu)". */
  tradedProduct: z.string().min(1),
  /** sourced: cost and capex come from cited operations; assumption: labelled placeholders (cost-parameters §11.2). */
  costBasis: z.enum(["sourced", "assumption"]),
  /** One-paragraph description in our words: what it is used for and why it is critical. */
  summary: z.string().min(1),
  /** Gaps a reader must know about for this mineral. */
  gaps: z.array(z.string().min(1)),
});
export type Mineral = z.infer<typeof MineralSchema>;

export const MineralsFileSchema = z.strictObject({
  description: z.string().min(1),
  minerals: z.array(MineralSchema).length(10),
});
