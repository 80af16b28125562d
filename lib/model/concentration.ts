/**
 * Market concentration of a world production or reserves table: each country's share of the world total, the
 * Herfindahl–Hirschman index and the top-3 share.
 */

export interface CountryValue {
  readonly country: string;
  readonly value: number;
}

export interface Concentration {
  /** Each listed country's share of the world total (0–1), largest first. */
  shares: { country: string; value: number; share: number }[];
  /** HHI = Σ sᵢ² over the listed countries, shares as fractions (0–1; ×10,000 for the points convention). */
  hhi: number;
  /** Share of the three largest listed countries (0–1). */
  top3Share: number;
  /** World total used as the denominator. */
  worldTotal: number;
}

/**
 * Shares of `worldTotal` for each country (the USGS "Other countries" residual is not a country and is left out of
 * the HHI and top-3, which therefore describe the listed producers only — a lower bound on concentration).
 * Returns null when the world total is missing or not positive.
 */
export function computeConcentration(
  rows: readonly CountryValue[],
  worldTotal: number | null,
): Concentration | null {
  if (worldTotal === null || !(worldTotal > 0)) return null;
  const shares = rows
    .filter((r) => r.value >= 0)
    .map((r) => ({ country: r.country, value: r.value, share: r.value / worldTotal }))
    .sort((a, b) => b.value - a.value);
  const hhi = shares.reduce((sum, s) => sum + s.share * s.share, 0);
  const top3Share = shares.slice(0, 3).reduce((sum, s) => sum + s.share, 0);
  return { shares, hhi, top3Share, worldTotal };
}
