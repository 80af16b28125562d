import { readFileSync } from "node:fs";
import path from "node:path";
import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import {
  AXIS_COLOUR,
  BACKGROUND_COLOUR,
  type ColourScheme,
  DARK_BACKGROUND_COLOUR,
  DARK_VARIANTS,
  inScheme,
  BASELINE_COLOUR,
  COLOURED_COUNTRIES,
  COMPONENT_COLOURS,
  CONTEXT_COLOUR,
  COUNTRY_COLOURS,
  DEARER_COLOUR,
  HIGHLIGHT_BAND_COLOUR,
  INK_COLOUR,
  REFERENCE_COLOUR,
  SCENARIO_A_COLOUR,
  STAGE_COLOURS,
  STAGE_MINING_COLOUR,
  SUPPLY_COLOURS,
  supplyColours,
  MAP_NO_DATA_COLOUR,
  MAP_RAMP,
  themed,
  VERDICT_FILLS,
} from "./palette";

type Rgb = readonly [number, number, number];
type Lab = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

/** sRGB hex to linear RGB in 0–1 (IEC 61966-2-1 transfer function). */
function toLinear(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = (v: number) => {
    const x = v / 255;
    return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return [c((n >> 16) & 255), c((n >> 8) & 255), c(n & 255)];
}

/** WCAG 2.x contrast ratio of two sRGB colours (culori's, from their relative luminances). */
const contrast = (a: string, b: string): number => wcagContrast(a, b);

/**
 * Colour-vision deficiency simulation after Machado, Oliveira and Fernandes, "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009: one 3×3 matrix per deficiency, applied to linear
 * RGB. These are the paper's matrices at severity 1.0 (full dichromacy: protanopia, deuteranopia, tritanopia), the
 * ones colorspacious and DaltonLens use. Machado's tritan model is the least validated of the three (Brettel,
 * Viénot and Mollon 1997 is the usual reference for tritanopia), but it is linear and conservative enough here.
 */
const CVD: Readonly<Record<"normal" | "protanopia" | "deuteranopia" | "tritanopia", Matrix>> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: Rgb, m: Matrix): Rgb {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return m.map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as unknown as Rgb;
}

/** Linear sRGB to CIELAB, D65 white (sRGB's own), via XYZ. */
function toLab([r, g, b]: Rgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 colour difference (Sharma, Wu and Dalal, Color Res. Appl. 30(1), 2005), kL = kC = kH = 1. */
function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const c7 = (c: number) => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7));
  const g = 0.5 * (1 - c7((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1 = Math.hypot(a1p, b1);
  const c2 = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1 = hue(b1, a1p);
  const h2 = hue(b2, a2p);
  let dh = 0;
  if (c1 * c2 !== 0) dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad);
  const lMean = (l1 + l2) / 2;
  const cMean = (c1 + c2) / 2;
  let hMean = h1 + h2;
  if (c1 * c2 !== 0)
    hMean = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * rad) +
    0.24 * Math.cos(2 * hMean * rad) +
    0.32 * Math.cos((3 * hMean + 6) * rad) -
    0.2 * Math.cos((4 * hMean - 63) * rad);
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cMean;
  const sh = 1 + 0.015 * cMean * t;
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hMean - 275) / 25) ** 2)) * rad) * 2 * c7(cMean);
  const dl = (l2 - l1) / sl;
  const dc = (c2 - c1) / sc;
  const dhs = dH / sh;
  return Math.sqrt(dl ** 2 + dc ** 2 + dhs ** 2 + rt * dc * dhs);
}

/**
 * The smallest difference two series may have under any of the four visions. A difference of about 1 CIEDE2000
 * is just noticeable between large patches side by side; thin bars, lines and legend swatches need several times
 * more (Stone, Szafir and Setlur, "An Engineering Model for Color Difference as a Function of Size", 2014), and
 * the simulation is an approximation of any one viewer. 10 leaves that margin: two series at 10 read as different
 * colours at a glance, not only on close inspection.
 */
