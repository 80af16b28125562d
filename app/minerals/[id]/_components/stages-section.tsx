import { type MineralView } from "@/lib/views/mineral";
import { ChartFrame } from "@/app/ui/chart-frame";
import { DataTable } from "@/app/ui/chart-table";

/**
 * Mining vs refining: each country's share of world output at both stages (China marked), or why one stage is all
 * the data hold; then the stages where USGS and the IEA both give a figure, side by side with why they differ.
 */
export function StagesSection({ view }: { view: MineralView }) {
  const { stages } = view;
  const name = view.mineral.name.toLowerCase();
  return (
    <section aria-labelledby="stages">
      <h2 id="stages">Mining vs refining</h2>
      <p>
        Who mines the ore and who refines or processes it are often different countries. Each share is of its
        source&apos;s world total at that stage, for the product the stage names.
      </p>
      {stages.chart ? <ChartFrame model={stages.chart} /> : <p>{stages.oneStage}</p>}
      {stages.differ ? (
        <>
          <h3 id="sources-differ">Where USGS and the IEA differ</h3>
          <p>
            USGS and the IEA both give world {name} output for the stages below. Both figures are kept: the
            chart uses USGS where it prints a stage, the IEA otherwise.
          </p>
          <DataTable table={stages.differ} />
        </>
      ) : null}
    </section>
  );
}
