import { z } from "zod";
import { CountryCodeSchema, KebabIdSchema, MineralIdSchema, QuantitySchema, StatusSchema } from "./common";

/** Where a mine product is processed into the form the US imports. */
export const PROCESSING_LOCATIONS = ["domestic", "united-states", "china", "third-country"] as const;
export type ProcessingLocation = (typeof PROCESSING_LOCATIONS)[number];

/** The step from a mineral's mine product to its compared product (none where the mine sells that product). */
export const ProcessingStepSchema = z.strictObject({
  mineral: MineralIdSchema,
  /** What is shipped to the processor; null when there is no processing step. */
  intermediate: z.string().min(1).nullable(),
  process: z.string().min(1).nullable(),
  /** Tonnes of the intermediate per tonne of product (null where assumptions give it, or there is no step). */
  intermediatePerProductTonne: QuantitySchema.nullable(),
  note: z.string().min(1).optional(),
});
export type ProcessingStep = z.infer<typeof ProcessingStepSchema>;

/** Where one country's output of a mineral is usually processed, with the basis. */
export const RouteSchema = z.strictObject({
  mineral: MineralIdSchema,
  country: CountryCodeSchema,
  location: z.enum(PROCESSING_LOCATIONS),
  status: StatusSchema,
  sourceId: KebabIdSchema,
  basis: z.string().min(1),
  method: z.string().min(1).optional(),
});
export type Route = z.infer<typeof RouteSchema>;

export const ProcessingFileSchema = z.strictObject({
  description: z.string().min(1),
  steps: z.array(ProcessingStepSchema).length(4),
  routes: z.array(RouteSchema).min(1),
});
export type ProcessingFile = z.infer<typeof ProcessingFileSchema>;
