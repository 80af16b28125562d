import { z } from "zod";
import { CountryCodeSchema, KebabIdSchema, MineralIdSchema, PartialDateSchema, StatusSchema } from "./common";

/** A US tariff regime the model can switch between. */
export const TariffRegimeSchema = z.strictObject({
  id: KebabIdSchema,
  label: z.string().min(1),
  /** Date from which the regime applies. */
  from: PartialDateSchema,
  description: z.string().min(1),
  status: StatusSchema,
  sourceId: KebabIdSchema,
});

/** One duty that stacks into an ad-valorem rate. */
export const TariffLayerSchema = z.strictObject({
  name: z.string().min(1),
  ratePct: z.number().min(0).max(1000),
  sourceId: KebabIdSchema,
});

/** The US ad-valorem duty on one supplier's mineral product under one regime. */
export const TariffRateSchema = z.strictObject({
  regime: KebabIdSchema,
  country: CountryCodeSchema,
  mineral: MineralIdSchema,
  /** The product and HTS heading the rate applies to, e.g. "copper concentrate (2603)". */
  product: z.string().min(1),
  /** Sum of the layers, percent ad valorem (MFN column-1 duty excluded). */
  ratePct: z.number().min(0).max(1000),
  layers: z.array(TariffLayerSchema),
  year: z.number().int(),
  status: StatusSchema,
  sourceId: KebabIdSchema,
  note: z.string().min(1).optional(),
});
export type TariffRate = z.infer<typeof TariffRateSchema>;

export const TariffsFileSchema = z.strictObject({
  description: z.string().min(1),
  regimes: z.array(TariffRegimeSchema).min(1),
  rates: z.array(TariffRateSchema).min(1),
});
export type TariffsFile = z.infer<typeof TariffsFileSchema>;
