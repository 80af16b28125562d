import { FOCUS_COUNTRIES, MINERAL_IDS, SUPPLIER_COUNTRIES } from "../../lib/data/constants";
import { type Rng } from "../../lib/model/random";
import { hostileString, RAW_TRICKS } from "./rng-and-text";
import { nestedScenario, oneOf, type PageContract, type ScenarioSpec } from "./scenario-params";

/**
 * The view parameters of the pages beyond the scenario (the compare page's mineral, countries and sort; the lab's
 * mineral, competitor and break-even key), the rule for each, and hostile path segments for the dynamic routes.
 */

/** Country codes the pages know. */
export const COUNTRIES: readonly string[] = FOCUS_COUNTRIES;
/** Pakistan's competitors in the lab. */
export const COMPETITORS: readonly string[] = SUPPLIER_COUNTRIES.filter((c) => c !== "PK");
/** Mineral ids, alphabetical: the order the generators draw from, so a recorded seed gives the same cases. */
export const MINERALS: readonly string[] = [...MINERAL_IDS].sort();
/** The compare table's sort keys. */
export const SORTS = [
  "country",
  "production-share",
  "reserves-share",
  "wage",
  "productivity",
  "stability",
  "rule-of-law",
  "discount-rate",
  "landed",
  "tariff",
  "pipeline",
  "time-to-production",
];

/** The compare page's view: one mineral, 2–6 known countries (repeatable, comma lists), sort, dir, scale. */
export function compareContract(): PageContract {
  return {
    view: {
      mineral: (values) =>
        values.length === 1 && MINERALS.includes(values[0]!)
          ? { verdict: "ok" }
          : values.length === 1 && MINERALS.includes(values[0]!.trim().toLowerCase())
            ? { verdict: "unsure" }
            : { verdict: "bad" },
      countries: (values) => {
        const codes = values
          .flatMap((v) => v.split(","))
          .map((c) => c.trim())
          .filter((c) => c.length);
        const upper = codes.map((c) => c.toUpperCase());
        const ok =
          upper.every((c) => COUNTRIES.includes(c)) &&
          new Set(upper).size === upper.length &&
          upper.length >= 2 &&
          upper.length <= 6;
        if (!ok) return { verdict: "bad" };
        return {
          verdict:
            codes.every((c) => COUNTRIES.includes(c)) && values.every((v) => !/^\s|\s$|,,|^,|,$/.test(v))
              ? "ok"
              : "unsure",
        };
      },
      sort: oneOf(SORTS),
      dir: oneOf(["asc", "desc"]),
      scale: oneOf(["linear", "log"]),
    },
  };
}

export function labContract(spec: ScenarioSpec): PageContract {
  const be = spec.assumptions
    .filter((a) => a.kind === "number" && a.group !== "dependency")
    .map((a) => a.key);
  return {
    view: {
      mineral: oneOf(MINERALS),
      competitor: oneOf(COMPETITORS),
      be: oneOf(be),
      a: nestedScenario(spec, "a.", 8000),
    },
  };
}

/** A path segment for a dynamic route: a real id now and then, otherwise anything. */
export function pathSegment(rng: Rng, valid: readonly string[]): string {
  switch (rng.int(0, 5)) {
    case 0:
      return rng.pick(valid);
    case 1:
      return rng.pick(RAW_TRICKS.filter((t) => !"&=+".includes(t)));
    case 2:
      return `${rng.pick(valid)}${rng.pick(["%", "%zz", "%C3%28", "%00", "/extra", "/a/b/c", "%2F..%2F..", "%20", "~"])}`;
    case 3: {
      const v = rng.pick(valid);
      return v === v.toUpperCase() ? v.toLowerCase() : v.toUpperCase();
    }
    default:
      return encodeURIComponent(hostileString(rng).toWellFormed()).slice(0, 3000);
  }
}
