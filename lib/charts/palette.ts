import { FOCUS_COUNTRIES } from "@/lib/data/constants";

/**
 * Colours for countries and series. Every colour has at least 3:1 contrast on white (WCAG 1.4.11 for
 * graphics), and charts label bars directly, so colour is never the only cue. The colours that share a chart stay
 * apart (CIEDE2000 ≥ 10) under simulated protanopia, deuteranopia and tritanopia as well as normal vision:
 * palette.test.ts checks both, and says how. That is why Pakistan is a lighter green than the site's teal,
 * China a darker crimson than Australia's orange, and Canada a deep plum beside Ukraine's blue.
 */
/** The five candidate suppliers and the US, the countries with a colour of their own. */
export const COLOURED_COUNTRIES = FOCUS_COUNTRIES;

export const COUNTRY_COLOURS: Readonly<Record<string, string>> = {
  PK: "#288468",
  AU: "#B35900",
  CA: "#581C64",
  UA: "#1F5FA8",
  CN: "#A8141C",
  US: "#37474F",
  WORLD: "#263238",
  ZZ: "#6B7680",
};

/** Bars of countries outside the five suppliers and the US. */
export const CONTEXT_COLOUR = "#6B7680";

/** Baseline (reference) series: drawn as an outline or dashed line beside the current scenario. */
export const BASELINE_COLOUR = "#4A5560";

/** Scenario A (pinned for comparison) in the lab's charts, drawn beside the cost parts and the two countries. */
export const SCENARIO_A_COLOUR = "#4804B0";

/** Cost breakdown components, in stacking order. */
export const COMPONENT_COLOURS: Readonly<Record<string, string>> = {
  labor: "#1F5FA8",
  energy: "#B35900",
  otherOpex: "#6B7680",
  capital: "#581C64",
  security: "#A8141C",
  processing: "#DD55DD",
  freight: "#288468",
  insurance: "#A48854",
  tariff: "#263238",
  // Drawn left of zero: a credit against the cost.
  byproductCredit: "#555566",
};

export function countryColour(code: string): string {
  return COUNTRY_COLOURS[code] ?? CONTEXT_COLOUR;
}

/**
 * Sources of US supply in the supply-mix charts: US production and "other countries" get neutral tones, the
 * named suppliers their country colours, and unmet demand a tan (drawn as a dashed outline in the lab) so that a
 * gap never reads as supply.
 */
export const SUPPLY_COLOURS: Readonly<Record<string, string>> = {
  US: COUNTRY_COLOURS.US!,
  CN: COUNTRY_COLOURS.CN!,
  PK: COUNTRY_COLOURS.PK!,
  AU: COUNTRY_COLOURS.AU!,
  CA: COUNTRY_COLOURS.CA!,
  UA: COUNTRY_COLOURS.UA!,
  ZZ: "#8A949C",
  unmet: "#A48854",
};

/**
 * The colour of each source in one supply-mix chart. The six suppliers keep their country colours; any other
 * country a mineral is imported from (Japan, Malaysia, Estonia, …) takes a country colour no source in this
 * chart uses, so no two sources in the chart share a colour. Beyond six such countries colours would repeat, but
 * the lab shows at most six named sources.
 */
export function supplyColours(keys: readonly string[]): Record<string, string> {
  const spare = COLOURED_COUNTRIES.filter((k) => !keys.includes(k)).map((k) => COUNTRY_COLOURS[k]!);
  let next = 0;
  return Object.fromEntries(
    keys.map((k) => [k, SUPPLY_COLOURS[k] ?? spare[next++ % spare.length] ?? CONTEXT_COLOUR]),
  );
}

/** The cost-gap chart's bar when Pakistan is dearer than the competitor (its own colour when cheaper). */
export const DEARER_COLOUR = COUNTRY_COLOURS.CN!;

/** Threshold and reference lines (e.g. the 5 % bar of a claim test). */
export const REFERENCE_COLOUR = "#8A1C13";

/** The plot's background; exported figures stay on it. */
export const BACKGROUND_COLOUR = "#ffffff";

/** Axis lines, grid lines and axis text. */
export const AXIS_COLOUR = "#4A5560";
export const GRID_COLOUR = "#E3E7EA";
export const INK_COLOUR = "#1B2327";

/** China's share at the mining stage, drawn beside its refining-stage share (China's crimson) in the lab. */
export const STAGE_MINING_COLOUR = "#1F5FA8";

/**
 * The stages of supply side by side (mining vs refining on the mineral pages): mining in the lab's mining blue,
 * refining in an ochre, so neither reads as a country's colour.
 */
export const STAGE_COLOURS: Readonly<Record<"mining" | "refining", string>> = {
  mining: STAGE_MINING_COLOUR,
  refining: "#9A5B13",
};

/** The band behind an emphasised group of bars (China in the stage chart); chart text on it keeps its contrast. */
export const HIGHLIGHT_BAND_COLOUR = "#F6ECEC";

