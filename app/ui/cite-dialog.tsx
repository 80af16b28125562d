"use client";

import { useEffect, useId, useRef, useState } from "react";
import {
  citationFileName,
  type CiteTarget,
  formatCitation,
  publisherCitation,
  toBibtex,
  toRis,
} from "@/lib/export/cite";

/**
 * How to cite a chart or a page, in a modal dialog: the citation with a Copy button, BibTeX and RIS downloads, and
 * the publishers' own citations of the data behind it. Loaded only when a reader asks for it. Escape or Close
 * closes it and the browser returns focus to the control that opened it.
 */
export function CiteDialog({ target, onClose }: { target: CiteTarget; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const titleId = useId();
  const citation = formatCitation(target);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const download = async (text: string, extension: "bib" | "ris", type: string) => {
    const { downloadBlob } = await import("@/lib/export/dom");
    downloadBlob(new Blob([text], { type }), citationFileName(target, extension));
  };
  const copy = async () => {
    try {
      const { copyText } = await import("@/lib/export/dom");
      await copyText(citation);
      setMessage({ kind: "ok", text: "Citation copied." });
    } catch (error) {
      setMessage({ kind: "error", text: `Copy failed: ${(error as Error).message}.` });
    }
  };

  return (
    <dialog ref={dialog} className="cite-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="cite-dialog__title">
        Cite this {target.kind}: {target.title}
      </h2>
      <p className="cite-dialog__citation">{citation}</p>
      <div className="cite-dialog__actions">
        <button type="button" onClick={() => void copy()}>
          Copy citation
        </button>
        <button
          type="button"
          onClick={() => void download(toBibtex(target), "bib", "application/x-bibtex;charset=utf-8")}
        >
          Download BibTeX
        </button>
        <button
          type="button"
          onClick={() =>
            void download(toRis(target), "ris", "application/x-research-info-systems;charset=utf-8")
          }
        >
          Download RIS
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {message ? <p role={message.kind === "error" ? "alert" : "status"}>{message.text}</p> : null}
      <h3 className="cite-dialog__subtitle">Data publishers&apos; citations</h3>
      {target.sources.length ? (
        <ul className="cite-dialog__sources">
          {target.sources.map((s) => (
            <li key={s.id}>{publisherCitation(s, target.url)}</li>
          ))}
        </ul>
      ) : (
        <p>
          No chart on this page: each figure&apos;s source is named beside it and listed on{" "}
          <a href="/sources">Sources and method</a>.
        </p>
      )}
    </dialog>
  );
}
