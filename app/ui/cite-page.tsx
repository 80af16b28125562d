"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { accessDate, type CiteTarget, pageTitleOf } from "@/lib/export/cite";
import { pageSources } from "./cite-registry";
import "./cite.css";

const CiteDialog = dynamic(() => import("./cite-dialog").then((m) => m.CiteDialog), { ssr: false });

/** "Cite this page" in the site footer: the page's citation at its exact address, with its charts' sources. */
export function CitePage() {
  const [target, setTarget] = useState<CiteTarget | null>(null);
  const open = () => {
    const url = new URL(window.location.href);
    url.hash = "";
    setTarget({
      kind: "page",
      title: pageTitleOf(document.title, document.querySelector("h1")?.textContent ?? ""),
      id: url.pathname,
      url: url.toString(),
      accessed: accessDate(new Date()),
      sources: pageSources(),
    });
  };
  return (
    <>
      <button type="button" className="cite-page no-print" onClick={open}>
        Cite this page
      </button>
      {target ? <CiteDialog target={target} onClose={() => setTarget(null)} /> : null}
    </>
  );
}
