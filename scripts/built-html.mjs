/** Reading the HTML of a build: the prerendered pages' files, and the scripts a page loads. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every `.html` file under `dir`, depth first. */
export function* htmlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (entry.endsWith(".html")) yield full;
  }
}

/** The `src` of every `<script>` of `html` a modern browser runs (the legacy `nomodule` polyfill excluded). */
export function scriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[0]))
    .map((m) => m[0].match(/\bsrc="([^"]+)"/)?.[1])
    .filter(Boolean);
}
