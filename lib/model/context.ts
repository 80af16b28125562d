import { type Dataset } from "../data/dataset";
import { buildAssumptionTable } from "./assumptions";
import { buildModelData, type ModelData } from "./model-data";
import { buildPresets } from "./presets";
import { type Assumption, type Preset } from "./types";

/** What every use of the model needs: its data, the assumptions table and the presets. Plain JSON. */
export interface ModelContext {
  data: ModelData;
  table: Assumption[];
  presets: Preset[];
}

/** Builds the model context from the dataset (once per process on the server; passed to the browser as props). */
export function buildModelContext(ds: Dataset): ModelContext {
  const data = buildModelData(ds);
  const table = buildAssumptionTable(ds.costParameters, data);
  return { data, table, presets: buildPresets(table) };
}
