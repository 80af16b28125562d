"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState } from "react";
import { type CiteTarget } from "@/lib/export/cite";
import { type ExportSpec, SIZE_PRESETS, type SizePreset } from "@/lib/export/figure";
import { embedUrlFor } from "@/lib/url/embed";
import { registerChart } from "./cite-registry";
import { type Action, permalinkFor, runExport, today } from "./export-actions";

const CiteDialog = dynamic(() => import("./cite-dialog").then((m) => m.CiteDialog), { ssr: false });

const ITEMS: { action: Action; label: string }[] = [
  { action: "png", label: "Download PNG" },
  { action: "svg", label: "Download SVG" },
  { action: "csv", label: "Download CSV" },
  { action: "full-csv", label: "Download full data CSV" },
  { action: "copy-image", label: "Copy image" },
  { action: "copy-link", label: "Copy link" },
  { action: "report", label: "Add to report" },
  { action: "cite", label: "Cite" },
  { action: "embed", label: "Copy embed code" },
];

/**
 * The export menu of a chart frame: PNG (2×, size presets, transparent and dark-background options), SVG, CSV
 * of the plotted rows, the full data CSV, copy image, copy link, add to report. The export code loads only when used.
 */
export function ExportMenu({ spec }: { spec: ExportSpec }) {
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<SizePreset>("default");
  const [transparent, setTransparent] = useState(false);
  const [dark, setDark] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string; code?: string } | null>(null);
  const [citing, setCiting] = useState<CiteTarget | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => registerChart(spec), [spec]);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>("[role^='menuitem']")?.focus();
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const items = () => [...(root.current?.querySelectorAll<HTMLElement>("[role^='menuitem']") ?? [])];
  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    const focus = (n: number) => list[(n + list.length) % list.length]?.focus();
    if (e.key === "ArrowDown") focus(i + 1);
    else if (e.key === "ArrowUp") focus(i - 1);
    else if (e.key === "Home") focus(0);
    else if (e.key === "End") focus(list.length - 1);
    else if (e.key === "Escape") {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === "Tab") setOpen(false);
    else return;
    e.preventDefault();
  };

  const run = async (action: Action) => {
    setMessage(null);
    if (action === "cite") {
      setOpen(false);
      // Focus the Export button first: the dialog gives focus back to it when it closes.
      button.current?.focus();
      const [url, accessed] = [permalinkFor(spec.id), today()];
      setCiting({ kind: "chart", title: spec.title, id: spec.id, url, accessed, sources: spec.sources });
      return;
    }
    const chart = root.current?.closest("figure")?.querySelector(".chart-frame__chart");
    if (chart) {
      try {
        if (action === "embed") {
          const code = await (await import("./embed-code")).copyEmbedCode(chart, spec);
          setMessage({ kind: "ok", text: "Embed code copied.", code });
        } else {
          const done = await runExport(action, chart, spec, preset, transparent, dark);
          if (done) setMessage({ kind: "ok", text: done });
        }
      } catch (error) {
        setMessage({ kind: "error", text: `Export failed: ${(error as Error).message}.` });
      }
    }
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="export-menu no-print" ref={root}>
      <button
        ref={button}
        type="button"
        className="export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((x) => !x)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open ? (
        <div
          role="menu"
          id={menuId}
          aria-label={`Export: ${spec.title}`}
          className="export-menu__list"
          onKeyDown={onMenuKey}
        >
          {ITEMS.filter(
            (i) =>
              (i.action !== "full-csv" || spec.fullDataQuery !== undefined) &&
              (i.action !== "embed" || embedUrlFor(window.location.href, spec.id) !== null),
          ).map((i) => (
            <button
              key={i.action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => void run(i.action)}
            >
              {i.label}
            </button>
          ))}
          <div role="group" aria-label="Image size" className="export-menu__group">
            {(Object.keys(SIZE_PRESETS) as SizePreset[]).map((p) => (
              <button
                key={p}
                type="button"
                role="menuitemradio"
                aria-checked={preset === p}
                tabIndex={-1}
                onClick={() => setPreset(p)}
              >
                {SIZE_PRESETS[p].label}
              </button>
            ))}
          </div>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={transparent}
            tabIndex={-1}
            onClick={() => setTransparent((x) => !x)}
          >
            Transparent background
          </button>
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={dark}
            tabIndex={-1}
            onClick={() => setDark((x) => !x)}
          >
            Dark background
          </button>
        </div>
      ) : null}
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className="export-menu__message">
          {message.text}
          {message.code ? (
            <textarea readOnly aria-label={`Embed code: ${spec.title}`} value={message.code} rows={3} />
          ) : null}
        </p>
      ) : null}
      {citing ? <CiteDialog target={citing} onClose={() => setCiting(null)} /> : null}
    </div>
  );
}
