import { z } from "zod";
import { KebabIdSchema, PartialDateSchema } from "./common";

/** One publication in the source registry (`data/sources.json`). */
export const SourceSchema = z.strictObject({
  id: KebabIdSchema,
  title: z.string().min(1),
  /** Organisation or author that published it. */
  producer: z.string().min(1),
  /** Edition, release or vintage, e.g. "MCS 2025" or "2024 update". */
  edition: z.string().min(1),
  /** Date published, YYYY, YYYY-MM or YYYY-MM-DD. */
  date: PartialDateSchema,
  /** Absolute URL of the publication, or a path inside this app for the project's own method notes. */
  url: z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/[^\s]*$/)]),
  licence: z.string().min(1),
  /**
   * primary: the original publisher; secondary: a third party reporting it (verify before publishing);
   * project: this project's own documented assumptions and calculations.
   */
  kind: z.enum(["primary", "secondary", "project"]),
  /** Caveats a reader should know: vintage inferred, figure relayed by an aggregator, etc. */
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesFileSchema = z.strictObject({
  description: z.string().min(1),
  sources: z.array(SourceSchema).min(1),
});
export type SourcesFile = z.infer<typeof SourcesFileSchema>;
