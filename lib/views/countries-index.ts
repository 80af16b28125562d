import { type BarsChart } from "../charts/chart-model";
import { formatNumber } from "../charts/format";
import { buildGovernanceBars, buildGovernanceChart } from "../charts/governance";
import { worldShapes } from "../charts/world-geometry";
import { buildRankMap } from "../charts/world-map";
import { FOCUS_COUNTRIES } from "../data/constants";
import { countryName } from "../data/country-names";
import { loadDataset } from "../data/load";
import { BARS } from "../model/claim-tests";
import { serverChartContext } from "./context";

const STABILITY = "wgi-political-stability-percentile";

/**
 * The countries index's chart: the World Bank's political-stability rank of the five suppliers and the US in its
 * latest year, as bars with their 90 % bounds and as a world map (the data hold WGI ranks for these six only).
 */
export function buildStabilityOverview(): BarsChart {
  const { observations } = loadDataset();
  const ctx = serverChartContext();
  const gov = buildGovernanceBars(observations, STABILITY, FOCUS_COUNTRIES, countryName, ctx.provenance);
  const bar = BARS.stablePercentile;
  const chart = buildGovernanceChart(
    {
      id: "countries-political-stability",
      title: `Political stability of the six countries, ${gov.year ?? "latest year"}`,
      subtitle: `World Bank WGI percentile rank (0 lowest, 100 highest) with 90 % confidence bounds. Dashed line: the ${formatNumber(bar)}th percentile, at or above which a country counts as stable.`,
    },
    gov,
    ctx,
    { reference: { value: bar, label: `${formatNumber(bar)}th percentile` } },
  );
  const map = buildRankMap(
    chart,
    observations,
    STABILITY,
    FOCUS_COUNTRIES,
    worldShapes().shapes,
    ctx,
    "the dashboard holds WGI ranks for the five suppliers and the US only",
  );
  return { ...chart, map };
}
