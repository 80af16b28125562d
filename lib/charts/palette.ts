/**
 * Colours for countries and series. Every colour has at least 3:1 contrast on white (WCAG 1.4.11 for
 * graphics), and charts label bars directly, so colour is never the only cue. Pakistan and China are told apart
 * by lightness as well as hue, so they stay distinct under red–green colour-vision deficiency.
 */
export const COUNTRY_COLOURS: Readonly<Record<string, string>> = {
  PK: "#00695C",
  AU: "#B35900",
  CA: "#7B3F8C",
  UA: "#1F5FA8",
  CN: "#C62828",
  US: "#37474F",
  WORLD: "#263238",
  ZZ: "#6B7680",
};

/** Bars of countries outside the five suppliers and the US. */
export const CONTEXT_COLOUR = "#6B7680";

/** Baseline (reference) series: drawn as an outline or dashed line beside the current scenario. */
export const BASELINE_COLOUR = "#4A5560";

/** Cost breakdown components, in stacking order. */
export const COMPONENT_COLOURS: Readonly<Record<string, string>> = {
  labor: "#1F5FA8",
  energy: "#B35900",
  otherOpex: "#6B7680",
  capital: "#7B3F8C",
  security: "#C62828",
  freight: "#00695C",
  insurance: "#8D6E00",
  tariff: "#263238",
};

export function countryColour(code: string): string {
  return COUNTRY_COLOURS[code] ?? CONTEXT_COLOUR;
}

/**
 * Sources of US supply in the supply-mix charts: US production and "other countries" get neutral tones, the
 * named suppliers their country colours, and unmet demand a dark ochre so that a gap never reads as supply.
 */
export const SUPPLY_COLOURS: Readonly<Record<string, string>> = {
  US: COUNTRY_COLOURS.US!,
  CN: COUNTRY_COLOURS.CN!,
  PK: COUNTRY_COLOURS.PK!,
  AU: COUNTRY_COLOURS.AU!,
  CA: COUNTRY_COLOURS.CA!,
  UA: COUNTRY_COLOURS.UA!,
  ZZ: "#8A949C",
  unmet: "#8D6E00",
};

/** Threshold and reference lines (e.g. the 5 % bar of a claim test). */
export const REFERENCE_COLOUR = "#8A1C13";

/** Axis lines, grid lines and axis text. */
export const AXIS_COLOUR = "#4A5560";
export const GRID_COLOUR = "#E3E7EA";
export const INK_COLOUR = "#1B2327";
