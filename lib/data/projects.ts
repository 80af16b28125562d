import { z } from "zod";
import { CountryCodeSchema, KebabIdSchema, MineralIdSchema, QuantitySchema, StatusSchema } from "./common";

/** A labelled sourced figure about a project, e.g. "Life of mine". */
export const ProjectFactSchema = z.strictObject({
  /** Stable id for facts the model cites (e.g. "copper-reserves"); optional for display-only facts. */
  id: KebabIdSchema.optional(),
  label: z.string().min(1),
  quantity: QuantitySchema,
});

/** A phase of a project with the figures the dependency model uses (capacity from its start year). */
export const ProjectPhaseSchema = z.strictObject({
  id: KebabIdSchema,
  name: z.string().min(1),
  /** Mineral whose output the capacity counts. */
  mineral: MineralIdSchema,
  /** Annual output at capacity, in tonnes of the mineral's traded product (see minerals.json). */
  capacity: QuantitySchema,
  /** Capital expenditure of this phase, USD. */
  capex: QuantitySchema,
  /** First year of production. */
  startYear: QuantitySchema,
  /** Ore throughput where the source states it. */
  throughput: QuantitySchema.optional(),
});

/** A mining project or deposit in a supplier country. */
export const ProjectSchema = z.strictObject({
  id: KebabIdSchema,
  name: z.string().min(1),
  country: CountryCodeSchema,
  minerals: z.array(MineralIdSchema).min(1),
  /** Where it is, in words (district, province). */
  location: z.string().min(1),
  operator: z.string().min(1).optional(),
  stage: z.enum(["operating", "construction", "feasibility", "exploration", "tendered", "idle", "occupied"]),
  /** In territory not controlled by the government (Ukraine). */
  occupied: z.boolean(),
  summary: z.string().min(1),
  phases: z.array(ProjectPhaseSchema),
  facts: z.array(ProjectFactSchema),
  status: StatusSchema,
  sourceId: KebabIdSchema,
});
export type Project = z.infer<typeof ProjectSchema>;
export type ProjectPhase = z.infer<typeof ProjectPhaseSchema>;

export const ProjectsFileSchema = z.strictObject({
  description: z.string().min(1),
  projects: z.array(ProjectSchema).min(1),
});
