import { z } from "zod";
import { BOUNDS, EDITIONS, MINERAL_IDS, STATUSES } from "./constants";

export * from "./constants";

/**
 * Shared building blocks of every data-file schema: provenance status, country and mineral ids, and the
 * observation record that carries one sourced number.
 */

export const StatusSchema = z.enum(STATUSES);

export const MineralIdSchema = z.enum(MINERAL_IDS);

/** ISO 3166-1 alpha-2, WORLD, or ZZ (other countries). */
export const CountryCodeSchema = z
  .string()
  .regex(/^(?:[A-Z]{2}|WORLD)$/, "must be an ISO 3166-1 alpha-2 code or WORLD");
export type CountryCode = z.infer<typeof CountryCodeSchema>;

export const KebabIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id");

/** A calendar date written as YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "must be YYYY, YYYY-MM or YYYY-MM-DD",
  );

export const EditionSchema = z.enum(EDITIONS);

/** A printed number the source gives as approximate ("about 300 Mt"); bounds (">", "<") are `bound`. */
export const QualifierSchema = z.enum(["approximately"]);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** A printed ">" (the true value is at least this: lower) or "<" (at most this: upper). */
export const BoundSchema = z.enum(BOUNDS);

const NOT_BOTH_MESSAGE = {
  message: "a value is either approximate or a bound, not both",
  path: ["qualifier"],
};
const notBoth = (o: { qualifier?: unknown; bound?: unknown }) => !(o.qualifier && o.bound);

const nullNeedsNote = (o: { value: number | null; note?: string | undefined }) =>
  o.value !== null || !!o.note;
const NULL_NOTE_MESSAGE = { message: "a null value needs a note giving the reason", path: ["note"] };

/**
 * One sourced number: a value (or null with the reason), its unit, year, source and status.
 * Used for a single figure inside a larger record (a project's capex, an event's casualty count).
 */
export const QuantitySchema = z
  .strictObject({
    /** The number, or null when the source has none (the note says why). */
    value: z.number().finite().nullable(),
    unit: z.string().min(1),
    /** Year the figure refers to. */
    year: z.number().int().min(1950).max(2060),
    status: StatusSchema,
    sourceId: KebabIdSchema,
    /** Why the value is missing, or a qualifier the reader needs. */
    note: z.string().min(1).optional(),
    qualifier: QualifierSchema.optional(),
    /** The source gives the value as a bound: "more than 300" is a lower bound. */
    bound: BoundSchema.optional(),
    /** Low and high ends where the source gives a range. */
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    /** For derived figures: the inputs and the arithmetic. */
    method: z.string().min(1).optional(),
  })
  .refine(nullNeedsNote, NULL_NOTE_MESSAGE)
  .refine(notBoth, NOT_BOTH_MESSAGE);
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * One observation: a number for a country (or the world), a mineral (or none), a measure and a year, with its
 * full provenance. This is the record the dataset API returns.
 */
export const ObservationSchema = z
  .strictObject({
    country: CountryCodeSchema,
    mineral: MineralIdSchema.nullable(),
    /** kebab-case measure id, e.g. mine-production, reserves, wgi-political-stability-percentile. */
    measure: KebabIdSchema,
    /** Year the value refers to; reserves carry the year the edition assesses (2024 for MCS 2025). */
    year: z.number().int().min(1990).max(2060),
    /** Period when it is not a calendar year, e.g. "2020–2023" or "Dec 2024". */
    period: z.string().min(1).optional(),
    value: z.number().finite().nullable(),
    /** Why the value is null (withheld, not listed, not available), or a caveat the reader needs. */
    note: z.string().min(1).optional(),
    unit: z.string().min(1),
    /** What is counted, e.g. "antimony content" or "marketable chromite ore, gross weight". */
    basis: z.string().min(1).optional(),
    qualifier: QualifierSchema.optional(),
    /**
     * The value is a bound, as printed: USGS's ">2,000,000" is `lower` (the true value is at least this), "<1"
     * `upper`. Every share or rank derived from it is a bound too (lib/model/bounds.ts).
     */
    bound: BoundSchema.optional(),
    /** Confidence or reported range bounds, in the same unit. */
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    status: StatusSchema,
    sourceId: KebabIdSchema,
    /** USGS edition, on every USGS row. */
    edition: EditionSchema.optional(),
    /** The value exactly as the source printed it, e.g. "W", "—", ">2,000,000", "62,300 (e)". */
    printed: z.string().min(1).optional(),
    /** Page or table in the source. */
    locator: z.string().min(1).optional(),
    /** For derived values: the inputs and the arithmetic. */
    method: z.string().min(1).optional(),
  })
  .refine(nullNeedsNote, NULL_NOTE_MESSAGE)
  .refine(notBoth, NOT_BOTH_MESSAGE)
  .refine((o) => o.status !== "derived" || !!o.method, {
    message: "a derived value needs a method naming its inputs",
    path: ["method"],
  });
export type Observation = z.infer<typeof ObservationSchema>;

/** A data file made of observations. */
export const ObservationFileSchema = z.strictObject({
  /** What the file holds, in one sentence. */
  description: z.string().min(1),
  observations: z.array(ObservationSchema).min(1),
});
export type ObservationFile = z.infer<typeof ObservationFileSchema>;
