/** Server-side: the model context built once per process from the bundled dataset. */
import { loadDataset } from "../data/load";
import { buildModelContext, type ModelContext } from "../model/context";

let cached: ModelContext | undefined;

export function loadModelContext(): ModelContext {
  cached ??= buildModelContext(loadDataset());
  return cached;
}
