/**
 * The dataset as bundled with the app: every data file imported statically (so the build and the server carry
 * it), parsed and checked once per process. Server-side only: it pulls in zod and all of data/.
 */
import costParameters from "@/data/cost-parameters.json";
import countries from "@/data/countries.json";
import countryRisk from "@/data/country-risk.json";
import energyLogistics from "@/data/energy-logistics.json";
import events from "@/data/events.json";
import exchangeRates from "@/data/exchange-rates.json";
import governance from "@/data/governance.json";
import ieaSupply from "@/data/iea-supply.json";
import labour from "@/data/labour.json";
import minerals from "@/data/minerals.json";
import processing from "@/data/processing.json";
import projects from "@/data/projects.json";
import referenceOperations from "@/data/reference-operations.json";
import sources from "@/data/sources.json";
import tariffs from "@/data/tariffs.json";
import usImportSources from "@/data/us-import-sources.json";
import usSupply from "@/data/us-supply.json";
import usgsMcs2025 from "@/data/usgs-mcs2025.json";
import usgsMcs2026 from "@/data/usgs-mcs2026.json";
import { buildDataset, type Dataset, type DatasetIndex, indexDataset } from "./dataset";
import { type DataFileName } from "./files";

const RAW_FILES: Record<DataFileName, unknown> = {
  "sources.json": sources,
  "countries.json": countries,
  "minerals.json": minerals,
  "us-import-sources.json": usImportSources,
  "cost-parameters.json": costParameters,
  "tariffs.json": tariffs,
  "projects.json": projects,
  "events.json": events,
  "reference-operations.json": referenceOperations,
  "processing.json": processing,
  "usgs-mcs2025.json": usgsMcs2025,
  "usgs-mcs2026.json": usgsMcs2026,
  "us-supply.json": usSupply,
  "governance.json": governance,
  "country-risk.json": countryRisk,
  "labour.json": labour,
  "exchange-rates.json": exchangeRates,
  "energy-logistics.json": energyLogistics,
  "iea-supply.json": ieaSupply,
};

let cached: { dataset: Dataset; index: DatasetIndex } | undefined;

/** The bundled dataset, parsed on first use; throws DataValidationError if a file is malformed. */
export function loadDataset(): Dataset {
  return loaded().dataset;
}

/** Lookups over the bundled dataset. */
export function loadDatasetIndex(): DatasetIndex {
  return loaded().index;
}

function loaded() {
  if (!cached) {
    const dataset = buildDataset(RAW_FILES);
    cached = { dataset, index: indexDataset(dataset) };
  }
  return cached;
}
