import { buildImportSourcesChart } from "../charts/import-sources";
import { type BarsChart, type ChartTable } from "../charts/chart-model";
import { boundPrefix, formatNumber, formatQuantity, formatShare } from "../charts/format";
import { buildWorldChart, buildWorldTable, type WorldTable, worldTableTitle } from "../charts/world-table";
import { worldShapes } from "../charts/world-geometry";
import { buildWorldTableMap } from "../charts/world-map";
import { type MineralId, type Observation } from "../data/common";
import { PRIMARY_EDITION, REFERENCE_YEAR, STATUS_LABELS, UPDATE_EDITION } from "../data/constants";
import { countryName } from "../data/country-names";
import { type MineralEvent } from "../data/events";
import { loadDataset, loadDatasetIndex } from "../data/load";
import { measureLabel } from "../data/measures";
import { type Mineral } from "../data/minerals";
import { type Project } from "../data/projects";
import { type Source } from "../data/sources";
import { countEventKinds, selectEvents } from "./events";
import { serverChartContext } from "./context";
import {
  buildConcentrationSummary,
  buildConcentrationTable,
  buildEditionTable,
  buildImportFormsTable,
  buildRelianceTable,
  buildValuesTable,
  latestReliance,
} from "./mineral-tables";
import { buildStagesView, type StagesView } from "./mineral-stages";
import { type KeyFigure } from "./view-types";

/** Pakistan's row in one world table: listed with a value and share, or not listed and why. */
export interface PakistanListing {
  measure: string;
  /** "mine production in 2024", "reserves". */
  what: string;
  listed: boolean;
  /** "250 t, 0.25 % of the world total" or USGS's reason for no value. */
  text: string;
  observation: Observation | null;
}

/** Everything /minerals/[id] shows, computed once on the server. */
export interface MineralView {
  mineral: Mineral;
  /** The world tables shown: production (mine, or sponge for titanium), refinery where USGS prints it, reserves. */
  worldTables: WorldTable[];
  worldCharts: BarsChart[];
  keyFigures: KeyFigure[];
  /** Why a mineral's mine output is not shown (titanium: only sponge metal is in the data). */
  productionNote: string | null;
  concentration: ChartTable | null;
  us: {
    figures: KeyFigure[];
    reliance: ChartTable | null;
    relianceUpdate: ChartTable | null;
    importChart: BarsChart | null;
    forms: ChartTable | null;
    formsUpdate: ChartTable | null;
  };
  pakistan: { listings: PakistanListing[]; projects: Project[] };
  events: { list: MineralEvent[]; kinds: ReturnType<typeof countEventKinds> };
  editions: ChartTable | null;
  values: { count: number; chapter: Source | undefined };
  /** Mining vs refining: the chart, concentration by stage, and where USGS and the IEA differ. */
  stages: StagesView;
}

/** The world tables of a mineral: its production measure, refinery output where the data hold it, reserves. */
export function worldTablesOf(observations: readonly Observation[], mineral: Mineral): WorldTable[] {
  const measures = [
    mineral.productionMeasure,
    ...(mineral.productionMeasure === "mine-production" ? ["refinery-production", "reserves"] : []),
  ];
  return measures
    .map((measure) =>
      buildWorldTable(observations, countryName, {
        mineral: mineral.id,
        measure,
        year: REFERENCE_YEAR,
        edition: PRIMARY_EDITION,
      }),
    )
    .filter((t): t is WorldTable => t !== null);
}

function shareFigure(t: WorldTable, code: string, what: string, who: string): KeyFigure {
  const row = t.rows.find((r) => r.country === code);
  const label = `${who}'s share of world ${what}`;
  if (!row) return { label, value: "—", note: "no row" };
  if (row.value === null) return { label, value: "Not listed by USGS", note: row.observation.note ?? "" };
  const when = t.measure === "reserves" ? `reserves as assessed for ${t.edition}` : `in ${t.year}`;
  // A share of a bounded world total is a bound: say which total makes it one.
  const of =
    row.shareBound && t.world?.value != null
      ? `, of a world total USGS prints as ${formatQuantity(t.world.value, t.unit, t.world.observation)}`
      : "";
  return {
    label,
    value:
      row.share === null
        ? formatQuantity(row.value, row.unit, row.observation)
        : `${formatShare(row.share, 1, row.shareBound)} of world`,
    note: `${formatQuantity(row.value, row.unit, row.observation)} ${when}${of}`,
  };
}

function keyFigures(tables: readonly WorldTable[]): KeyFigure[] {
  const out: KeyFigure[] = [];
  const production = tables.find((t) => t.measure !== "reserves" && t.measure !== "refinery-production");
  const reserves = tables.find((t) => t.measure === "reserves");
  for (const t of [production, reserves]) {
    if (!t) continue;
    const what =
      t.measure === "reserves" ? "reserves" : measureLabel(t.measure).inline.replace(/^titanium /, "");
    if (t.world?.value != null) {
      out.push({
        label: `World ${what}${t.measure === "reserves" ? "" : `, ${t.year}`}`,
        value: formatQuantity(t.world.value, t.unit, t.world.observation),
        note: `${t.edition}${t.world.observation.status === "source-estimate" ? ", USGS estimate" : ""}`,
      });
    }
    out.push(shareFigure(t, "CN", what, "China"), shareFigure(t, "PK", what, "Pakistan"));
    const c = buildConcentrationSummary(t);
    if (c) {
      out.push({
        label: `Concentration of ${what} (HHI, listed countries)`,
        value: `${boundPrefix(c.bounds.hhi)}${formatNumber(c.hhiPoints)}`,
        note: `Top 3: ${formatShare(c.top3Share, 1, c.bounds.top3Share)} of world; HHI = Σ share² × 10,000`,
      });
    }
  }
  return out;
}

