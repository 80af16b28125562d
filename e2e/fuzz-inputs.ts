/**
 * Seeded generators of hostile input for the fuzz specs, and the rules a well-behaved page or API follows for it.
 *
 * Every case is built from a seeded PRNG (FUZZ_SEED overrides the default to explore new cases), and a failing
 * check prints the seed and the exact URL or body, so a failure replays with `FUZZ_SEED=<seed>`. The rules
 * ("oracles") say which parameters of a case are bad: the specs check that each one is named where the user or
 * client sees it. They are written from the documented contract, not from the parsers, so a parser that drifts
 * from the contract fails here.
 */

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260507);

/** A seed per label, so each page or route gets its own stream while one FUZZ_SEED still replays them all. */
export function seedFor(label: string): number {
  let h = FUZZ_SEED >>> 0;
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0;
  return h;
}

/** mulberry32: small, fast and good enough to spread cases; the same seed always gives the same cases. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * Strings that run code or open a dialog if a page ever renders them as markup or follows them as a link. Each
 * sets `window.__pwned` or calls alert(), which the browser checks look for.
 */
export const SCRIPT_PAYLOADS = [
  "<script>window.__pwned=1;alert(1)</script>",
  '"><img src=x onerror="window.__pwned=1;alert(1)">',
  "'><svg onload=window.__pwned=1>",
  "javascript:window.__pwned=1;alert(1)",
  "</script><script>window.__pwned=1</script>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  "<details open ontoggle=window.__pwned=1>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "';window.__pwned=1;//",
  '<a href="javascript:alert(1)">link</a>',
] as const;

/** Markup that must never reach a page unescaped (the raw forms of SCRIPT_PAYLOADS as a parser would see them). */
export const RAW_MARKUP = [
  /<script>window\.__pwned/i,
  /<img src=x onerror/i,
  /<svg onload/i,
  /<iframe srcdoc/i,
  /<details open ontoggle/i,
  /href="javascript:/i,
  /<a href="javascript:/i,
];

const UNICODE = [
  "Ωmega",
  "نرخ-ریسک",
  "パキスタン",
  "💥🔥",
  "e\u0301",
  "\u202eevil\u202c",
  "zero\u200bwidth",
  "\ufeffbom",
  "line\u2028sep",
  "tab\there",
  "nul\u0000byte",
  "bell\u0007",
  "\ud83d",
  "ＣＲＰ",
];

const NON_NUMERIC = [
  "",
  " ",
  "abc",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-1e999",
  "0x1F",
  "1,5",
  "1_000",
  "١٢",
  "５",
  "12abc",
  "--1",
  "1e",
  ".",
  "+",
  "true",
  "null",
  "[]",
  "{}",
  "1/2",
  "%",
  "9".repeat(80),
  "0".repeat(2000),
];

/** Names that are special on a plain JavaScript object: a parser that indexes an object by them misbehaves. */
const OBJECT_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
];

/** Percent-encoding tricks, inserted raw into a query: stray or bad escapes, invalid UTF-8, double encoding, NUL. */
const RAW_TRICKS = [
  "%",
  "%2",
  "%zz",
  "%C3%28",
  "%E0%A4%A",
  "%FF%FE",
  "%00",
  "%2525",
  "%253Cscript%253E",
  "%u003c",
  "%0d%0aSet-Cookie:x=1",
  "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "+",
  "&",
  "=",
  "==",
];

export function randomWord(rng: Rng, max = 12): string {
  const letters = "abcdefghijklmnopqrstuvwxyz-_0123456789";
  return Array.from({ length: rng.int(1, max) }, () => rng.pick([...letters])).join("");
}

/** Any string a hostile or careless client might send. */
export function hostileString(rng: Rng): string {
  switch (rng.int(0, 6)) {
    case 0:
      return rng.pick(SCRIPT_PAYLOADS);
    case 1:
      return rng.pick(UNICODE);
    case 2:
      return rng.pick(NON_NUMERIC);
    case 3:
      return "x".repeat(rng.int(200, 3000));
    case 4:
      return `${rng.pick(SCRIPT_PAYLOADS)}${rng.pick(UNICODE)}`;
    case 5:
      return rng.chance(0.5)
        ? String(rng.pick([1e308, -1e308, 2 ** 53 + 1, -0, 5e-324, 1e21]))
        : rng.pick(OBJECT_KEYS);
    default:
      return randomWord(rng);
  }
}

