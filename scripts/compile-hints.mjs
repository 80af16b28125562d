/**
 * Marks the scripts a page runs as it starts with V8's per-file compile hint, `//# allFunctionsCalledOnLoad`
 * (WICG explicit JavaScript compile hints; Chromium 136 and later). Without it, Chromium compiles a function on the
 * main thread the first time it is called, and at startup the framework's module factories are nearly all called
 * at once: in a load trace of /minerals/copper, lazy parsing and compiling were more than half of the longest task
 * (V8.CompileCode 47 of 83 ms). With the hint, the functions of a marked file are compiled on the background thread
 * that streams the script while it downloads. Browsers without compile hints read the line as a comment.
 *
 * Only startup scripts are marked: those a prerendered page references with `<script src>`. Chunks fetched later
 * (the lab's uncertainty and robustness panels, maps) keep lazy compilation, where most functions are never called.
 * The hint must be the file's first line, so a source map beside a marked file (builds with
 * `productionBrowserSourceMaps`) is shifted down one line. Marking is idempotent: a file already marked is left.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { htmlFiles, scriptSources } from "./built-html.mjs";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";
const BUILT_SCRIPT = /^\/_next\/(static\/[^?#]+\.js)$/;

/** The `static/…` paths of the scripts the prerendered pages under `appDir` load with `<script src>`, without `nomodule`. */
export function startupScripts(appDir) {
  const found = new Set();
  for (const file of htmlFiles(appDir))
    for (const src of scriptSources(readFileSync(file, "utf8"))) {
      const built = src.match(BUILT_SCRIPT)?.[1];
      if (built) found.add(built);
    }
  return [...found].sort();
}

/** A source map one line lower: a plain map gains an empty first line, an index map moves each section down. */
function shiftMap(map) {
  if (Array.isArray(map.sections))
    return {
      ...map,
      sections: map.sections.map((s) => ({ ...s, offset: { ...s.offset, line: s.offset.line + 1 } })),
    };
  return { ...map, mappings: `;${map.mappings}` };
}

/**
 * Adds the compile hint to every startup script of the build in `nextDir` (`.next`). Returns the startup scripts
 * that carry it afterwards, whether marked now or by an earlier run.
 */
export function markStartupScripts(nextDir) {
  const marked = [];
  for (const rel of startupScripts(path.join(nextDir, "server", "app"))) {
    const file = path.join(nextDir, rel);
    if (!existsSync(file)) continue;
    const js = readFileSync(file, "utf8");
    marked.push(rel);
    if (js.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + js);
    const mapFile = `${file}.map`;
    const named = js.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    const map = named && !named.startsWith("data:") ? path.join(path.dirname(file), named) : mapFile;
    if (existsSync(map)) writeFileSync(map, JSON.stringify(shiftMap(JSON.parse(readFileSync(map, "utf8")))));
  }
  return marked;
}
