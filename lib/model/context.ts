import { type Dataset } from "../data/dataset";
import { buildAssumptionTable, defaultValues } from "./assumptions";
import { calibrateOperations } from "./landed-cost";
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
  const raw = buildModelData(ds);
  const table = buildAssumptionTable(ds.costParameters, raw);
  // Each operation's site cost is its reported cost less the parts it covers at the defaults (landed-cost.ts).
  const data = calibrateOperations(raw, defaultValues(table));
  return { data, table, presets: buildPresets(table) };
}