/** name=value encoded as a form would (a lone surrogate becomes U+FFFD, as a browser sends it). */
export function encodePair(name: string, value: string): string {
  return new URLSearchParams([[name, value]]).toString();
}

/** One raw trick, alone or as a name or value. */
export function rawTrick(rng: Rng, name: string): string {
  const t = rng.pick(RAW_TRICKS);
  switch (rng.int(0, 2)) {
    case 0:
      return t;
    case 1:
      return `${t}=${rng.int(0, 9)}`;
    default:
      return `${new URLSearchParams([[name, ""]]).toString()}${t}`;
  }
}

/** The parameters a server sees for a query string: decoded as browsers and Node decode them. */
export function decodeQuery(query: string): [string, string][] {
  return [...new URLSearchParams(query)];
}

// ---------------------------------------------------------------------------------------------------------------
// The scenario contract (README "API", PRODUCT.md §7): what a page or the API must accept, and what it must name.

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
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
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

/**
 * How a notice shows a name: invisible and control characters written as \uXXXX, long names cut. A name that
 * would otherwise vanish (a NUL) or reorder the text around it (a right-to-left override) stays visible.
 */
export function visibleName(name: string, max = 60): string {
  if (name === "") return "(no name)";
  const chars = Array.from(name);
  const cut = chars.length > max ? [...chars.slice(0, max), "…"] : chars;
  // A surrogate pair (an emoji) is one character here; only a lone surrogate is written out.
  return cut
    .map((c) =>
      c.length === 1 &&
      /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]/.test(
        c,
      )
        ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
        : c,
    )
    .join("");
}

// ---------------------------------------------------------------------------------------------------------------
// Query strings for the pages.

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

// ---------------------------------------------------------------------------------------------------------------
// The API contract (README "API"): 400 with { errors: [{ field, message }] } naming each bad field; 200 with
// `warnings` naming each clamped value; `__proto__` never reaches a route (Next drops it from the query).

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
}

const DATASET_FILTERS = ["mineral", "country", "measure", "edition"] as const;

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

/** A POST body as sent: bytes (or text) and the Content-Type header, if any. */
export interface BodyCase {
  body: string | Buffer;
  contentType: string | null;
  label: string;
}

const MALFORMED_JSON = [
  "",
  " ",
  "{",
  "}",
  "{preset:",
  '{"preset":',
  "[1,",
  '{"preset":"evidence-baseline",}',
  "NaN",
  "Infinity",
  '{"assumptions":{"crp-pk":NaN}}',
  '{"assumptions":{"crp-pk":Infinity}}',
  "undefined",
  "'single'",
  '{"a":1}{"b":2}',
  "\u0000",
  '{"preset":"evidence-baseline"',
  "[".repeat(5000),
];

function hostileJsonValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(0, 9)) {
    case 0:
      return hostileString(rng);
    case 1:
      return rng.pick([1e308, -1e308, 5e-324, 0, -1, 2 ** 53 + 1, 123456789012345678901234567890]);
    case 2:
      return rng.pick([null, true, false]);
    case 3:
      return depth < 4 ? Array.from({ length: rng.int(0, 3) }, () => hostileJsonValue(rng, depth + 1)) : [];
    case 4:
      return depth < 4
        ? Object.fromEntries(
            Array.from({ length: rng.int(0, 3) }, () => [
              hostileString(rng).slice(0, 40),
              hostileJsonValue(rng, depth + 1),
            ]),
          )
        : {};
    case 5:
      return rng.pick(["6", "NaN", "Infinity", "-Infinity", "1e999", "0x10", ""]);
    default:
      return rng.int(-1000, 1000) / rng.pick([1, 10, 100]);
  }
}