function pakistanListings(tables: readonly WorldTable[]): PakistanListing[] {
  return tables.map((t) => {
    const row = t.rows.find((r) => r.country === "PK");
    const what = `${measureLabel(t.measure).inline}${t.measure === "reserves" ? "" : ` in ${t.year}`}`;
    if (row && row.value !== null) {
      return {
        measure: t.measure,
        what,
        listed: true,
        text: `${formatQuantity(row.value, row.unit, row.observation)}${row.share !== null ? `, ${formatShare(row.share, 1, row.shareBound)} of the world total` : ""}`,
        observation: row.observation,
      };
    }
    return { measure: t.measure, what, listed: false, text: row?.observation.note ?? "", observation: null };
  });
}

function usSection(mineral: Mineral): MineralView["us"] {
  const ds = loadDataset();
  const ctx = serverChartContext();
  const name = mineral.name.toLowerCase();
  const forms = ds.importSources.filter((e) => e.mineral === mineral.id && e.edition === PRIMARY_EDITION);
  const formsUpdate = ds.importSources.filter(
    (e) => e.mineral === mineral.id && e.edition === UPDATE_EDITION,
  );
  const primary = forms.find((e) => e.primary);
  const latest = latestReliance(ds.observations, mineral.id);
  const china = primary?.shares.find((x) => x.country === "CN");
  const figures: KeyFigure[] = [];
  if (latest) {
    figures.push({
      label: `US net import reliance, ${latest.year}`,
      value: latest.display,
      note: `${latest.basis}. ${STATUS_LABELS[latest.observation.status]}`,
      sourceId: latest.observation.sourceId,
    });
  }
  if (primary) {
    figures.push({
      label: `China's share of US imports (${primary.productForm})`,
      value: china ? formatQuantity(china.sharePct, "%", china) : "not among the listed sources",
      note: `${primary.period}, ${primary.edition}.`,
      sourceId: primary.sourceId,
    });
  }
  return {
    figures,
    reliance: buildRelianceTable(
      ds.observations,
      mineral.id,
      PRIMARY_EDITION,
      `US net import reliance on ${name}, ${PRIMARY_EDITION} edition`,
      ctx,
    ),
    relianceUpdate: buildRelianceTable(
      ds.observations,
      mineral.id,
      UPDATE_EDITION,
      `Update: US net import reliance on ${name}, ${UPDATE_EDITION} edition (read through a third-party extraction)`,
      ctx,
    ),
    importChart: primary ? buildImportSourcesChart(primary, mineral.name, ctx) : null,
    forms: forms.length
      ? buildImportFormsTable(
          forms,
          `US import sources of ${name} by product form, ${PRIMARY_EDITION} edition`,
          ctx,
        )
      : null,
    formsUpdate: formsUpdate.length
      ? buildImportFormsTable(
          formsUpdate,
          `Update: US import sources of ${name}, ${UPDATE_EDITION} edition (listed sources only; no “other” share printed)`,
          ctx,
        )
      : null,
  };
}

/** The mineral profile's view-model; null for an id the data do not hold. */
export function buildMineralView(id: string): MineralView | null {
  const index = loadDatasetIndex();
  const mineral = index.mineral(id);
  if (!mineral) return null;
  const ds = loadDataset();
  const ctx = serverChartContext();
  const tables = worldTablesOf(ds.observations, mineral);
  const events = selectEvents(ds.events, { mineral: mineral.id });
  return {
    mineral,
    worldTables: tables,
    worldCharts: tables.map((t) => {
      const chart = buildWorldChart(t, ctx, {
        title: worldTableTitle(t.measure, mineral.name, t.year),
        mineralName: mineral.name,
      });
      return { ...chart, map: buildWorldTableMap(t, chart, worldShapes().shapes, ctx) };
    }),
    keyFigures: keyFigures(tables),
    productionNote:
      mineral.productionMeasure === "sponge-production"
        ? "No mine production or reserves of titanium minerals (ilmenite, rutile) are shown: the USGS chapter that holds them could not be obtained for this edition. The figures below are titanium sponge metal."
        : null,
    concentration: buildConcentrationTable(tables, mineral.name, ctx),
    us: usSection(mineral),
    pakistan: {
      listings: pakistanListings(tables),
      projects: ds.projects.filter((p) => p.country === "PK" && p.minerals.includes(mineral.id)),
    },
    events: { list: events, kinds: countEventKinds(events) },
    editions: buildEditionTable(ds.observations, mineral.id, mineral.name),
    values: {
      count: buildValuesTable(ds.observations, mineral.id as MineralId, ctx).rows.length,
      chapter: index.source(mineral.usgsSourceId),
    },
    stages: buildStagesView(mineral, ds.observations, ds.minerals, ctx),
  };
}

/** The values page: every primary-edition USGS row of a mineral with its provenance. */
export function buildMineralValuesView(
  id: string,
): { mineral: Mineral; table: ChartTable; chapter: Source | undefined } | null {
  const index = loadDatasetIndex();
  const mineral = index.mineral(id);
  if (!mineral) return null;
  return {
    mineral,
    table: buildValuesTable(loadDataset().observations, mineral.id, serverChartContext()),
    chapter: index.source(mineral.usgsSourceId),
  };
}
