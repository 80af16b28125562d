import { z } from "zod";
import { MINERAL_IDS } from "../../data/constants";
import { type Assumption, type Preset } from "../../model/types";
import { breakEvenCandidates, COMPETITORS, MAX_A_LENGTH } from "../../url/lab-state";
import { URL_VERSION } from "../../url/scenario-params";

/**
 * What /api/scenario accepts, as zod schemas built from the assumptions table and the presets — the same table the
 * route checks against. The route reads its query and body by hand (its messages name each fault in the reader's
 * terms); `scenario-request-schemas.test.ts` checks that it accepts what these schemas accept and refuses the rest.
 */

/** One assumption's value: any finite number; outside its bounds it is clamped, with a warning. */
function assumptionValue(a: Assumption) {
  const whole = a.kind === "number" ? "" : ` Whole values: ${describeOptions(a)}.`;
  return z
    .number()
    .optional()
    .meta({
      description: `${a.label} (${a.unit}): ${a.min} to ${a.max}, default ${a.default}; clamped into the bounds with a warning.${whole}`,
    });
}

function describeOptions(a: Assumption): string {
  return a.options?.map((o) => `${o.value} = ${o.label}`).join(", ") ?? "0 = off, 1 = on";
}

/** Every assumption key, each optional: the values that differ from the preset. */
export function scenarioAssumptionsSchema(table: readonly Assumption[]) {
  return z.strictObject(Object.fromEntries(table.map((a) => [a.key, assumptionValue(a)]))).meta({
    description: "Assumption values by key (GET /api/assumptions lists them); unset keys take the preset's.",
  });
}

function presetSchema(presets: readonly Preset[]) {
  return z
    .enum(presets.map((p) => p.id) as [string, ...string[]])
    .optional()
    .meta({ description: "The preset the values start from (default: evidence-baseline)." });
}

/**
 * GET /api/scenario's query: the scenario page's own URL parameters. The assumption values are one parameter per
 * key (`crp-pk=6`); the view parameters (`mineral`, `competitor`, `be`, `a`) are accepted so a page link works as a
 * query, and do not change the answer.
 */
export function scenarioQuerySchema(
  table: readonly Assumption[],
  presets: readonly Preset[],
  assumptions: z.ZodType,
) {
  return z.strictObject({
    v: z
      .int()
      .min(1)
      .max(URL_VERSION)
      .optional()
      .meta({ description: "The link format's version; older links are migrated." }),
    preset: presetSchema(presets),
    assumptions: assumptions.optional(),
    mineral: z.enum(MINERAL_IDS).optional().meta({ description: "The lab's mineral (view only)." }),
    competitor: z.enum(COMPETITORS).optional().meta({ description: "The lab's competitor (view only)." }),
    be: z
      .enum(breakEvenCandidates(table).map((a) => a.key) as [string, ...string[]])
      .optional()
      .meta({ description: "The lab's break-even assumption (view only)." }),
    a: z.string().max(MAX_A_LENGTH).optional().meta({
      description: "The lab's pinned scenario A, itself a query string; checked like the main one.",
    }),
  });
}

/** POST /api/scenario's body. */
export function scenarioBodySchema(presets: readonly Preset[], assumptions: z.ZodType) {
  return z.strictObject({ preset: presetSchema(presets), assumptions: assumptions.optional() });
}
