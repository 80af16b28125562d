import { z } from "zod";
import { MineralIdSchema } from "../../data/common";
import { MINERAL_IDS } from "../../data/constants";
import { CLAIM_IDS, VERDICTS } from "../../model/claims";
import { GRID_MAX, GRID_MIN } from "../../model/robustness";
import { COST_COUNTRIES, type Assumption, type Preset } from "../../model/types";
import { URL_VERSION } from "../../url/scenario-params";
import { FieldMessageSchema } from "./common";

/**
 * GET /api/robustness as zod schemas: its query (the map's own parameters, then the scenario's as /api/scenario
 * takes them) and its answer, from which the route's type is inferred.
 */

const COMPETITORS = COST_COUNTRIES.filter((c) => c !== "PK") as [string, ...string[]];

export function robustnessQuerySchema(
  table: readonly Assumption[],
  presets: readonly Preset[],
  assumptions: z.ZodType,
) {
  const keys = table.map((a) => a.key) as [string, ...string[]];
  return z.strictObject({
    claim: z.enum(CLAIM_IDS).meta({ description: "The claim whose verdict each cell shows." }),
    mineral: z.enum(MINERAL_IDS).meta({ description: "The mineral the claim is tested for." }),
    x: z
      .enum(keys)
      .meta({ description: "The assumption across the map (GET /api/assumptions lists the keys)." }),
    y: z.enum(keys).meta({ description: "The assumption up the map; not the same as x." }),
    n: z.int().min(GRID_MIN).max(GRID_MAX).optional().meta({
      description: `Values per axis, evenly spaced from the slider's minimum to its maximum and snapped to its step (default 21; a choice takes its options).`,
    }),
    competitor: z
      .enum(COMPETITORS)
      .optional()
      .meta({ description: "Who each cell's cost gap is measured against (default AU)." }),
    v: z.int().min(1).max(URL_VERSION).optional().meta({ description: "The link format's version." }),
    preset: z
      .enum(presets.map((p) => p.id) as [string, ...string[]])
      .optional()
      .meta({ description: "The preset the scenario starts from (default: evidence-baseline)." }),
    assumptions: assumptions.optional(),
  });
}

const AxisSchema = z.strictObject({ key: z.string(), values: z.array(z.number()) });

export const RobustnessResponseSchema = z.strictObject({
  claim: z.enum(CLAIM_IDS),
  mineral: MineralIdSchema,
  competitor: z.enum(COST_COUNTRIES),
  x: AxisSchema,
  y: AxisSchema,
  cells: z
    .array(
      z.array(
        z.strictObject({
          verdict: z.enum(VERDICTS),
          gap: z.number().nullable().meta({
            description: "Pakistan's landed cost minus the competitor's, USD per tonne; null where none.",
          }),
        }),
      ),
    )
    .meta({ description: "cells[i][j]: the i-th x value with the j-th y value." }),
  scenario: z.strictObject({
    preset: z.string(),
    query: z.string(),
    x: z.number().meta({ description: "The scenario's value of x: where it sits on the map." }),
    y: z.number(),
  }),
  warnings: z.array(FieldMessageSchema),
});
export type RobustnessResponse = z.infer<typeof RobustnessResponseSchema>;
