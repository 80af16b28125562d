import { PRIMARY_EDITION } from "../data/constants";
import { countryName } from "../data/country-names";
import { mineralName } from "../data/mineral-names";
import { statusLabel } from "../data/provenance";
import { type MineralDependency } from "../model/dependency";
import { type ChartMeta } from "./bars";
import { cell, type StackedChart, type StackRow, type StackSegment } from "./chart-model";
import { formatShare } from "./format";
import { CONTEXT_COLOUR, SUPPLY_COLOURS } from "./palette";

/** Order in which supply sources stack: domestic first, then China, Pakistan, the other suppliers, the rest, unmet. */
const SUPPLY_ORDER = ["US", "CN", "PK", "AU", "CA", "UA", "ZZ", "unmet"] as const;
type SupplyKey = (typeof SUPPLY_ORDER)[number];

const UNIT = "% of US demand";

function supplyLabel(key: SupplyKey): string {
  if (key === "US") return "US production";
  if (key === "ZZ") return "Other countries";
  if (key === "unmet") return "Unmet demand";
  return countryName(key);
}

const colourOf = (key: SupplyKey) => SUPPLY_COLOURS[key] ?? CONTEXT_COLOUR;

/**
 * The US supply mix of each mineral in one year as 100 % stacked bars: US production, China, Pakistan, Australia,
 * Canada, Ukraine, all other countries together, and unmet demand, in percent of US demand. The table has a row
 * per mineral and a column per source in the legend (0 where a source supplies nothing), then the total.
 */
export function buildSupplyMixChart(
  meta: ChartMeta,
  dependency: readonly MineralDependency[],
  year: number,
): StackedChart {
  const provenance = `Our US supply model · USGS ${PRIMARY_EDITION} import sources and reliance · ${statusLabel("derived")}`;
  const used = new Set<SupplyKey>();
  const missing: { label: string; reason: string }[] = [];
  const rows: StackRow[] = [];
  for (const d of dependency) {
    const label = mineralName(d.mineral);
    const y = d.years.find((x) => x.year === year);
    if (!y) {
      missing.push({ label, reason: `no result for ${year}` });
      continue;
    }
    const shares = new Map<SupplyKey, number>();
    for (const s of y.mix) {
      const key = (SUPPLY_ORDER as readonly string[]).includes(s.source) ? (s.source as SupplyKey) : "ZZ";
      shares.set(key, (shares.get(key) ?? 0) + s.share);
    }
    shares.set("unmet", y.unmetShare);
    const segments = SUPPLY_ORDER.filter((k) => (shares.get(k) ?? 0) > 0).map<StackSegment>((k) => {
      used.add(k);
      const share = shares.get(k)!;
      const display = formatShare(share);
      return {
        key: k,
        label: supplyLabel(k),
        value: share * 100,
        display,
        colour: colourOf(k),
        tooltip: `${label} — ${supplyLabel(k)}: ${display}\n${provenance}`,
      };
    });
    rows.push({
      key: d.mineral,
      label,
      segments,
      total: 100,
      totalDisplay: `China ${formatShare(y.chinaShare)}, Pakistan ${formatShare(y.pakistanShare)}`,
    });
  }
  const legendKeys = SUPPLY_ORDER.filter((k) => used.has(k));
  const described = rows
    .map(
      (r) => `${r.label}: ${r.totalDisplay} (${r.segments.map((s) => `${s.label} ${s.display}`).join(", ")})`,
    )
    .join("; ");
  const gaps = missing.length
    ? ` Not shown: ${missing.map((m) => `${m.label} (${m.reason})`).join("; ")}.`
    : "";
  return {
    kind: "stacked",
    ...meta,
    notes: meta.notes ?? [],
    missing: [...(meta.missing ?? []), ...missing],
    axis: { format: "pct", domain: [0, 100] },
    rows,
    legend: legendKeys.map((k) => ({ label: supplyLabel(k), colour: colourOf(k) })),
    alt: rows.length ? `Stacked bar chart, ${meta.title}. ${described}.${gaps}` : `${meta.title}: no data.`,
    table: {
      caption: meta.title,
      columns: [
        { key: "mineral", label: "Mineral", kind: "label" },
        ...legendKeys.map((k) => ({ key: k, label: supplyLabel(k), unit: UNIT, kind: "number" as const })),
        { key: "total", label: "Total", unit: UNIT, kind: "number" },
      ],
      rows: rows.map((r) => ({
        key: r.key,
        cells: [
          cell(r.label),
          ...legendKeys.map((k) => {
            const s = r.segments.find((x) => x.key === k);
            return s ? cell(s.value, s.display) : cell(0, formatShare(0));
          }),
          cell(r.total, formatShare(r.total / 100)),
        ],
      })),
    },
  };
}
