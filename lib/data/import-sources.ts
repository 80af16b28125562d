import { z } from "zod";
import {
  BoundSchema,
  CountryCodeSchema,
  EditionSchema,
  KebabIdSchema,
  MineralIdSchema,
  StatusSchema,
} from "./common";

/** One country's share of US imports of a product form over a period (USGS "Import Sources"). */
export const ImportShareSchema = z.strictObject({
  /** ISO alpha-2, or ZZ for "other". */
  country: CountryCodeSchema,
  /** Share of US imports, percent. */
  sharePct: z.number().min(0).max(100),
  /** A printed bound: ">99" is a lower bound, "<1" an upper one. */
  bound: BoundSchema.optional(),
  /** e.g. "Includes Hong Kong". */
  note: z.string().min(1).optional(),
});

/** US import sources of one product form of a mineral for one period, as USGS prints them. */
export const ImportSourcesSchema = z.strictObject({
  mineral: MineralIdSchema,
  /** Product form, e.g. "refined copper" or "total metal and oxide". */
  productForm: z.string().min(1),
  /** True for the form the model uses to split US imports. */
  primary: z.boolean(),
  /** Period the shares cover, e.g. "2020–2023". */
  period: z.string().min(1),
  /** Last year of the period, for sorting and filters. */
  year: z.number().int(),
  edition: EditionSchema,
  status: StatusSchema,
  sourceId: KebabIdSchema,
  locator: z.string().min(1).optional(),
  shares: z.array(ImportShareSchema).min(1),
  note: z.string().min(1).optional(),
});
export type ImportSources = z.infer<typeof ImportSourcesSchema>;

export const ImportSourcesFileSchema = z.strictObject({
  description: z.string().min(1),
  importSources: z.array(ImportSourcesSchema).min(1),
});