/** A hostile or valid POST /api/scenario body. */
export function scenarioBody(rng: Rng, spec: ScenarioSpec): BodyCase {
  const json = (o: unknown) => JSON.stringify(o);
  const contentType = rng.chance(0.85)
    ? rng.pick(["application/json", "application/json; charset=utf-8", "Application/JSON"])
    : rng.pick([
        null,
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "",
        "application/json-patch",
        "*/*",
      ]);
  const assumptions = () =>
    Object.fromEntries(
      Array.from({ length: rng.int(0, 5) }, () => {
        const a = rng.pick(spec.assumptions);
        const roll = rng.int(0, 5);
        if (roll <= 1)
          return [a.key, a.kind === "number" ? a.min + rng.next() * (a.max - a.min) : rng.int(a.min, a.max)];
        if (roll === 2)
          return [
            a.key,
            rng.pick([
              a.max + rng.int(1, 1e6),
              a.min - rng.int(1, 1e6),
              1e308,
              -1e308,
              a.kind === "number" ? a.max * 10 : 0.5,
            ]),
          ];
        if (roll === 3) return [rng.chance(0.5) ? hostileString(rng) : `${a.key}x`, rng.int(0, 10)];
        return [a.key, hostileJsonValue(rng)];
      }),
    );
  switch (rng.int(0, 9)) {
    case 0:
      return { label: "malformed JSON", body: rng.pick(MALFORMED_JSON), contentType };
    case 1:
      return { label: "not an object", body: json(hostileJsonValue(rng)), contentType };
    case 2:
      return {
        label: "wrong types",
        body: json({
          preset: rng.chance(0.5) ? hostileJsonValue(rng) : rng.pick(spec.presets),
          assumptions: rng.chance(0.5) ? hostileJsonValue(rng) : assumptions(),
        }),
        contentType,
      };
    case 3:
      return {
        label: "unknown keys",
        body: json({
          [rng.chance(0.5)
            ? hostileString(rng).slice(0, 200)
            : rng.pick(["scenario", "Preset", "assumption", "__proto__", "constructor"])]:
            hostileJsonValue(rng),
          assumptions: assumptions(),
        }),
        contentType,
      };
    case 4:
      return {
        label: "oversized",
        body: json({
          preset: "evidence-baseline",
          assumptions: { "crp-pk": 5 },
          pad: "x".repeat(rng.chance(0.8) ? 70_000 : 2_000_000),
        }),
        contentType,
      };
    case 5:
      return {
        label: "raw bytes",
        body: Buffer.concat([
          Buffer.from('{"preset":"'),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x00]),
          Buffer.from('"}'),
        ]),
        contentType,
      };
    case 6:
      return { label: "byte order mark", body: `\ufeff${json({ assumptions: assumptions() })}`, contentType };
    default:
      return {
        label: "scenario",
        body: json({
          ...(rng.chance(0.6)
            ? { preset: rng.chance(0.8) ? rng.pick(spec.presets) : hostileString(rng) }
            : {}),
          ...(rng.chance(0.9) ? { assumptions: assumptions() } : {}),
        }),
        contentType,
      };
  }
}

/** What POST /api/scenario must answer for a body, by the contract. */
export function judgeScenarioBody(spec: ScenarioSpec, c: BodyCase): ApiExpectation {
  if (
    c.contentType !== null &&
    !/^application\/(?:[\w.+-]+\+)?json$/i.test(c.contentType.split(";")[0]!.trim())
  )
    return { status: 415, errors: ["content-type"], warnings: [] };
  const bytes = typeof c.body === "string" ? Buffer.from(c.body) : c.body;
  const bad = (field: string): ApiExpectation => ({ status: 400, errors: [field], warnings: [] });
  if (bytes.length > 64 * 1024) return bad("body");
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return bad("body");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return bad("body");
  const o = parsed as Record<string, unknown>;
  const top = Object.keys(o)
    .filter((k) => k !== "preset" && k !== "assumptions")
    .map((k) => k.slice(0, 80));
  if (o.preset !== undefined && typeof o.preset !== "string") top.push("preset");
  const as = o.assumptions;
  if (as !== undefined && (typeof as !== "object" || as === null || Array.isArray(as)))
    top.push("assumptions");
  if (top.length) return { status: 400, errors: top, warnings: [] };
  const errors: string[] = [];
  const warnings: string[] = [];
  if (o.preset !== undefined && !spec.presets.includes(o.preset as string)) errors.push("preset");
  for (const [key, x] of Object.entries((as ?? {}) as Record<string, unknown>)) {
    const a = spec.assumptions.find((y) => y.key === key);
    if (!a || typeof x !== "number" || !Number.isFinite(x)) errors.push(`assumptions.${key}`);
    else if (x < a.min || x > a.max || (a.kind !== "number" && !Number.isInteger(x)))
      warnings.push(`assumptions.${key}`);
  }
  return errors.length ? { status: 400, errors, warnings: [] } : { status: 200, errors: [], warnings };
}
