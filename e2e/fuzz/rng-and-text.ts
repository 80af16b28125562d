import { type Rng } from "../../lib/model/random";

/**
 * Seeds and hostile text for the fuzz specs: the seed every stream derives from, strings that run code if a page
 * ever renders them as markup, Unicode and number tricks, percent-encoding tricks, and how a notice must show a
 * name. The generator itself is the project's one seeded PRNG (lib/model/random.ts).
 *
 * Every case is built from a seeded PRNG (FUZZ_SEED overrides the default to explore new cases), and a failing
 * check prints the seed and the exact URL or body, so a failure replays with `FUZZ_SEED=<seed>`.
 */

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260507);

/** A seed per label, so each page or route gets its own stream while one FUZZ_SEED still replays them all. */
export function seedFor(label: string): number {
  let h = FUZZ_SEED >>> 0;
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0;
  return h;
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

export const NON_NUMERIC = [
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
export const RAW_TRICKS = [
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
