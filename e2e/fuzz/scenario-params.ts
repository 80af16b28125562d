import { type Rng } from "../../lib/model/random";
import { decodeQuery, encodePair, hostileString, NON_NUMERIC, randomWord, rawTrick } from "./rng-and-text";

/**
 * The scenario contract (README "API", PRODUCT.md §7): what a page or the API must accept, and what it must name;
 * and generated query strings for the pages that read a scenario. The rules ("oracles") say which parameters of a
 * case are bad: the specs check that each one is named where the user or client sees it. They are written from the
 * documented contract, not from the parsers, so a parser that drifts from the contract fails here.
 */

export interface AssumptionSpec {
  key: string;
  kind: "number" | "switch" | "choice";
  group: string;
  min: number;
  max: number;
}

export interface ScenarioSpec {
  assumptions: readonly AssumptionSpec[];
  presets: readonly string[];
}

export type Verdict = "ok" | "bad" | "unsure";

/** Numbers in links and the API are plain decimals, optionally with an exponent: no hex, no words, no commas. */
export const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const PLAIN = /^-?\d{1,9}(?:\.\d{1,6})?$/;

/** Whether a scenario parameter's value is one the contract accepts as given (clamped values are named, so bad). */
export function scenarioVerdict(spec: ScenarioSpec, name: string, value: string): Verdict {
  if (name === "v") return value === "1" ? "ok" : "bad";
  if (name === "preset") return spec.presets.includes(value) ? "ok" : "bad";
  const a = spec.assumptions.find((x) => x.key === name);
  if (!a) return "bad";
  if (!DECIMAL.test(value.trim())) return "bad";
  const x = Number(value.trim());
  if (!Number.isFinite(x) || x < a.min || x > a.max) return "bad";
  if (a.kind !== "number" && !Number.isInteger(x)) return "bad";
  return PLAIN.test(value) ? "ok" : "unsure";
}

/** A view parameter's verdict and, when bad, the names a page must show for it (by default its own name). */
export type ViewJudgement = { verdict: Verdict; names?: string[] };

/** Parameters of a page and the rule for each; anything else in the query is a scenario parameter. */
export interface PageContract {
  /** View parameters: their verdict, given every value the query holds for them. */
  view: Record<string, (values: readonly string[]) => ViewJudgement>;
}

/**
 * The names a page must show for a query (bad parameters, as the page's notice writes them) and whether the query
 * is certainly clean, by the page's contract.
 */
export function judgeQuery(
  spec: ScenarioSpec,
  contract: PageContract,
  query: string,
): { bad: string[]; clean: boolean } {
  const params = decodeQuery(query);
  const bad = new Set<string>();
  let clean = true;
  const counts = new Map<string, number>();
  for (const [name] of params) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, check] of Object.entries(contract.view)) {
    const values = params.filter(([n]) => n === name).map(([, v]) => v);
    if (!values.length) continue;
    const j = check(values);
    if (j.verdict === "bad") for (const n of j.names ?? [name]) bad.add(n);
    if (j.verdict !== "ok") clean = false;
  }
  for (const [name, value] of params) {
    if (Object.hasOwn(contract.view, name)) continue;
    // Next builds a page's searchParams as a plain object, which cannot hold "__proto__": a page never sees it.
    if (name === "__proto__") {
      clean = false;
      continue;
    }
    const v = (counts.get(name) ?? 0) > 1 ? "bad" : scenarioVerdict(spec, name, value);
    if (v === "bad") bad.add(name);
    if (v !== "ok") clean = false;
  }
  return { bad: [...bad], clean: clean && bad.size === 0 };
}

/** A view parameter that takes one value from a list. */
export function oneOf(allowed: readonly string[]): (values: readonly string[]) => ViewJudgement {
  return (values) => ({ verdict: values.length === 1 && allowed.includes(values[0]!) ? "ok" : "bad" });
}

