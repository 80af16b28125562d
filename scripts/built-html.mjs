/** Reading the HTML of a build: the prerendered pages' files, and the scripts a page loads. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { STARTUP_ATTRIBUTE } from "./paint-first.mjs";

/** Every `.html` file under `dir`, depth first. */
export function* htmlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (entry.endsWith(".html")) yield full;
  }
}

/** The loader's list of startup scripts (scripts/paint-first.mjs). */
const STARTUP_LIST = new RegExp(`\\b${STARTUP_ATTRIBUTE}="([^"]+)"`);

/**
 * The address of every script file `html` runs at startup in a modern browser, in order: each `<script src>` (the
 * legacy `nomodule` polyfill excluded), and the scripts postbuild's loader starts after the first paint (its
 * `data-startup` list, scripts/paint-first.mjs).
 */
export function scriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[0]))
    .flatMap((m) => {
      const src = m[0].match(/\bsrc="([^"]+)"/)?.[1];
      if (src) return [src];
      return m[0].match(STARTUP_LIST)?.[1].split(" ") ?? [];
    });
}