const MIN_DELTA_E = 10;

/** Colours that are drawn together in one chart, so must be told apart. */
const CHARTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "countries (compare charts; world charts, other countries in grey)": {
    ...Object.fromEntries(COLOURED_COUNTRIES.map((c) => [c, COUNTRY_COLOURS[c]!])),
    other: CONTEXT_COLOUR,
  },
  "supply mix (overview, lab)": SUPPLY_COLOURS,
  "landed cost by part, with scenario A's total": { ...COMPONENT_COLOURS, scenarioA: SCENARIO_A_COLOUR },
  "China's share of US supply (lab lines)": {
    preset: BASELINE_COLOUR,
    scenarioA: SCENARIO_A_COLOUR,
    CN: COUNTRY_COLOURS.CN!,
    mining: STAGE_MINING_COLOUR,
    PK: COUNTRY_COLOURS.PK!,
    unmet: SUPPLY_COLOURS.unmet!,
  },
  "mining vs refining (mineral pages)": STAGE_COLOURS,
  "Pakistan's cost gap (lab)": {
    cheaper: COUNTRY_COLOURS.PK!,
    dearer: DEARER_COLOUR,
    preset: BASELINE_COLOUR,
    scenarioA: SCENARIO_A_COLOUR,
  },
  "map bins (world maps)": Object.fromEntries(MAP_RAMP.map((c, i) => [`bin ${i + 1}`, c])),
};

/** Colours drawn as marks (bars, lines, swatches): WCAG 1.4.11 asks 3:1 against the white chart background. */
const MARK_COLOURS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(COUNTRY_COLOURS).map(([k, v]) => [`country ${k}`, v])),
  ...Object.fromEntries(Object.entries(COMPONENT_COLOURS).map(([k, v]) => [`component ${k}`, v])),
  ...Object.fromEntries(Object.entries(SUPPLY_COLOURS).map(([k, v]) => [`supply ${k}`, v])),
  ...Object.fromEntries(Object.entries(STAGE_COLOURS).map(([k, v]) => [`stage ${k}`, v])),
  context: CONTEXT_COLOUR,
  baseline: BASELINE_COLOUR,
  scenarioA: SCENARIO_A_COLOUR,
  mining: STAGE_MINING_COLOUR,
  dearer: DEARER_COLOUR,
  reference: REFERENCE_COLOUR,
  axis: AXIS_COLOUR,
  ...Object.fromEntries(MAP_RAMP.map((c, i) => [`map bin ${i + 1}`, c])),
  "map no data": MAP_NO_DATA_COLOUR,
};

/** Colours charts write text in (labels, ticks, the reference line's label): WCAG 1.4.3 asks 4.5:1. */
const TEXT_COLOURS: Readonly<Record<string, string>> = {
  ink: INK_COLOUR,
  axis: AXIS_COLOUR,
  reference: REFERENCE_COLOUR,
};

describe("the colour science behind the checks", () => {
  it("computes WCAG contrast: black on white is 21:1, a colour on itself 1:1", () => {
    expect(contrast("#000000", "#FFFFFF")).toBeCloseTo(21, 6);
    expect(contrast("#777777", "#777777")).toBe(1);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(contrast("#767676", "#FFFFFF")).toBeCloseTo(4.54, 2);
  });

  it("reproduces CIEDE2000 test pairs of Sharma, Wu and Dalal (2005)", () => {
    const pairs: [Lab, Lab, number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [61, -5, 29], 22.8977],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    ];
    for (const [p, q, expected] of pairs) expect(deltaE2000(p, q)).toBeCloseTo(expected, 4);
  });

  it("maps white to L* 100 and keeps greys grey under every simulated vision", () => {
    const white = toLab(toLinear("#FFFFFF"));
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
    for (const m of Object.values(CVD)) {
      // Each matrix's rows sum to 1, so a neutral grey is seen as the same grey.
      const grey = simulate(toLinear("#777777"), m);
      const original = toLinear("#777777");
      for (let i = 0; i < 3; i++) expect(grey[i]).toBeCloseTo(original[i]!, 4);
    }
  });

  it("finds the classic confusions: red and green under deuteranopia, blue and green under tritanopia", () => {
    const d = (a: string, b: string, vision: keyof typeof CVD) =>
      deltaE2000(toLab(simulate(toLinear(a), CVD[vision])), toLab(simulate(toLinear(b), CVD[vision])));
    expect(d("#D62728", "#2CA02C", "normal")).toBeGreaterThan(40);
    expect(d("#D62728", "#2CA02C", "deuteranopia")).toBeLessThan(MIN_DELTA_E);
    expect(d("#1F77B4", "#17BECF", "tritanopia")).toBeLessThan(d("#1F77B4", "#17BECF", "normal"));
  });
});

