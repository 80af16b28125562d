import { z } from "zod";
import { ObservationSchema } from "../../data/common";
import { PRIMARY_EDITION } from "../../data/constants";
import { CountrySchema } from "../../data/countries";
import { type Dataset } from "../../data/dataset";
import { MineralSchema } from "../../data/minerals";
import { SourceSchema } from "../../data/sources";
import { DATASET_FORMATS, datasetFilterValues, FILTER_KEYS, MAX_LIST } from "../dataset-query";

/** GET /api/dataset as JSON: the data files' own records (the schemas they are validated with) and a meta block. */
export const DatasetEnvelopeSchema = z.strictObject({
  countries: z.array(CountrySchema).readonly(),
  minerals: z.array(MineralSchema).readonly(),
  observations: z.array(ObservationSchema).readonly(),
  sources: z.array(SourceSchema).readonly(),
  meta: z.strictObject({
    /** How many observations matched. */
    count: z.int().min(0),
    /** The filters applied, each one's values sorted. */
    filters: z.partialRecord(z.enum(FILTER_KEYS), z.array(z.string())),
    primaryEdition: z.literal(PRIMARY_EDITION),
    note: z.string(),
  }),
});
export type DatasetEnvelope = z.infer<typeof DatasetEnvelopeSchema>;

const FILTER_DESCRIPTIONS: Record<(typeof FILTER_KEYS)[number], string> = {
  mineral: "Mineral ids.",
  country: "ISO 3166-1 alpha-2 codes, WORLD, or ZZ for USGS's 'Other countries' (read in any case).",
  measure: "Measure ids, e.g. mine-production, reserves, wgi-political-stability-percentile.",
  edition: "USGS editions; rows of other sources carry none.",
  source: "Source ids (the sourceId of an observation).",
};

/**
 * The dataset API's query: each filter one value or a comma-separated list of values the dataset holds (the same
 * sets the route checks against), and the format. A parameter not listed is refused.
 */
export function datasetQuerySchema(ds: Dataset) {
  const known = datasetFilterValues(ds);
  const filters = Object.fromEntries(
    FILTER_KEYS.map((k) => [
      k,
      z
        .array(z.enum([...known[k]].sort() as [string, ...string[]]))
        .min(1)
        .max(MAX_LIST)
        .optional()
        .meta({ description: FILTER_DESCRIPTIONS[k] }),
    ]),
  );
  return z.strictObject({
    ...filters,
    format: z
      .enum(DATASET_FORMATS)
      .optional()
      .meta({ description: "json (default) or csv: one row per observation, with a # preamble." }),
  });
}
