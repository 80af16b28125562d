import { type CSSProperties } from "react";
import { themed } from "@/lib/charts/palette";

/**
 * An SVG element's fill and stroke, twice: as attributes in the light colours (what a browser without CSS
 * `light-dark()` shows, and what markup tests read) and as inline style in `light-dark(light, dark)` (what the page
 * shows in either theme). Inline style rather than a class, so a server-rendered chart needs no stylesheet.
 */
export function paint(
  fill?: string,
  stroke?: string,
): { fill?: string; stroke?: string; style: CSSProperties } {
  return {
    ...(fill !== undefined ? { fill } : {}),
    ...(stroke !== undefined ? { stroke } : {}),
    style: {
      ...(fill !== undefined ? { fill: themed(fill) } : {}),
      ...(stroke !== undefined ? { stroke: themed(stroke) } : {}),
    },
  };
}
