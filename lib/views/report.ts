import { type BarsChart } from "../charts/chart-model";
import { buildWorldChart, worldTableTitle } from "../charts/world-table";
import { loadDataset } from "../data/load";
import { serverChartContext } from "./context";
import { worldTablesOf } from "./mineral";

/**
 * The report builder's standard charts: each mineral's world production and reserves charts, the same models the
 * mineral pages draw (refinery output stays on the copper page), with the address of the chart they come from.
 */
export function buildReportCharts(): { model: BarsChart; pageUrl: string }[] {
  const ds = loadDataset();
  const ctx = serverChartContext();
  return ds.minerals.flatMap((m) =>
    worldTablesOf(ds.observations, m)
      .filter((t) => t.measure !== "refinery-production")
      .map((t) => {
        const model = buildWorldChart(t, ctx, {
          title: worldTableTitle(t.measure, m.name, t.year),
          mineralName: m.name,
        });
        return { model, pageUrl: `/minerals/${m.id}#${model.id}` };
      }),
  );
}
