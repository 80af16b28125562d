import { z } from "zod";
import { CountryCodeSchema, KebabIdSchema, MineralIdSchema, StatusSchema } from "./common";

/**
 * One cost-model parameter with a default and a low/high range (cost-parameters §11 of the reference): the
 * evidence the assumptions table (lib/model) builds its defaults and slider ranges from.
 */
export const CostParameterSchema = z
  .strictObject({
    /** kebab-case id, unique together with country and mineral, e.g. "mining-wage". */
    id: KebabIdSchema,
    /** What the quantity is, in words, e.g. "Mining wage". */
    label: z.string().min(1),
    country: CountryCodeSchema.nullable(),
    mineral: MineralIdSchema.nullable(),
    unit: z.string().min(1),
    default: z.number().finite(),
    low: z.number().finite(),
    high: z.number().finite(),
    /** Year the default refers to. */
    year: z.number().int().min(1990).max(2060),
    status: StatusSchema,
    /** The main source behind the default (for an assumption, the evidence it leans on). */
    sourceId: KebabIdSchema,
    /** Further sources used for the range. */
    alsoSourceIds: z.array(KebabIdSchema).optional(),
    /** Why this default and this range, in a sentence or two. */
    basis: z.string().min(1),
  })
  .refine((p) => p.low <= p.default && p.default <= p.high, {
    message: "default must lie within low..high",
    path: ["default"],
  });
export type CostParameter = z.infer<typeof CostParameterSchema>;

export const CostParametersFileSchema = z.strictObject({
  description: z.string().min(1),
  parameters: z.array(CostParameterSchema).min(1),
});
