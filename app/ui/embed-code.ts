import { type ExportSpec } from "@/lib/export/figure";
import { embedHeight, embedSnippet, embedUrlFor } from "@/lib/url/embed";
import { copyText } from "@/lib/export/dom";

/**
 * Browser-only: copies the iframe snippet of the chart drawn in `chart`, as tall as that chart needs; returns the
 * snippet so the Export menu can show it too (a reader whose browser refuses the clipboard copies it by hand).
 */
export async function copyEmbedCode(chart: Element, spec: ExportSpec): Promise<string> {
  const drawn = chart.querySelector("svg")?.getBoundingClientRect().height ?? 0;
  const height = embedHeight(drawn, { sources: spec.sources.length, legend: spec.legend.length });
  const code = embedSnippet(embedUrlFor(window.location.href, spec.id)!, spec.title, height);
  await copyText(code);
  return code;
}