/**
 * Fills of the robustness map's verdicts: light enough for the dark symbol drawn in each cell (✓ ± ✗ ?) to read,
 * distinct in hue and lightness so the map reads without colour vision too.
 */
export const VERDICT_FILLS: Readonly<
  Record<"holds" | "mixed" | "does-not-hold" | "not-enough-data", string>
> = {
  holds: "#9CCB94",
  mixed: "#F2D28B",
  "does-not-hold": "#E89A8F",
  "not-enough-data": "#E3E7EA",
};

/**
 * The map view's sequential ramp of four bins, lightest (lowest bin) to darkest (highest): one blue-to-violet run that darkens
 * by even steps, so the order of the bins reads from lightness alone, under every colour-vision deficiency too.
 * Even the lightest step keeps 3:1 against the white background, so a country in the lowest bin never looks like
 * a country without data (those are hatched, MAP_NO_DATA_COLOUR on white).
 */
export const MAP_RAMP: readonly string[] = ["#6A8FC8", "#3F5AA6", "#2E2878", "#140838"];

/** The hatching and outline of countries without data on the map. */
export const MAP_NO_DATA_COLOUR = "#7D8790";

/** The two colour schemes the site is drawn in. */
export type ColourScheme = "light" | "dark";

/** The chart background in the dark theme: the page's dark paper (`--paper` in app/globals.css). */
export const DARK_BACKGROUND_COLOUR = "#111618";

/**
 * The dark theme's variant of every colour above, keyed by its light value: chart models carry the light values,
 * and the drawing asks `themed()` for both. Data colours keep their hue (greys stay grey) and turn light
 * enough for 3:1 on the dark plot; they were searched for within those bounds so that the colours sharing a
 * chart stay apart under the simulated colour-vision deficiencies as on white. Chart ink turns light, the plot dark.
 * palette.test.ts checks contrast and separation in both schemes. A colour without a variant is drawn as it is in
 * both themes, so a new colour joins this table (and its chart's set in palette.test.ts).
 */
export const DARK_VARIANTS: Readonly<Record<string, string>> = {
  [BACKGROUND_COLOUR]: DARK_BACKGROUND_COLOUR,
  [INK_COLOUR]: "#E3E8EA",
  [AXIS_COLOUR]: "#B0B0B0",
  [GRID_COLOUR]: "#2C363B",
  [HIGHLIGHT_BAND_COLOUR]: "#2E1E20",
  [REFERENCE_COLOUR]: "#FF9989",
  [COUNTRY_COLOURS.PK!]: "#3F8F5E",
  [COUNTRY_COLOURS.AU!]: "#AE5E1F",
  [COUNTRY_COLOURS.CA!]: "#FDCFFF",
  [COUNTRY_COLOURS.UA!]: "#1B88FF",
  [COUNTRY_COLOURS.CN!]: "#FF988C",
  [COUNTRY_COLOURS.US!]: "#C2C2C2",
  [COUNTRY_COLOURS.WORLD!]: "#D4D4D4",
  [CONTEXT_COLOUR]: "#828282",
  [SCENARIO_A_COLOUR]: "#ADACFD",
  [COMPONENT_COLOURS.processing!]: "#D745BE",
  [COMPONENT_COLOURS.insurance!]: "#B39639",
  [COMPONENT_COLOURS.byproductCredit!]: "#A8A4B6",
  [SUPPLY_COLOURS.ZZ!]: "#8D8D8D",
  [STAGE_COLOURS.refining]: "#C78444",
  // The robustness map's cells turn dark and its symbols light ("not enough data" shares the grid's grey).
  [VERDICT_FILLS.holds]: "#2F5A2A",
  [VERDICT_FILLS.mixed]: "#5E4A12",
  [VERDICT_FILLS["does-not-hold"]]: "#6E2A22",
  // The map's ramp turns round: on the dark plot the highest bin is the lightest, each still 3:1 on the background.
  [MAP_RAMP[0]!]: "#4A6FA8",
  [MAP_RAMP[1]!]: "#6F8FD8",
  [MAP_RAMP[2]!]: "#A9B4F0",
  [MAP_RAMP[3]!]: "#E0DCFF",
  [MAP_NO_DATA_COLOUR]: "#8A949C",
};

/** `colour` as it is drawn in `scheme`: its dark variant, or itself when it has none. */
export function inScheme(colour: string, scheme: ColourScheme): string {
  return scheme === "dark" ? (DARK_VARIANTS[colour] ?? colour) : colour;
}

/**
 * `colour` as a CSS value that follows the page's colour scheme (`light-dark()`, resolved by the `color-scheme`
 * the theme sets on the page), so one server-rendered SVG is right in both themes. An export resolves it in the
 * scheme the reader chose (lib/export/dom.ts).
 */
export function themed(colour: string): string {
  const dark = DARK_VARIANTS[colour];
  return dark ? `light-dark(${colour}, ${dark})` : colour;
}
