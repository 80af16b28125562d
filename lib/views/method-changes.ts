import { cell, type ChartTable } from "../charts/chart-model";
import { formatNumber, formatUsd } from "../charts/format";
import { countryName } from "../data/country-names";
import { type ProcessingLocation } from "../data/processing";
import { loadModelContext } from "../api/model-context";
import { defaultValues } from "../model/assumptions";
import { costOf } from "../model/landed-cost";
import { computeCosts, runScenario } from "../model/scenario";
import { VERDICT_LABELS } from "./claims-text";

/**
 * What the second version of the model changed, and why, for the method on /sources: a table of the changes and the
 * copper comparison at the evidence baseline before and after, the "after" computed from the model as it runs.
 */

/** Each change: what version 1 did, what version 2 does, and why an expert would ask for it. */
const CHANGES: readonly (readonly [was: string, now: string, why: string])[] = [
  [
    "Every country's cost rescaled from one operation per mineral, treated as if it were a US mine (Australia's lithium came out at US$517/t against the ≈ US$406–423/t its own operation reports).",
    "Each country starts from its own operation where one is sourced; elsewhere from the nearest one, scaled from that operation's own wage and energy prices. At the defaults each operation reproduces its reported cost on its own definition.",
    "A unit cost is comparable only on the basis it was reported on.",
  ],
  [
    "Copper's unit cost was net of gold and molybdenum credits, yet no credit was shown and Reko Diq's gold was left out.",
    "By-product credits are their own part (never positive): Reko Diq's gold and Gibraltar's molybdenum, priced by editable assumptions.",
    "Half-counted by-products hid the largest item in Pakistan's copper cost.",
  ],
  [
    "Freight per tonne shipped, compared per tonne of contained copper.",
    "Freight and insurance per tonne of the compared product; concentrate tonnes follow from its grade and payable share.",
    "At 25–35 % copper, freight per tonne of copper is 3–4 times the per-tonne-shipped rate.",
  ],
  [
    "Mine products compared with refined US demand; no smelting, conversion or separation.",
    "One product per mineral, the form the US imports, with a processing part (treatment and refining charges, conversion, separation) on a stated route.",
    "The US buys refined copper, lithium chemicals and separated oxides.",
  ],
  [
    "Tariff charged on cost, freight and insurance.",
    "Tariff charged on the customs value (the product's price), at the rate of the country where it was processed.",
    "US duty is assessed on the transaction value, without international freight and insurance.",
  ],
  [
    "Political risk charged twice: a security cost set near the MIGA premium, and a risk premium in the discount rate.",
    "A choice: priced in the discount rate (default) or insured, never both; physical security is charged either way.",
    "The same risk cannot be both insured and borne.",
  ],
  [
    "One 22 % energy share, all of it at the grid price, for every mineral; Reko Diq's capital intensity for every country.",
    "Electricity and fuel shares per mineral, each at the country's price (Reko Diq on its own power plant); capital intensity per operation.",
    "Most mine energy is diesel, and capital intensity belongs to a deposit, not a country.",
  ],
  [
    "Parameters that fed nothing (labour on-cost, years to production, transit days); the article's framing said only wages differ while other prices still did.",
    "Every parameter feeds the model or is gone; the framing's description is written from the values it sets.",
    "A parameter that does nothing misleads.",
  ],
  [
    "The dependency result's extra cost multiplied tonnes of content by a price per tonne of product.",
    "Content tonnes are converted to product tonnes first.",
    "Lithium's figure was about 36 times off.",
  ],
  [
    "C4 counted only US imports bought directly from China.",
    "China's share of US supply at the mining and the refining stage, counting third countries' Chinese feed and the refining route of new supply; the verdict names its stage.",
    "China's weight is in refining.",
  ],
];

/** Copper's landed costs at the evidence baseline in version 1 (USD per tonne of copper in concentrate). */
const V1_COPPER = { PK: 6942, AU: 6727, CA: 5634 } as const;
const V1_C2 = "mixed" as const;

/** Where Pakistan's copper is smelted, inside a sentence. */
const SMELTED: Record<ProcessingLocation, string> = {
  domestic: "in Pakistan",
  "united-states": "in the United States",
  china: "in China",
  "third-country": "in a third country",
};

export interface MethodChanges {
  table: ChartTable;
  /** The copper comparison before and after, in words. */
  copper: string;
}

/** The changes table and the copper comparison, the new figures computed at the evidence baseline. */
export function buildMethodChanges(): MethodChanges {
  const { data, table } = loadModelContext();
  const values = defaultValues(table);
  const result = runScenario(data, values);
  const costs = computeCosts(data, values);
  const cost = (c: "PK" | "AU" | "CA") => costOf(costs, c, "copper")!;
  const pk = cost("PK");
  const usd = (x: number) => `${formatUsd(x)}/t`;
  const c2 = result.claims.find((c) => c.id === "C2")!.verdict;
  const moves = (["PK", "AU", "CA"] as const)
    .map((c) => `${countryName(c)} ${usd(V1_COPPER[c])} → ${usd(cost(c).landedCostUsdPerTonne)}`)
    .join(", ");
  const copper =
    `Copper at the evidence baseline, version 1 (per tonne of copper in concentrate) → version 2 (per tonne of ${pk.product.name}): ${moves}. ` +
    `Pakistan's cost now carries Reko Diq's gold credit (${usd(-pk.breakdown.byproductCredit)}) against capital of ${usd(pk.breakdown.capital)}, ` +
    `concentrate freight of ${usd(pk.breakdown.freight)} and a duty of ${usd(pk.breakdown.tariff)} on copper smelted ${SMELTED[pk.processing.location]}. ` +
    `C2 moves from “${VERDICT_LABELS[V1_C2]}” to “${VERDICT_LABELS[c2]}” (${formatNumber(result.claims.find((c) => c.id === "C2")!.perMineral.filter((p) => p.verdict === "holds").length)} of the minerals with sourced costs cheaper than both competitors).`;
  return {
    copper,
    table: {
      caption: "What version 2 of the model changed, and why",
      columns: [
        { key: "was", label: "Version 1", kind: "label" },
        { key: "now", label: "Version 2", kind: "text" },
        { key: "why", label: "Why", kind: "text" },
      ],
      rows: CHANGES.map(([was, now, why], i) => ({
        key: String(i),
        cells: [cell(was), cell(now), cell(why)],
      })),
    },
  };
}
