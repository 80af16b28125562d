import { type Bound } from "../data/constants";

/**
 * What a figure derived from printed bounds is: a lower bound, an upper bound, or "unknown" when the bounds pull
 * both ways (a ratio of two lower bounds may be above or below its printed value). Undefined: exact as printed.
 */
export type DerivedBound = Bound | "unknown";

/**
 * The bound of a share numerator ÷ denominator, given how each is bounded (undefined: exact). A lower-bound
 * denominator makes the share an upper bound: Pakistan's 26,000 t of antimony reserves against a world total of
 * ">2,000,000 t" is at most 1.3 %. A lower-bound numerator makes it a lower bound; when numerator and denominator
 * push the same way (both lower, or both upper) the share is bounded in neither direction.
 */
export function shareBound(numerator?: Bound, denominator?: Bound): DerivedBound | undefined {
  const fromDenominator = denominator === "lower" ? "upper" : denominator === "upper" ? "lower" : undefined;
  if (!numerator) return fromDenominator;
  if (!fromDenominator || fromDenominator === numerator) return numerator;
  return "unknown";
}

/**
 * The bound of a sum of figures, given how each is bounded: exact parts add nothing, parts bounded the same way
 * bound the sum that way, and a lower bound added to an upper one bounds it in neither direction.
 */
export function sumBound(bounds: readonly (DerivedBound | undefined)[]): DerivedBound | undefined {
  const kinds = new Set(bounds.filter((b) => b !== undefined));
  if (kinds.size === 0) return undefined;
  return kinds.size === 1 ? [...kinds][0] : "unknown";
}
