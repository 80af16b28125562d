/**
 * Browser-only: adds a chart to the report builder's store in localStorage, keeping damaged entries as found.
 */
import {
  MAX_REPORT_CHARTS,
  parseReportStore,
  REPORT_STORE_KEY,
  type ReportChart,
  serializeReportStore,
} from "./report-store";

export function addToReport(chart: Omit<ReportChart, "key" | "addedAt">): void {
  const store = parseReportStore(window.localStorage.getItem(REPORT_STORE_KEY));
  if (store.unreadable) throw new Error(`${store.unreadable}; open the report builder to repair it`);
  if (store.charts.length >= MAX_REPORT_CHARTS)
    throw new Error(
      `the report already holds ${MAX_REPORT_CHARTS} charts; remove some in the report builder`,
    );
  const entry: ReportChart = {
    ...chart,
    key: `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
    addedAt: new Date().toISOString(),
  };
  window.localStorage.setItem(
    REPORT_STORE_KEY,
    serializeReportStore([...store.charts, entry], store.damaged),
  );
  window.dispatchEvent(new StorageEvent("storage", { key: REPORT_STORE_KEY }));
}
