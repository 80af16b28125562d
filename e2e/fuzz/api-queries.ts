import { type Rng } from "../../lib/model/random";
import { decodeQuery, encodePair, hostileString, randomWord, rawTrick } from "./rng-and-text";
import { DECIMAL, type ScenarioSpec } from "./scenario-params";

/**
 * The API contract for query strings (README "API"): 400 with { errors: [{ field, message }] } naming each bad
 * field; 200 with `warnings` naming each clamped value; `__proto__` never reaches a route (Next drops it from the
 * query). Generated queries for GET /api/dataset, and what GET /api/dataset and GET /api/scenario must answer.
 */

/** What a client must get: the status, the fields an error answer must name, the fields a 200 must warn about. */
export interface ApiExpectation {
  status: 200 | 400 | 415;
  errors: string[];
  warnings: string[];
}

export interface DatasetSpec {
  mineral: readonly string[];
  country: readonly string[];
  measure: readonly string[];
  edition: readonly string[];
  source: readonly string[];
}

const DATASET_FILTERS = ["mineral", "country", "measure", "edition", "source"] as const;

/** A query string for GET /api/dataset. */
export function datasetQuery(rng: Rng, spec: DatasetSpec): string {
  const parts: string[] = [];
  const n = rng.int(0, 4);
  for (let i = 0; i < n; i++) {
    const roll = rng.int(0, 9);
    if (roll <= 4) {
      const key = rng.pick(DATASET_FILTERS);
      const good = () => rng.pick(spec[key]);
      const value = rng.pick([
        () => good(),
        () => Array.from({ length: rng.int(2, 4) }, good).join(","),
        () => (key === "country" ? good().toLowerCase() : good()),
        () => `${good()},${hostileString(rng)}`,
        () => hostileString(rng),
        () => rng.pick(["", ",", " ", `${good()},`, `,${good()}`]),
        () => Array.from({ length: 60 }, good).join(","),
      ])();
      parts.push(encodePair(key, value));
    } else if (roll === 5) {
      parts.push(encodePair("format", rng.pick(["json", "csv", "CSV", "xml", "", hostileString(rng)])));
    } else if (roll === 6) {
      parts.push(encodePair(rng.chance(0.5) ? randomWord(rng) : hostileString(rng), hostileString(rng)));
    } else if (roll === 7) {
      parts.push(rawTrick(rng, rng.pick(DATASET_FILTERS)));
    } else if (parts.length) {
      parts.push(rng.pick(parts));
    }
  }
  return parts.join("&");
}

export function judgeDatasetQuery(spec: DatasetSpec, query: string): ApiExpectation & { csv: boolean } {
  const params = decodeQuery(query).filter(([n]) => n !== "__proto__");
  const errors = new Set<string>();
  const counts = new Map<string, number>();
  for (const [n] of params) counts.set(n, (counts.get(n) ?? 0) + 1);
  for (const [name, value] of params) {
    if (name === "format") {
      if (value !== "json" && value !== "csv") errors.add(name);
    } else if ((DATASET_FILTERS as readonly string[]).includes(name)) {
      const key = name as (typeof DATASET_FILTERS)[number];
      const values = value.split(",").map((v) => v.trim());
      const known = new Set(spec[key].map((v) => (key === "country" ? v.toUpperCase() : v)));
      if (
        values.some((v) => v === "") ||
        values.length > 50 ||
        values.some((v) => !known.has(key === "country" ? v.toUpperCase() : v))
      )
        errors.add(name);
    } else errors.add(name);
    if ((counts.get(name) ?? 0) > 1) errors.add(name);
  }
  const format = params.find(([n]) => n === "format")?.[1];
  return { status: errors.size ? 400 : 200, errors: [...errors], warnings: [], csv: format === "csv" };
}

/** Strict reading of one scenario parameter: refused, clamped (200 with a warning) or taken as given. */
function strictVerdict(spec: ScenarioSpec, name: string, value: string): "error" | "clamp" | "ok" {
  if (name === "v") return value === "1" ? "ok" : "error";
  if (name === "preset") return spec.presets.includes(value) ? "ok" : "error";
  const a = spec.assumptions.find((x) => x.key === name);
  if (!a || value.length > 64 || !DECIMAL.test(value.trim())) return "error";
  const x = Number(value.trim());
  if (!Number.isFinite(x)) return "error";
  if (x < a.min || x > a.max || (a.kind !== "number" && !Number.isInteger(x))) return "clamp";
  return "ok";
}

/** GET /api/scenario: the page's parameters, read strictly; the view parameters are checked but change nothing. */
export function judgeScenarioQuery(
  spec: ScenarioSpec,
  query: string,
  view: Record<string, readonly string[]>,
): ApiExpectation {
  const params = decodeQuery(query).filter(([n]) => n !== "__proto__");
  const errors = new Set<string>();
  const warnings = new Set<string>();
  const counts = new Map<string, number>();
  for (const [n] of params) counts.set(n, (counts.get(n) ?? 0) + 1);
  for (const [name, value] of params) {
    if ((counts.get(name) ?? 0) > 1) {
      errors.add(name);
      continue;
    }
    if (name === "a") {
      if (value.length > 8000) errors.add(name);
      else {
        const inner = decodeQuery(value);
        const innerCounts = new Map<string, number>();
        for (const [n] of inner) innerCounts.set(n, (innerCounts.get(n) ?? 0) + 1);
        for (const [n, v] of inner)
          if ((innerCounts.get(n) ?? 0) > 1 || strictVerdict(spec, n, v) === "error") errors.add(`a.${n}`);
      }
    } else if (Object.hasOwn(view, name)) {
      if (!view[name]!.includes(value)) errors.add(name);
    } else {
      const v = strictVerdict(spec, name, value);
      if (v === "error") errors.add(name);
      if (v === "clamp") warnings.add(`assumptions.${name}`);
    }
  }
  return errors.size
    ? { status: 400, errors: [...errors], warnings: [] }
    : { status: 200, errors: [], warnings: [...warnings] };
}
