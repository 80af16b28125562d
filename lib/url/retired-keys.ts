import { type MineralId } from "../data/common";
import { KEYS } from "../model/keys";
import { type FieldMessage } from "../model/scenario";
import { type Assumption, COST_COUNTRIES } from "../model/types";
import { quoteInput as show } from "../text/visible";

/**
 * Assumption keys that model v2 (issue 11) retired, and what replaced them: the one place that still spells them.
 * Links, saved scenarios, scenario files and API requests written before v2 may hold them; the parsers use this
 * table to name such a key and its replacement instead of calling it unknown. Nothing maps one to one (the old
 * figures had other definitions), so a retired key's value is never carried over: the new keys keep their
 * defaults, and everything else the user set is kept. Browser-safe (the lab reads its saved scenarios with it).
 */

/** A retired key, why it went and what replaced it. */
export interface RetiredKey {
  key: string;
  /** Why it was retired, in words. */
  why: string;
  /** The current keys that took its place. */
  replacedBy: string[];
  /** Why its value cannot be carried over to them. */
  notCarried: string;
}

/** Stands for any mineral id in a key pattern: "electricity-share-<mineral>". */
const MINERAL = "<mineral>";

/** The minerals whose cost and capital intensity moved from the mineral to each reference operation. */
const SOURCED: readonly MineralId[] = ["copper", "lithium", "rare-earths", "graphite"];

/** Current keys of one family (built by KEYS) that belong to a mineral: the reference operations' costs. */
function operationKeys(table: readonly Assumption[], prefix: string, mineral: MineralId): string[] {
  return table.filter((a) => a.mineral === mineral && a.key.startsWith(prefix)).map((a) => a.key);
}

/** The families of retired keys, each expanded to its keys; `replacedBy` reads the current table. */
const FAMILIES: readonly {
  keys: readonly string[];
  why: string;
  notCarried: string;
  replacedBy: (key: string, table: readonly Assumption[]) => string[];
}[] = [
  {
    keys: ["energy-share"],
    why: "one energy share for every mineral became an electricity share and a fuel share per mineral, each priced by its own country price",
    notCarried: "one share cannot be split between electricity and fuel",
    // One pair per mineral: named by its pattern rather than listing twenty keys.
    replacedBy: () => [KEYS.electricityShare(MINERAL as MineralId), KEYS.fuelShare(MINERAL as MineralId)],
  },
  ...COST_COUNTRIES.map((c) => ({
    keys: [`security-${c.toLowerCase()}`],
    why: "the security cost mixed physical security with political-risk cover; political risk is now priced once, in the discount rate or as an insurance premium, as risk-treatment chooses",
    notCarried: "the old figure covered both parts at once",
    replacedBy: () => [KEYS.physicalSecurity(c), KEYS.riskInsurance(c), KEYS.riskTreatment],
  })),
  ...SOURCED.map((m) => ({
    keys: [`cash-cost-${m}`],
    why: "costs are now built from named reference operations, each with its reported unit cost on its own definition",
    notCarried: "the old figure was a cost on another definition, not any one operation's",
    replacedBy: (_key: string, table: readonly Assumption[]) => operationKeys(table, KEYS.unitCost(""), m),
  })),
  ...SOURCED.map((m) => ({
    keys: [`capex-${m}`],
    why: "capital intensity is now each reference operation's own, no longer one figure for every country",
    notCarried: "one figure cannot stand for several operations",
    replacedBy: (_key: string, table: readonly Assumption[]) =>
      operationKeys(table, KEYS.operationCapex(""), m),
  })),
  {
    keys: [
      "labour-on-cost",
      "reference-electricity-price",
      ...COST_COUNTRIES.map((c) => `transit-days-${c.toLowerCase()}`),
    ],
    why: "it fed nothing in the model and was removed",
    notCarried: "nothing replaces it",
    replacedBy: () => [],
  },
];

const BY_KEY = new Map(FAMILIES.flatMap((f) => f.keys.map((k) => [k, f] as const)));

/** The retired key a parameter names, with what replaced it; null for any other name, or one the table holds. */
export function findRetiredKey(name: string, table: readonly Assumption[]): RetiredKey | null {
  const family = BY_KEY.get(name);
  if (!family || table.some((a) => a.key === name)) return null;
  return {
    key: name,
    why: family.why,
    replacedBy: family.replacedBy(name, table),
    notCarried: family.notCarried,
  };
}

const NUMBER_LIKE = /^[-+]?[\d.]{1,20}(?:[eE][-+]?\d{1,3})?$/;

function list(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Why a key was retired and what replaced it: "\"security-pk\" was retired in model v2: …. It was replaced by …". */
export function retiredKeyReason(r: RetiredKey): string {
  const replaced = r.replacedBy.length ? ` It was replaced by ${list(r.replacedBy)}.` : "";
  return `"${r.key}" was retired in model v2: ${r.why}.${replaced}`;
}

/**
 * A retired key given a value, in words, naming what replaced it. With the value the user gave (a link, a saved
 * scenario), says that it is dropped and the new keys keep their defaults; without (an API request, which is
 * refused), says to set the new keys instead.
 */
export function retiredKeyMessage(r: RetiredKey, value?: unknown): string {
  const head = retiredKeyReason(r);
  if (value === undefined)
    return `${head} Its value cannot be carried over (${r.notCarried})${r.replacedBy.length ? "; set the new keys instead" : ""}.`;
  // A number as the user wrote it; other text quoted visibly, as every echo of input is.
  const shown =
    typeof value === "number"
      ? ` ${String(value)}`
      : typeof value === "string"
        ? ` ${NUMBER_LIKE.test(value) ? value : show(value)}`
        : "";
  return `${head} Its value${shown} is not carried over (${r.notCarried})${r.replacedBy.length ? ", so the new keys keep their defaults" : ""}; everything else is kept.`;
}

/**
 * Takes retired keys out of a scenario's assumptions (a file, a saved scenario), each with a warning naming it and
 * its replacement; the rest is returned untouched for validation.
 */
export function withoutRetiredKeys(
  assumptions: Readonly<Record<string, unknown>>,
  table: readonly Assumption[],
  fieldPrefix: string,
): { assumptions: Record<string, unknown>; warnings: FieldMessage[] } {
  const kept: Record<string, unknown> = {};
  const warnings: FieldMessage[] = [];
  for (const [key, value] of Object.entries(assumptions)) {
    const retired = findRetiredKey(key, table);
    if (retired) warnings.push({ field: `${fieldPrefix}${key}`, message: retiredKeyMessage(retired, value) });
    else kept[key] = value;
  }
  return { assumptions: kept, warnings };
}

/**
 * Rewords the "unknown key" errors of retired keys so that they name the replacement (an API request keeps its
 * 400; only the message changes).
 */
export function nameRetiredKeys(
  errors: readonly FieldMessage[],
  table: readonly Assumption[],
  fieldPrefix: string,
): FieldMessage[] {
  return errors.map((e) => {
    const retired = e.field.startsWith(fieldPrefix)
      ? findRetiredKey(e.field.slice(fieldPrefix.length), table)
      : null;
    return retired ? { field: e.field, message: retiredKeyMessage(retired) } : e;
  });
}
