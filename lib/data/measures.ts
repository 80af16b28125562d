/**
 * The one registry of measure labels: every `measure` id an observation may carry, with the words a reader sees.
 * Data validation refuses an observation whose measure is not listed here, so a new measure gets its label where it
 * is introduced. No zod here: browser code imports it.
 */
export interface MeasureLabel {
  /** As a table row or column heading: "Mine production". */
  label: string;
  /** Lower-case, inside a sentence: "mine production". */
  inline: string;
}

const m = (label: string, inline = label.charAt(0).toLowerCase() + label.slice(1)): MeasureLabel => ({
  label,
  inline,
});

export const MEASURE_LABELS = {
  // USGS world tables
  "mine-production": m("Mine production"),
  "refinery-production": m("Refinery production"),
  reserves: m("Reserves"),
  "reserves-jorc-compliant": m("Reserves (JORC-compliant)", "JORC-compliant reserves"),
  "sponge-production": m("Sponge production", "titanium sponge production"),
  "sponge-capacity": m("Sponge capacity"),
  "pigment-capacity": m("Pigment capacity"),
  // US salient statistics
  "apparent-consumption": m("Apparent consumption"),
  employment: m("Employment"),
  exports: m("Exports"),
  imports: m("Imports"),
  "net-import-reliance": m("Net import reliance"),
  price: m("Price"),
  // Labour
  "mining-wage": m("Mining wage used by the model"),
  "average-monthly-wage": m("Average monthly wage"),
  "average-annual-wage": m("Average annual wage"),
  "average-wage-growth": m("Average wage growth"),
  "mining-average-annual-wage": m("Mining average annual wage"),
  "mining-weekly-earnings": m("Mining weekly earnings"),
  "mining-hourly-earnings": m("Mining hourly earnings"),
  "mining-weekly-hours": m("Mining weekly hours"),
  "mining-wage-ratio": m("Mining wage relative to the average"),
  "mining-wage-growth": m("Mining wage growth"),
  "minimum-wage-monthly": m("Minimum wage, monthly"),
  "minimum-wage-daily": m("Minimum wage, daily"),
  "labour-hours-per-tonne": m("Labour hours per tonne"),
  "labour-productivity": m("Labour productivity"),
  "labour-productivity-change": m("Change in labour productivity"),
  "labour-productivity-ratio-to-us": m("Labour productivity relative to the US"),
  "total-factor-productivity-change": m("Change in total factor productivity"),
  "value-added-per-employee": m("Value added per employee"),
  // Governance and country risk
  "wgi-political-stability-percentile": m("Political stability and absence of violence (percentile rank)"),
  "wgi-political-stability-estimate": m("Political stability and absence of violence (estimate)"),
  "wgi-rule-of-law-percentile": m("Rule of law (percentile rank)"),
  "wgi-rule-of-law-estimate": m("Rule of law (estimate)"),
  "wgi-control-of-corruption-percentile": m("Control of corruption (percentile rank)"),
  "wgi-control-of-corruption-estimate": m("Control of corruption (estimate)"),
  "wgi-government-effectiveness-percentile": m("Government effectiveness (percentile rank)"),
  "wgi-government-effectiveness-estimate": m("Government effectiveness (estimate)"),
  "wgi-regulatory-quality-percentile": m("Regulatory quality (percentile rank)"),
  "wgi-regulatory-quality-estimate": m("Regulatory quality (estimate)"),
  "wgi-voice-and-accountability-percentile": m("Voice and accountability (percentile rank)"),
  "wgi-voice-and-accountability-estimate": m("Voice and accountability (estimate)"),
  "country-risk-premium": m("Country risk premium"),
  "default-spread": m("Sovereign default spread"),
  "equity-risk-premium": m("Equity risk premium (mature market + country)"),
  "exchange-rate": m("Exchange rate"),
  // Energy, logistics, security
  "industrial-electricity-price": m("Industrial electricity price"),
  "business-electricity-price": m("Business electricity price"),
  "business-electricity-price-relative": m("Business electricity price relative to the world average"),
  "wholesale-electricity-price": m("Wholesale electricity price"),
  "wholesale-electricity-price-cap": m("Wholesale electricity price cap"),
  "diesel-price": m("Diesel price"),
  "container-freight-rate": m("Container freight rate"),
  "container-freight-per-tonne": m("Container freight per tonne"),
  "bulk-freight-rate": m("Bulk freight rate"),
  "transit-days": m("Transit time"),
  "political-risk-insurance-premium": m("Political-risk insurance premium"),
  "security-allowance": m("Security allowance"),
  "security-allowance-amount": m("Security allowance, amount"),
  "security-force-cost": m("Cost of security forces"),
  "security-personnel": m("Security personnel"),
  "war-risk-cargo-insurance": m("War-risk cargo insurance"),
  "war-risk-hull-premium": m("War-risk hull premium"),
  "war-risk-insurance": m("War-risk insurance"),
} as const satisfies Record<string, MeasureLabel>;

export type MeasureId = keyof typeof MEASURE_LABELS;

export function isMeasure(id: string): id is MeasureId {
  return Object.hasOwn(MEASURE_LABELS, id);
}

/** The label of a measure id; an id outside the registry (a programming error) is written out from its words. */
export function measureLabel(id: string): MeasureLabel {
  return isMeasure(id) ? MEASURE_LABELS[id] : m(id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, " "));
}
