import { type MineralDependency } from "../model/dependency";
import { formatShare } from "./format";
import { SUPPLY_COLOURS } from "./palette";

/** One part of a stacked bar. */
export interface StackSegment {
  key: string;
  label: string;
  value: number;
  /** The value as the reader sees it, e.g. "US$1,234/t" or "43 %". */
  display: string;
  colour: string;
  /** "Source · year · status" for the tooltip. */
  provenance: string;
  /** Drawn lighter with a dashed outline: an estimate or an assumption. */
  estimate: boolean;
}

/** One stacked bar: a mineral's US supply mix. */
export interface StackedRow {
  key: string;
  label: string;
  segments: StackSegment[];
  total: number;
  totalDisplay: string;
  /** Emphasised row (Pakistan). */
  highlight: boolean;
}

export interface StackedSeries {
  unit: string;
  rows: StackedRow[];
  /** Legend entries in stacking order: every segment key that appears. */
  legend: { key: string; label: string; colour: string }[];
  /** Rows asked for but not drawn, with the reason. */
  missing: { label: string; reason: string }[];
}

/** Order in which supply sources stack: domestic first, then China, Pakistan, the other suppliers, the rest, unmet. */
const SUPPLY_ORDER = ["US", "CN", "PK", "AU", "CA", "UA", "ZZ", "unmet"] as const;

/**
 * The US supply mix of each mineral in one year as 100 % stacked bars: US production, China, Pakistan, Australia,
 * Canada, Ukraine, all other countries together, and unmet demand. Shares are of US demand (0–1), drawn in percent.
 */
export function buildSupplyMixStack(
  dependency: readonly MineralDependency[],
  year: number,
  mineralName: (id: string) => string,
  sourceName: (code: string) => string,
  provenance: (mineral: string) => string,
): StackedSeries {
  const used = new Set<string>();
  const missing: StackedSeries["missing"] = [];
  const rows: StackedRow[] = [];
  for (const d of dependency) {
    const y = d.years.find((x) => x.year === year);
    if (!y) {
      missing.push({ label: mineralName(d.mineral), reason: `no result for ${year}` });
      continue;
    }
    const shares = new Map<string, number>();
    for (const s of y.mix) {
      const key = (SUPPLY_ORDER as readonly string[]).includes(s.source) ? s.source : "ZZ";
      shares.set(key, (shares.get(key) ?? 0) + s.share);
    }
    shares.set("unmet", y.unmetShare);
    const segments = SUPPLY_ORDER.filter((k) => (shares.get(k) ?? 0) > 0).map<StackSegment>((k) => {
      used.add(k);
      const share = shares.get(k) ?? 0;
      return {
        key: k,
        label: supplyLabel(k, sourceName),
        value: share * 100,
        display: formatShare(share),
        colour: SUPPLY_COLOURS[k] ?? "#8A949C",
        provenance: provenance(d.mineral),
        estimate: false,
      };
    });
    rows.push({
      key: d.mineral,
      label: mineralName(d.mineral),
      segments,
      total: 100,
      totalDisplay: `China ${formatShare(y.chinaShare)}, Pakistan ${formatShare(y.pakistanShare)}`,
      highlight: false,
    });
  }
  return {
    unit: "% of US demand",
    rows,
    legend: SUPPLY_ORDER.filter((k) => used.has(k)).map((k) => ({
      key: k,
      label: supplyLabel(k, sourceName),
      colour: SUPPLY_COLOURS[k] ?? "#8A949C",
    })),
    missing,
  };
}

function supplyLabel(key: string, sourceName: (code: string) => string): string {
  if (key === "US") return "US production";
  if (key === "ZZ") return "Other countries";
  if (key === "unmet") return "Unmet demand";
  return sourceName(key);
}

/** Generated alt text for a stacked bar chart: each bar with its total and its parts. */
export function describeStackedSeries(title: string, series: StackedSeries): string {
  if (!series.rows.length) return `${title}: no data.`;
  const rows = series.rows
    .map(
      (r) =>
        `${r.label}: ${r.totalDisplay} (${r.segments
          .filter((s) => s.value > 0)
          .map((s) => `${s.label} ${s.display}`)
          .join(", ")})`,
    )
    .join("; ");
  const missing = series.missing.length
    ? ` Not shown: ${series.missing.map((m) => `${m.label} (${m.reason})`).join("; ")}.`
    : "";
  return `Stacked bar chart, ${title}. ${rows}.${missing}`;
}
