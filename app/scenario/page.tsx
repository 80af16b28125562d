import type { Metadata } from "next";
import { loadModelContext } from "@/lib/api/model-context";
import { loadDataset, loadDatasetIndex } from "@/lib/data/load";
import { shortCitation } from "@/lib/data/provenance";
import { computeSensitivity } from "@/lib/model/sensitivity";
import { parseLabParams } from "@/lib/url/lab-state";
import { toExportSource } from "@/lib/views/context";
import { toUrlSearchParams } from "@/app/ui/search-params";
import { logAddressProblems } from "@/app/ui/url-notice";
import { ScenarioLab } from "./_components/scenario-lab";
import "./scenario.css";
import "./assumption-panel.css";

export const metadata: Metadata = { title: "Scenario lab" };

/** Sources cited by every lab chart: the inputs the model combines. */
const LAB_SOURCE_IDS = ["damodaran-crp-2025-01", "worldbank-wgi-2024", "project-assumptions"];

export default async function ScenarioPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = toUrlSearchParams(await searchParams);
  const ctx = loadModelContext();
  const parsed = parseLabParams(params, ctx.table, ctx.presets);
  logAddressProblems("/scenario", parsed.warnings);
  const index = loadDatasetIndex();
  const sourceLabels = Object.fromEntries(
    [...new Set(ctx.table.map((a) => a.sourceId))].map((id) => {
      const s = index.source(id);
      return [id, s ? shortCitation(s) : id];
    }),
  );
  const labSources = LAB_SOURCE_IDS.flatMap((id) => {
    const s = index.source(id);
    return s ? [toExportSource(s)] : [];
  });
  const mineralSources = Object.fromEntries(
    loadDataset().minerals.flatMap((m) => {
      const s = index.source(m.usgsSourceId);
      return s ? [[m.id, toExportSource(s)]] : [];
    }),
  );
  // The tornado for the scenario the page opens with, computed here so that hydrating the lab does not.
  const { values } = parsed.current;
  const { mineral, competitor } = parsed.view;
  const sensitivity = computeSensitivity(ctx.data, ctx.table, values, mineral, competitor);
  return (
    <ScenarioLab
      ctx={ctx}
      initial={{ current: parsed.current, a: parsed.a, view: parsed.view }}
      warnings={parsed.warnings}
      sourceLabels={sourceLabels}
      labSources={labSources}
      mineralSources={mineralSources}
      sensitivityAtStart={{ values, mineral, competitor, sensitivity }}
    />
  );
}
