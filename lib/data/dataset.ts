import { checkDataFiles } from "./checks";
import { type Observation, type MineralId } from "./common";
import { type Country } from "./countries";
import { type CostParameter } from "./cost-parameters";
import { type MineralEvent } from "./events";
import { OBSERVATION_FILES, type ParsedDataFiles } from "./files";
import { type ImportSources } from "./import-sources";
import { type Mineral } from "./minerals";
import { type ProcessingFile } from "./processing";
import { type Project } from "./projects";
import { type ReferenceOperationsFile } from "./reference-operations";
import { type Source } from "./sources";
import { type TariffsFile } from "./tariffs";
import { type DataIssue, formatDataIssue, parseDataFiles } from "./validate";

/** Everything in data/, parsed and checked, in the shapes the rest of the app uses. */
export interface Dataset {
  sources: readonly Source[];
  countries: readonly Country[];
  minerals: readonly Mineral[];
  /** All observation files merged, in file order. */
  observations: readonly Observation[];
  importSources: readonly ImportSources[];
  costParameters: readonly CostParameter[];
  tariffs: TariffsFile;
  projects: readonly Project[];
  events: readonly MineralEvent[];
  /** The real operations the landed-cost model is anchored on, and which anchors each country's costs. */
  referenceOperations: ReferenceOperationsFile;
  /** Processing steps to the compared product and each country's usual processing route. */
  processing: ProcessingFile;
}

/** Thrown when a data file is malformed; its message lists every issue, one per line. */
export class DataValidationError extends Error {
  constructor(readonly issues: readonly DataIssue[]) {
    super(
      `Invalid data files (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${issues.map(formatDataIssue).join("\n")}`,
    );
    this.name = "DataValidationError";
  }
}

/** Assembles the dataset from parsed files. */
export function toDataset(files: ParsedDataFiles): Dataset {
  return {
    sources: files["sources.json"].sources,
    countries: files["countries.json"].countries,
    minerals: files["minerals.json"].minerals,
    observations: OBSERVATION_FILES.flatMap((f) => files[f].observations),
    importSources: files["us-import-sources.json"].importSources,
    costParameters: files["cost-parameters.json"].parameters,
    tariffs: files["tariffs.json"],
    projects: files["projects.json"].projects,
    events: files["events.json"].events,
    referenceOperations: files["reference-operations.json"],
    processing: files["processing.json"],
  };
}

/**
 * Parses and checks raw file contents (keyed by file name) and returns the dataset, or throws a
 * DataValidationError naming every bad file, record and field.
 */
export function buildDataset(raws: Record<string, unknown>): Dataset {
  const parsed = parseDataFiles(raws);
  if (!parsed.ok) throw new DataValidationError(parsed.issues);
  const issues = checkDataFiles(parsed.files);
  if (issues.length) throw new DataValidationError(issues);
  return toDataset(parsed.files);
}

/** Lookups over a dataset, built once. */
export interface DatasetIndex {
  source(id: string): Source | undefined;
  country(code: string): Country | undefined;
  mineral(id: string): Mineral | undefined;
  observationsFor(filter: {
    mineral?: MineralId | null;
    country?: string;
    measure?: string;
    edition?: string;
  }): Observation[];
}

export function indexDataset(ds: Dataset): DatasetIndex {
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const countries = new Map(ds.countries.map((c) => [c.code, c]));
  const minerals = new Map(ds.minerals.map((m) => [m.id as string, m]));
  return {
    source: (id) => sources.get(id),
    country: (code) => countries.get(code),
    mineral: (id) => minerals.get(id),
    observationsFor: (f) =>
      ds.observations.filter(
        (o) =>
          (f.mineral === undefined || o.mineral === f.mineral) &&
          (f.country === undefined || o.country === f.country) &&
          (f.measure === undefined || o.measure === f.measure) &&
          (f.edition === undefined || o.edition === f.edition),
      ),
  };
}
