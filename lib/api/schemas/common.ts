import { z } from "zod";

/**
 * What every API route answers when it refuses a request (4xx) or fails (500): one `{ field, message }` per
 * problem, and for a scenario the warnings that were raised before the refusal.
 */
export const FieldMessageSchema = z.strictObject({
  /** The parameter, body path or header the problem concerns ("server" for a fault of our own). */
  field: z.string(),
  message: z.string(),
});

/** The body of every 4xx and 500 answer. */
export const ProblemsSchema = z.strictObject({
  errors: z.array(FieldMessageSchema).min(1),
  /** Clamped values noticed before the request was refused (scenario routes only). */
  warnings: z.array(FieldMessageSchema).optional(),
});
export type Problems = z.infer<typeof ProblemsSchema>;
