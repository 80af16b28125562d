/**
 * Browser-only: turns a chart on the page into export files. Takes DOM nodes as arguments; never runs on the
 * server. The chart's SVG is cloned with its computed styles written inline (CSS variables and stylesheet rules
 * would otherwise be lost: fills turn black), then composed into a finished figure (see figure.ts). The styles are
 * computed in the figure's colour scheme, light unless the reader asks for dark, whatever the page's theme.
 */
import { type ColourScheme } from "../charts/palette";
import { composeFigureSvg, DEFAULT_SCALE, type ExportSpec, type SizePreset } from "./figure";

const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

const SAFE_FONT = "Helvetica, Arial, 'Liberation Sans', sans-serif";

/** The chart's width inside an exported figure at the default size (800 px less the margins). */
const FIGURE_CHART_WIDTH = 752;

/** The chart's drawing inside a chart frame: the SVG the chart model was drawn in. */
export function findChartSvg(container: Element): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>("svg[role='img'], :scope > svg, :scope > div > svg");
}

/**
 * Resolves once the chart in `container` is drawn: at once for a chart on screen; an export asked for while a
 * chart is still being drawn waits for the drawing rather than failing. Rejects, naming the problem, if nothing is
 * drawn within `timeoutMs`.
 */
export function chartDrawn(container: Element, timeoutMs = 10_000): Promise<SVGSVGElement> {
  const now = findChartSvg(container);
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const svg = findChartSvg(container);
      if (!svg) return;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(svg);
    });
    const timer = window.setTimeout(() => {
      observer.disconnect();
      reject(new Error("the chart has not been drawn yet"));
    }, timeoutMs);
    observer.observe(container, { childList: true, subtree: true });
  });
}

/**
 * Serialises an SVG with computed styles inlined and web fonts replaced by a safe fallback; text stays text. The
 * colours are resolved in `scheme`: the clone is styled inside an off-screen holder of that `color-scheme`, where
 * the charts' `light-dark()` colours and the page's tokens take that scheme's values.
 */
export function serializeSvg(
  svg: SVGSVGElement,
  scheme: ColourScheme = "light",
): { svg: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.getAttribute("viewBox");
  const [, , vbW, vbH] = viewBox ? viewBox.split(/[\s,]+/).map(Number) : [0, 0, box.width, box.height];
  // A fluid chart measures itself on the page; one drawn hidden (the report builder's) takes the figure's width.
  const width = vbW || box.width || FIGURE_CHART_WIDTH;
  const height = vbH || box.height || Number(svg.getAttribute("height")) || FIGURE_CHART_WIDTH / 2;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const holder = document.createElement("div");
  holder.setAttribute("aria-hidden", "true");
  holder.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;color-scheme:${scheme}`;
  holder.append(clone);
  document.body.append(holder);
  const elements = [clone, ...clone.querySelectorAll("*")];
  try {
    // Read every element's styles before writing any: a group's stroke is inherited by its lines.
    const styles = elements.map((el) => {
      if (!(el instanceof SVGElement)) return null;
      const cs = getComputedStyle(el);
      return STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const);
    });
    elements.forEach((el, i) => {
      for (const [p, computed] of styles[i] ?? []) {
        let value = computed;
        if (!value) continue;
        if (p === "font-family") value = SAFE_FONT;
        // PDF and most viewers know only normal and bold for the fallback fonts.
        if (p === "font-weight") value = Number(value) >= 600 || value === "bold" ? "bold" : "normal";
        el.setAttribute(p, value);
      }
      if (styles[i]) {
        el.removeAttribute("class");
        el.removeAttribute("style");
      }
    });
  } finally {
    holder.remove();
  }
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.removeAttribute("role");
  return { svg: new XMLSerializer().serializeToString(clone), width, height };
}

export interface FigureOptions {
  preset?: SizePreset;
  transparent?: boolean;
  /** Light unless the reader chose a dark background in the Export menu. */
  scheme?: ColourScheme;
  permalink: string;
  date: string;
}

/** The whole figure, around the drawn chart `svg` (see chartDrawn), as SVG text. */
export function figureSvg(svg: SVGSVGElement, spec: ExportSpec, o: FigureOptions) {
  const inner = serializeSvg(svg, o.scheme);
  return composeFigureSvg(spec, {
    chartSvg: inner.svg,
    chartWidth: inner.width,
    chartHeight: inner.height,
    permalink: o.permalink,
    date: o.date,
    preset: o.preset,
    transparent: o.transparent,
    scheme: o.scheme,
  });
}

/** Rasterises SVG text to a PNG blob at `scale` × its size (2× by default). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = DEFAULT_SCALE,
): Promise<Blob> {
  const img = new Image();
  img.decoding = "sync";
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error("the figure could not be drawn as an image"));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw images");
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  // toDataURL, not toBlob: toBlob was about a second late in headless Chromium.
  const dataUrl = canvas.toDataURL("image/png");
  const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(",") + 1)), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: "image/png" });
}

/** Starts a download of a blob under a file name. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 2000);
}

/** Copies a PNG to the clipboard; throws with a readable reason when the browser refuses. */
export async function copyPng(blob: Blob): Promise<void> {
  if (!navigator.clipboard || typeof ClipboardItem === "undefined")
    throw new Error("this browser does not allow copying images");
  await navigator.clipboard.write([new ClipboardItem({ "image/png": blob })]);
}

export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard) throw new Error("this browser does not allow copying");
  await navigator.clipboard.writeText(text);
}
