import { type z } from "zod";
import { ObservationFileSchema } from "./common";
import { CostParametersFileSchema } from "./cost-parameters";
import { CountriesFileSchema } from "./countries";
import { EventsFileSchema } from "./events";
import { ImportSourcesFileSchema } from "./import-sources";
import { MineralsFileSchema } from "./minerals";
import { ProcessingFileSchema } from "./processing";
import { ProjectsFileSchema } from "./projects";
import { ReferenceOperationsFileSchema } from "./reference-operations";
import { SourcesFileSchema } from "./sources";
import { TariffsFileSchema } from "./tariffs";

/**
 * Every file in data/ with the schema it must satisfy. The observation files are listed separately because
 * their records are merged into one observation list (the dataset API's `observations`).
 */
export const OBSERVATION_FILES = [
  "usgs-mcs2025.json",
  "usgs-mcs2026.json",
  "us-supply.json",
  "governance.json",
  "country-risk.json",
  "labour.json",
  "exchange-rates.json",
  "energy-logistics.json",
  "iea-supply.json",
] as const;
export type ObservationFileName = (typeof OBSERVATION_FILES)[number];

export const DATA_FILE_SCHEMAS = {
  "sources.json": SourcesFileSchema,
  "countries.json": CountriesFileSchema,
  "minerals.json": MineralsFileSchema,
  "us-import-sources.json": ImportSourcesFileSchema,
  "cost-parameters.json": CostParametersFileSchema,
  "tariffs.json": TariffsFileSchema,
  "projects.json": ProjectsFileSchema,
  "events.json": EventsFileSchema,
  "reference-operations.json": ReferenceOperationsFileSchema,
  "processing.json": ProcessingFileSchema,
  ...(Object.fromEntries(OBSERVATION_FILES.map((f) => [f, ObservationFileSchema])) as Record<
    ObservationFileName,
    typeof ObservationFileSchema
  >),
} as const;

export type DataFileName = keyof typeof DATA_FILE_SCHEMAS;
export const DATA_FILE_NAMES = Object.keys(DATA_FILE_SCHEMAS) as DataFileName[];

/** The parsed content of every data file, keyed by file name. */
export type ParsedDataFiles = { [F in DataFileName]: z.infer<(typeof DATA_FILE_SCHEMAS)[F]> };
