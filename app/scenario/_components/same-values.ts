import { type ScenarioValues } from "@/lib/model/types";

/**
 * Whether two scenarios set every assumption alike. The lab usually opens at its preset, where the scenario and the
 * preset are the same values: comparing them lets hydration run the model (and the break-even solver) once.
 */
export function sameValues(a: ScenarioValues, b: ScenarioValues): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
