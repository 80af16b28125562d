import minerals from "@/data/minerals.json";
import { type MineralId } from "./constants";

/**
 * The one source of mineral names outside the loaded dataset: data/minerals.json, read without zod so browser code
 * (the lab's claims, which name minerals) can use it too; the file itself is validated with the rest of the data.
 */
const NAMES: ReadonlyMap<string, string> = new Map(minerals.minerals.map((m) => [m.id, m.name]));

/** "Copper", "Rare earths", "Graphite (natural)"; an id outside the file (a programming error) prints as is. */
export function mineralName(id: MineralId): string {
  return NAMES.get(id) ?? id;
}
