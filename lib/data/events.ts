import { z } from "zod";
import {
  CountryCodeSchema,
  KebabIdSchema,
  MineralIdSchema,
  PartialDateSchema,
  QuantitySchema,
  StatusSchema,
} from "./common";

export const EVENT_KINDS = [
  "agreement",
  "export-control",
  "security-incident",
  "tariff",
  "investment",
  "policy",
] as const;

/** A dated event: an agreement, an export control, a security incident, a tariff change. */
export const EventSchema = z.strictObject({
  id: KebabIdSchema,
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is. */
  date: PartialDateSchema,
  /** Date a measure took effect, when it differs from the announcement. */
  effective: PartialDateSchema.optional(),
  kind: z.enum(EVENT_KINDS),
  countries: z.array(CountryCodeSchema).min(1),
  minerals: z.array(MineralIdSchema),
  title: z.string().min(1),
  /** What happened, in our words. */
  summary: z.string().min(1),
  figures: z.array(z.strictObject({ label: z.string().min(1), quantity: QuantitySchema })),
  status: StatusSchema,
  sourceId: KebabIdSchema,
  /** "verify" notes carried from the reference material. */
  note: z.string().min(1).optional(),
});
export type MineralEvent = z.infer<typeof EventSchema>;

export const EventsFileSchema = z.strictObject({
  description: z.string().min(1),
  events: z.array(EventSchema).min(1),
});