/** A parameter holding a whole scenario as a query string (the lab's pinned A): its bad parameters, prefixed. */
export function nestedScenario(
  spec: ScenarioSpec,
  prefix: string,
  maxLength: number,
): (values: readonly string[]) => ViewJudgement {
  return (values) => {
    if (values.length > 1 || values[0]!.length > maxLength) return { verdict: "bad" };
    const inner = judgeQuery(spec, { view: {} }, values[0]!);
    if (inner.bad.length) return { verdict: "bad", names: inner.bad.map((n) => `${prefix}${n}`) };
    return { verdict: inner.clean ? "ok" : "unsure" };
  };
}

export interface ScenarioQueryOptions {
  /** View parameters of the page and generators of good and bad values for them. */
  view?: Record<string, { good: readonly string[]; repeatable?: boolean }>;
  /** The page takes a nested scenario in this parameter (the lab's pinned scenario A). */
  nested?: string;
}

function assumptionValue(rng: Rng, a: AssumptionSpec): string {
  switch (rng.int(0, 7)) {
    case 0:
    case 1:
    case 2: {
      if (a.kind !== "number") return String(rng.int(a.min, a.max));
      const x = a.min + rng.next() * (a.max - a.min);
      return String(Number(x.toFixed(rng.int(0, 3))));
    }
    case 3:
      return String(
        rng.pick([a.max + rng.int(1, 1000), a.min - rng.int(1, 1000), a.max * 1e6 + 1, -1e300, 1e300]),
      );
    case 4:
      return a.kind === "number" ? rng.pick(NON_NUMERIC) : String(a.min + 0.5);
    case 5:
      return rng.pick(["1e308", "-1e308", "1e-400", "99999999999999999999", "-0", " 5 ", "+3", ".5", "5."]);
    default:
      return hostileString(rng);
  }
}

/** One generated query string for a page that reads the scenario (and, per options, view parameters). */
export function scenarioQuery(rng: Rng, spec: ScenarioSpec, options: ScenarioQueryOptions = {}): string {
  const parts: string[] = [];
  const n = rng.int(0, 7);
  for (let i = 0; i < n; i++) {
    const roll = rng.int(0, 11);
    if (roll <= 3) {
      const a = rng.pick(spec.assumptions);
      parts.push(encodePair(a.key, assumptionValue(rng, a)));
    } else if (roll === 4) {
      parts.push(encodePair("preset", rng.chance(0.5) ? rng.pick(spec.presets) : hostileString(rng)));
    } else if (roll === 5) {
      parts.push(encodePair("v", rng.pick(["1", "1", "0", "2", "999", "", "1.0", "v1", hostileString(rng)])));
    } else if (roll === 6) {
      parts.push(
        encodePair(
          rng.chance(0.5) ? hostileString(rng) : randomWord(rng),
          rng.chance(0.5) ? String(rng.int(0, 100)) : hostileString(rng),
        ),
      );
    } else if (roll === 7) {
      parts.push(rawTrick(rng, rng.pick(spec.assumptions).key));
    } else if (roll === 8 && parts.length) {
      // The same parameter again, perhaps with another value.
      const again = rng.pick(parts);
      parts.push(
        rng.chance(0.5) ? again : `${again.split("=")[0]}=${encodeURIComponent(String(rng.int(0, 10)))}`,
      );
    } else if (roll <= 10 && options.view) {
      const [name, def] = rng.pick(Object.entries(options.view));
      const value = rng.chance(0.5) ? rng.pick(def.good) : rng.chance(0.3) ? "" : hostileString(rng);
      parts.push(encodePair(name, value));
      if (rng.chance(0.15)) parts.push(encodePair(name, rng.pick(def.good)));
    } else if (options.nested) {
      parts.push(encodePair(options.nested, rng.chance(0.7) ? scenarioQuery(rng, spec) : hostileString(rng)));
    }
  }
  // Now and then a long query: many parameters, or one enormous value (within the server's header limit).
  if (rng.chance(0.04)) for (let i = 0; i < 60; i++) parts.push(encodePair(randomWord(rng), String(i)));
  if (rng.chance(0.04)) parts.push(encodePair(rng.pick(spec.assumptions).key, "7".repeat(6000)));
  return parts.join("&");
}
