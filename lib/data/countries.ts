import { z } from "zod";
import { CountryCodeSchema } from "./common";

/** A country (or the WORLD / ZZ aggregate rows) that appears anywhere in the data. */
export const CountrySchema = z.strictObject({
  code: CountryCodeSchema,
  name: z.string().min(1),
  /**
   * supplier: one of the five supplier countries the dashboard compares; importer: the United States;
   * aggregate: WORLD or the USGS "Other countries" row; context: any other country in a USGS table.
   */
  role: z.enum(["supplier", "importer", "aggregate", "context"]),
  /** Short name for chart labels. */
  shortName: z.string().min(1).optional(),
});
export type Country = z.infer<typeof CountrySchema>;

export const CountriesFileSchema = z.strictObject({
  description: z.string().min(1),
  countries: z.array(CountrySchema).min(1),
});