/** The chart background of each scheme. */
const BACKGROUND: Readonly<Record<ColourScheme, string>> = {
  light: BACKGROUND_COLOUR,
  dark: DARK_BACKGROUND_COLOUR,
};

describe.each(["light", "dark"] as const)("palette in the %s theme", (scheme) => {
  const bg = BACKGROUND[scheme];
  const of = (hex: string) => inScheme(hex, scheme);

  it.each(Object.entries(MARK_COLOURS))(
    `mark colour %s (%s) has at least 3:1 contrast on the ${scheme} background`,
    (_, hex) => {
      expect(contrast(of(hex), bg)).toBeGreaterThanOrEqual(3);
    },
  );

  it("keeps chart text and the stage bars readable on the band behind an emphasised group (China)", () => {
    for (const hex of Object.values(TEXT_COLOURS))
      expect(contrast(of(hex), of(HIGHLIGHT_BAND_COLOUR))).toBeGreaterThanOrEqual(4.5);
    for (const hex of Object.values(STAGE_COLOURS))
      expect(contrast(of(hex), of(HIGHLIGHT_BAND_COLOUR))).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(TEXT_COLOURS))(
    `text colour %s (%s) has at least 4.5:1 contrast on the ${scheme} background`,
    (_, hex) => {
      expect(contrast(of(hex), bg)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(Object.entries(CHARTS))(
    `every pair in %s differs by ΔE00 ≥ ${MIN_DELTA_E} under normal vision, protanopia, deuteranopia and tritanopia`,
    (_, colours) => {
      const tooClose: string[] = [];
      const entries = Object.entries(colours);
      for (const [vision, m] of Object.entries(CVD)) {
        const lab = entries.map(([k, hex]) => [k, toLab(simulate(toLinear(of(hex)), m))] as const);
        for (let i = 0; i < lab.length; i++) {
          for (let j = i + 1; j < lab.length; j++) {
            const d = deltaE2000(lab[i]![1], lab[j]![1]);
            if (d < MIN_DELTA_E) tooClose.push(`${lab[i]![0]}/${lab[j]![0]} ${vision} ΔE00 ${d.toFixed(1)}`);
          }
        }
      }
      expect(tooClose).toEqual([]);
    },
  );
});

describe("the dark theme's chart colours", () => {
  it("give every colour a chart draws a variant of its own, so nothing stays dark on the dark plot", () => {
    const drawn = [...Object.values(MARK_COLOURS), ...Object.values(TEXT_COLOURS), HIGHLIGHT_BAND_COLOUR];
    expect(drawn.filter((hex) => !DARK_VARIANTS[hex])).toEqual([]);
    // Two light colours never share a dark variant: a chart that told them apart still does.
    const variants = Object.values(DARK_VARIANTS);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it.each(["light", "dark"] as const)(
    "keep the robustness map's symbols in ink readable on every verdict's fill (%s theme)",
    (scheme) => {
      for (const fill of Object.values(VERDICT_FILLS))
        expect(contrast(inScheme(INK_COLOUR, scheme), inScheme(fill, scheme))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("writes a colour for the page's scheme: light-dark() with both values, or the colour itself", () => {
    expect(themed(COUNTRY_COLOURS.PK!)).toBe(
      `light-dark(${COUNTRY_COLOURS.PK}, ${DARK_VARIANTS[COUNTRY_COLOURS.PK!]})`,
    );
    expect(themed("#123456")).toBe("#123456");
    expect(inScheme(BACKGROUND_COLOUR, "dark")).toBe(DARK_BACKGROUND_COLOUR);
    expect(inScheme(BACKGROUND_COLOUR, "light")).toBe(BACKGROUND_COLOUR);
  });
});

describe("palette", () => {
  it("gives every source in one supply-mix chart its own colour, the six suppliers their country colours", () => {
    const keys = ["CN", "US", "MY", "JP", "EE", "AU", "ZZ", "unmet"];
    const colours = supplyColours(keys);
    expect(new Set(Object.values(colours)).size).toBe(keys.length);
    for (const c of ["CN", "US", "AU"]) expect(colours[c]).toBe(COUNTRY_COLOURS[c]);
    expect(colours.ZZ).toBe(SUPPLY_COLOURS.ZZ);
    // Countries outside the six borrow the colours of suppliers this chart does not show.
    for (const c of ["MY", "JP", "EE"])
      expect(["PK", "CA", "UA"].map((k) => COUNTRY_COLOURS[k])).toContain(colours[c]);
  });
});

/** The page's colour tokens, as app/globals.css declares them: `--name: light-dark(light, dark);`. */
function pageTokens(): Record<string, Record<ColourScheme, string>> {
  const css = readFileSync(path.join(__dirname, "../../app/globals.css"), "utf8");
  const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
  return Object.fromEntries(
    [...root.matchAll(/--([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/gi)].map((m) => [
      m[1]!,
      { light: m[2]!, dark: m[3]! },
    ]),
  );
}

/** Text tokens: each is read on every surface, so each keeps 4.5:1 on all of them. */
const PAGE_TEXT = [
  "ink",
  "ink-muted",
  "link",
  "accent",
  "accent-ink",
  "warn-ink",
  "error-ink",
  "good",
  "secondary-ink",
];
const PAGE_SURFACES = ["paper", "paper-alt", "hover-bg", "accent-bg", "mark-bg"];
/** Text on a background of its own (notices, filled buttons, the current segment). */
const PAGE_PAIRS: readonly (readonly [string, string])[] = [
  ["warn-ink", "warn-bg"],
  ["error-ink", "error-bg"],
  ["good-ink", "good-bg"],
  ["on-accent", "accent"],
  ["on-accent", "accent-ink"],
  ["paper", "ink"],
];
/** Marks that show a control or its state (borders, the focus ring, the current page): 3:1 (WCAG 1.4.11). */
const PAGE_MARKS = ["control-border", "focus", "accent"];

describe.each(["light", "dark"] as const)("page colour tokens in the %s theme", (scheme) => {
  const tokens = pageTokens();
  const t = (name: string) => {
    const token = tokens[name];
    if (!token) throw new Error(`app/globals.css declares no --${name} as light-dark(…)`);
    return token[scheme];
  };

  it("put charts on the page's own paper", () => {
    expect(t("paper").toLowerCase()).toBe(BACKGROUND[scheme].toLowerCase());
  });

  it.each(PAGE_TEXT)(`text --%s has at least 4.5:1 on every surface`, (name) => {
    const low = PAGE_SURFACES.map((s) => [s, contrast(t(name), t(s))] as const).filter(([, c]) => c < 4.5);
    expect(low).toEqual([]);
  });

  it.each(PAGE_PAIRS)(`text --%s has at least 4.5:1 on --%s`, (text, background) => {
    expect(contrast(t(text), t(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(PAGE_MARKS)(`--%s has at least 3:1 on the paper`, (name) => {
    expect(contrast(t(name), t("paper"))).toBeGreaterThanOrEqual(3);
    expect(contrast(t(name), t("paper-alt"))).toBeGreaterThanOrEqual(3);
  });
});
