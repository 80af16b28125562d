/**
 * After `next build`: (0) rewrites every prerendered page to start its scripts after its first paint
 * (scripts/paint-first.mjs), in the build and in the standalone folder's copy of it; (1) computes the SHA-256 of
 * every inline script of every prerendered page (the loader of step 0 among them), so the proxy's
 * Content-Security-Policy can allow exactly those on static pages (they carry no nonce); (2) marks the scripts pages
 * run at startup for compiling off the main thread (scripts/compile-hints.mjs); (3) completes the standalone server
 * folder with the static assets, public files and those hashes, so `node .next/standalone/server.js` runs the app
 * anywhere Node runs.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { htmlFiles } from "./built-html.mjs";
import { markStartupScripts } from "./compile-hints.mjs";
import { paintFirst } from "./paint-first.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const APP = path.join(ROOT, ".next", "server", "app");
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

function routeOf(file) {
  const rel = path
    .relative(APP, file)
    .replace(/\\/g, "/")
    .replace(/\.html$/, "");
  if (rel === "index") return "/";
  return `/${rel}`;
}

// The standalone folder holds a copy of the build's pages: each page is rewritten once and written to both.
const STANDALONE_APP = path.join(ROOT, ".next", "standalone", ".next", "server", "app");
let rewritten = 0;
for (const file of htmlFiles(APP)) {
  const html = readFileSync(file, "utf8");
  const after = paintFirst(html);
  if (after === html) continue;
  writeFileSync(file, after);
  const copy = path.join(STANDALONE_APP, path.relative(APP, file));
  if (existsSync(copy)) writeFileSync(copy, after);
  rewritten++;
}
console.log(`postbuild: ${rewritten} prerendered pages start their scripts after the first paint.`);

const routes = {};
let fallback = [];
for (const file of htmlFiles(APP)) {
  const html = readFileSync(file, "utf8");
  const found = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (!m[1]) continue;
    found.add(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  }
  const route = routeOf(file);
  if (route === "/_not-found") fallback = [...found];
  else routes[route] = [...found];
}
const out = JSON.stringify({ routes, fallback });
writeFileSync(path.join(ROOT, ".next", "csp-hashes.json"), out);
console.log(
  `postbuild: inline-script hashes for ${Object.keys(routes).length} prerendered pages (+ the not-found page).`,
);

const marked = markStartupScripts(path.join(ROOT, ".next"));
console.log(`postbuild: compile hint on ${marked.length} startup scripts.`);

const standalone = path.join(ROOT, ".next", "standalone");
if (existsSync(standalone)) {
  cpSync(path.join(ROOT, ".next", "static"), path.join(standalone, ".next", "static"), { recursive: true });
  if (existsSync(path.join(ROOT, "public")))
    cpSync(path.join(ROOT, "public"), path.join(standalone, "public"), { recursive: true });
  writeFileSync(path.join(standalone, ".next", "csp-hashes.json"), out);
  console.log("postbuild: standalone server completed with static assets, public files and CSP hashes.");
}
