"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { type ExportSpec } from "@/lib/export/figure";
import {
  parseReportStore,
  REPORT_STORE_KEY,
  type ReportChart,
  serializeReportStore,
} from "@/lib/export/report-store";
import { FocusableButton } from "@/app/ui/focusable-button";
import { ReportChoices, ReportOrder, StoreNotices } from "./report-choices";
import { today } from "@/app/ui/export-actions";
import { notify, read, subscribe } from "./report-sync";

/** A chart the page offers without the reader having added it: drawn on this page, described by its spec. */
export interface StandardChart {
  key: string;
  spec: ExportSpec;
  pageUrl: string;
}

/**
 * The report builder: charts added from any page (with their scenario) and the standard charts drawn here; pick
 * them by title, order them, add a title and a note, then download one PDF or a ZIP. Generation runs in steps
 * with a progress bar so the page stays responsive.
 */
export function ReportBuilder({ standard }: { standard: readonly StandardChart[] }) {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const store = useMemo(() => parseReportStore(raw), [raw]);
  const [selected, setSelected] = useState<string[]>([]);
  const [title, setTitle] = useState("Critical minerals: Pakistan and the US supply question");
  const [note, setNote] = useState("");
  const [progress, setProgress] = useState<{ value: number; label: string } | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  const available = useMemo(() => {
    const added = store.charts.map((c) => ({
      key: c.key,
      title: c.spec.title,
      origin: "added" as const,
      chart: c,
    }));
    const std = standard.map((s) => ({
      key: s.key,
      title: s.spec.title,
      origin: "standard" as const,
      standard: s,
    }));
    return [...added, ...std];
  }, [store.charts, standard]);
  const byKey = useMemo(() => new Map(available.map((a) => [a.key, a])), [available]);
  const chosen = selected.filter((k) => byKey.has(k));

  const toggle = (key: string, on: boolean) =>
    setSelected((s) => (on ? [...s.filter((k) => k !== key), key] : s.filter((k) => k !== key)));
  const move = (key: string, by: -1 | 1) =>
    setSelected((s) => {
      const i = s.indexOf(key);
      const j = i + by;
      if (i < 0 || j < 0 || j >= s.length) return s;
      const next = [...s];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const removeAdded = (key: string) => {
    window.localStorage.setItem(
      REPORT_STORE_KEY,
      serializeReportStore(
        store.charts.filter((c) => c.key !== key),
        store.damaged,
      ),
    );
    setSelected((s) => s.filter((k) => k !== key));
    notify();
  };

  /** The charts to export, in order; standard charts are serialised from their drawing on this page. */
  const collect = async (): Promise<ReportChart[]> => {
    const dom = await import("@/lib/export/dom");
    return chosen.map((key) => {
      const a = byKey.get(key)!;
      if (a.origin === "added") return a.chart;
      const holder = document
        .getElementById("report-drawings")
        ?.querySelector(`[data-chart-key="${CSS.escape(key)}"]`);
      const svg = holder ? dom.findChartSvg(holder) : null;
      if (!svg) throw new Error(`the chart “${a.title}” is not drawn on this page`);
      const s = dom.serializeSvg(svg);
      return {
        key,
        addedAt: "",
        pageUrl: new URL(a.standard.pageUrl, window.location.origin).toString(),
        spec: a.standard.spec,
        chartSvg: s.svg,
        chartWidth: s.width,
        chartHeight: s.height,
      };
    });
  };

  // A preview of each chosen chart as its finished figure: shown as an image (never as markup), and printed.
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const chosenKey = chosen.join("|");
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const [charts, fig] = await Promise.all([collect(), import("@/lib/export/figure")]);
        const date = today();
        const out: Record<string, string> = {};
        for (const c of charts) {
          const f = fig.composeFigureSvg(c.spec, {
            chartSvg: c.chartSvg,
            chartWidth: c.chartWidth,
            chartHeight: c.chartHeight,
            permalink: c.pageUrl,
            date,
          });
          out[c.key] = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(f.svg)}`;
        }
        if (!cancelled) setPreviews(out);
      } catch {
        // The preview is a convenience; building the files reports any problem.
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- chosenKey is the selection's value; `collect` is a new function each render
  }, [chosenKey]);

  const build = async (kind: "pdf" | "zip") => {
    setMessage(null);
    if (!chosen.length) {
      setMessage({ kind: "error", text: "Choose at least one chart first." });
      return;
    }
    setProgress({ value: 0, label: "Preparing" });
    const started = performance.now();
    try {
      const [charts, builder, dom] = await Promise.all([
        collect(),
        import("@/lib/export/report-build"),
        import("@/lib/export/dom"),
      ]);
      const input = { title, note, charts, date: today(), appUrl: window.location.origin };
      const onProgress = (value: number, label: string) => setProgress({ value, label });
      const blob =
        kind === "pdf"
          ? await builder.buildReportPdf(input, onProgress)
          : await builder.buildReportZip(input, onProgress);
      const slug =
        title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 50) || "report";
      dom.downloadBlob(blob, `${slug}_${input.date}.${kind}`);
      performance.measure(`report:${kind}`, { start: started, end: performance.now() });
      setMessage({
        kind: "ok",
        text: `${kind.toUpperCase()} with ${charts.length} chart${charts.length === 1 ? "" : "s"} ready.`,
      });
    } catch (error) {
      setMessage({
        kind: "error",
        text: `The ${kind.toUpperCase()} could not be made: ${(error as Error).message}.`,
      });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="report-builder">
      <header className="report-builder__print-title print-only">
        <h2>{title}</h2>
        {note ? <p>{note}</p> : null}
      </header>
      <StoreNotices unreadable={store.unreadable} damaged={store.damaged} />
      <section aria-labelledby="report-details" className="no-print">
        <h2 id="report-details">Title and note</h2>
        <div className="report-builder__fields">
          <label>
            Report title
            <input type="text" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            Note
            <textarea value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
          </label>
        </div>
      </section>

      <ReportChoices
        added={store.charts}
        standard={standard}
        chosen={chosen}
        onToggle={toggle}
        onRemove={removeAdded}
      />

      <section aria-labelledby="report-order" className="no-print">
        <h2 id="report-order">Order ({chosen.length} chosen)</h2>
        <ReportOrder chosen={chosen} titleOf={(k) => byKey.get(k)!.title} onMove={move} />
        <div className="report-builder__actions">
          <FocusableButton onClick={() => void build("pdf")} unavailable={!!progress}>
            Download PDF
          </FocusableButton>
          <FocusableButton onClick={() => void build("zip")} unavailable={!!progress}>
            Download ZIP
          </FocusableButton>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
        {progress ? (
          <p>
            <progress max={1} value={progress.value} aria-label="Report progress" /> {progress.label}
          </p>
        ) : null}
        {message ? (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            className={`notice ${message.kind === "error" ? "notice--error" : "notice--ok"}`}
          >
            {message.text}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="report-preview" className="report-builder__preview">
        <h2 id="report-preview" className="no-print">
          Preview
        </h2>
        {chosen.map((k) =>
          previews[k] ? (
            // eslint-disable-next-line @next/next/no-img-element -- a generated data URL, not an optimisable asset
            <img
              key={k}
              src={previews[k]}
              alt={`Figure: ${byKey.get(k)!.title}`}
              className="report-builder__figure"
            />
          ) : null,
        )}
      </section>
    </div>
  );
}
