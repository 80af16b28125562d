import { z } from "zod";
import { MineralIdSchema, StatusSchema } from "../../data/common";
import { COST_COUNTRIES, GROUPS } from "../../model/types";

/** GET /api/assumptions takes no parameters: any one given is refused with 400. */
export const AssumptionsQuerySchema = z.strictObject({});

/** One row of the assumptions table, with its group's label. */
const AssumptionRowSchema = z.strictObject({
  /** URL parameter and API key, e.g. "crp-pk". */
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  group: z.enum(GROUPS),
  groupLabel: z.string(),
  country: z.enum(COST_COUNTRIES).nullable(),
  mineral: MineralIdSchema.nullable(),
  /** number: a slider; switch: 0 off, 1 on; choice: one of the coded options. */
  kind: z.enum(["number", "switch", "choice"]),
  /** Slider bounds: values outside are clamped, with a warning. */
  min: z.number(),
  max: z.number(),
  step: z.number(),
  default: z.number(),
  /** Range of the sensitivity and of the Monte Carlo's distributions. */
  low: z.number(),
  high: z.number(),
  basis: z.string(),
  sourceId: z.string(),
  status: StatusSchema,
  options: z
    .array(z.strictObject({ value: z.number(), label: z.string() }))
    .readonly()
    .optional(),
});

/** GET /api/assumptions: every assumption and the presets. */
export const AssumptionsResponseSchema = z.strictObject({
  assumptions: z.array(AssumptionRowSchema),
  presets: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      /** Written from the values the preset sets. */
      description: z.string(),
      /** Only the keys that differ from the defaults. */
      values: z.record(z.string(), z.number()),
    }),
  ),
});
export type AssumptionsResponse = z.infer<typeof AssumptionsResponseSchema>;
