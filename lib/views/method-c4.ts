import { formatNumber } from "../charts/format";
import { type MineralId } from "../data/constants";
import { type Dataset } from "../data/dataset";
import { type ImportSources } from "../data/import-sources";
import { mineralName } from "../data/mineral-names";
import { KEYS } from "../model/keys";
import { BARS, decisiveCut } from "../model/claim-tests";
import { type ModelContext } from "../model/context";
import { DEFAULT_PRESET, presetValues } from "../model/presets";
import { runScenario } from "../model/scenario";

/**
 * The figures behind C4's 5-point bar and its verdict on the data, as the method page states them: how far China's
 * share of US imports moved between USGS's two import-source windows, and how little Pakistan's antimony can cut.
 * Read from the dataset and the model so the sentence follows a new USGS edition or a new default.
 */

/** One USGS import-source window: its period and the edition that printed it. */
export interface ImportWindow {
  period: string;
  edition: string;
}

/** China's share of US imports of one mineral's product form in the earlier and the later window, percent. */
export interface ChinaShareMove {
  mineral: MineralId;
  fromPct: number;
  toPct: number;
  /** The move, percentage points (absolute). */
  movePp: number;
}

export interface MethodC4Figures {
  from: ImportWindow;
  to: ImportWindow;
  /** Minerals whose China share USGS prints in both windows (China listed in at least one), in data order. */
  moves: ChinaShareMove[];
  /** The smallest and largest move, points. */
  minMovePp: number;
  maxMovePp: number;
  /** Pakistan's antimony: its production as a share of US consumption (%), and its cut in China's share (points). */
  antimony: { productionSharePct: number; cutPp: number; target: number };
}

/** China's share of one import-sources entry, percent (0 where USGS does not list China). */
const chinaPct = (x: ImportSources) => x.shares.find((s) => s.country === "CN")?.sharePct ?? 0;

/** The figures, from the import sources captured for both editions and the default scenario. */
export function methodC4Figures(ds: Pick<Dataset, "importSources">, ctx: ModelContext): MethodC4Figures {
  // The later window: every entry of the newest edition, each matched with the same product form a window earlier.
  const editions = [...new Set(ds.importSources.map((x) => x.edition))].sort();
  const [earlier, later] = editions.slice(-2) as [string, string];
  const pairs = ds.importSources
    .filter((x) => x.edition === later)
    .flatMap((to) => {
      const from = ds.importSources.find(
        (x) => x.edition === earlier && x.mineral === to.mineral && x.productForm === to.productForm,
      );
      return from ? [{ from, to }] : [];
    });
  const moves = pairs
    .filter(({ from, to }) => chinaPct(from) > 0 || chinaPct(to) > 0)
    .map(({ from, to }) => ({
      mineral: to.mineral,
      fromPct: chinaPct(from),
      toPct: chinaPct(to),
      movePp: Math.abs(chinaPct(to) - chinaPct(from)),
    }));
  if (!moves.length) throw new Error("no mineral has China's import share in both USGS windows");
  const window = (x: ImportSources): ImportWindow => ({ period: x.period, edition: x.edition });

  const values = presetValues(
    ctx.table,
    ctx.presets.find((p) => p.id === DEFAULT_PRESET)!,
  );
  const target = values[KEYS.targetYear]!;
  const m = ctx.data.minerals.find((x) => x.id === "antimony")!;
  const d = runScenario(ctx.data, values).dependency.find((x) => x.mineral === "antimony")!;
  const year = d.years.find((y) => y.year === target)!;
  const cut = decisiveCut(d.baselineExposure, year.pakistanCut);
  return {
    from: window(pairs[0]!.from),
    to: window(pairs[0]!.to),
    moves,
    minMovePp: Math.min(...moves.map((x) => x.movePp)),
    maxMovePp: Math.max(...moves.map((x) => x.movePp)),
    antimony: {
      // Against the consumption USGS reports (the model's demand where it withholds it).
      productionSharePct: (m.productionT.PK / (m.demandT?.value ?? year.demandT)) * 100,
      // No stage to test would mean no cut at all.
      cutPp: cut?.cutPp ?? 0,
      target,
    },
  };
}

/** "2020–2023" → "2020–23": the short form the method's prose uses. */
const shortPeriod = (period: string) => period.replace(/^(\d{4})–\d{2}(\d{2})$/, "$1–$2");

/** The method page's C4 sentence, with its figures from methodC4Figures. */
export function methodC4Sentence(f: MethodC4Figures): string {
  const bar = formatNumber(BARS.realChinaCutPp);
  const moves = f.moves
    .map(
      (x) =>
        `${mineralName(x.mineral).toLowerCase()} ${formatNumber(x.fromPct)} → ${formatNumber(x.toPct)} %`,
    )
    .join(", ");
  return (
    `C4 Less dependence on China: at the stage where China holds more of US supply (mining or refining; refining on a tie), Pakistan's supply cutting China's share by at least ${bar} points by the target year, or adding to it where Pakistani output is refined in China. ` +
    `Why ${bar} points: China's share of US imports moved by ${formatNumber(f.minMovePp)} to ${formatNumber(f.maxMovePp)} points from one USGS window to the next (${shortPeriod(f.from.period)} in ${f.from.edition}, ${shortPeriod(f.to.period)} in ${f.to.edition}: ${moves}), so a smaller cut cannot be told from that drift. ` +
    `On the data the claim cannot hold: Pakistan's antimony is about ${formatNumber(f.antimony.productionSharePct, 0)} % of US use (a cut of about ${formatNumber(f.antimony.cutPp, 1)} points by ${f.antimony.target}) and the US buys no Chinese copper; the test says so rather than lowering the bar.`
  );
}
