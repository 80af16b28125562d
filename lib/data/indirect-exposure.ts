import { z } from "zod";
import { CountryCodeSchema, MineralIdSchema, QuantitySchema } from "./common";

/** One third country's refined product sold to the US, and how much of it is made from Chinese intermediates. */
export const IndirectShareSchema = z.strictObject({
  mineral: MineralIdSchema,
  country: CountryCodeSchema,
  /** Percent of that country's refined output (as sold to the US) made from Chinese intermediates. */
  chinaFeedShare: QuantitySchema,
});
export type IndirectShare = z.infer<typeof IndirectShareSchema>;

export const IndirectExposureFileSchema = z.strictObject({
  description: z.string().min(1),
  shares: z.array(IndirectShareSchema).min(1),
});
export type IndirectExposureFile = z.infer<typeof IndirectExposureFileSchema>;
