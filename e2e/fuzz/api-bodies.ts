import { type Rng } from "../../lib/model/random";
import { hostileString } from "./rng-and-text";
import { type ApiExpectation } from "./api-queries";
import { type ScenarioSpec } from "./scenario-params";

/** Hostile and valid POST /api/scenario bodies, and what the route must answer for each by the contract. */

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
