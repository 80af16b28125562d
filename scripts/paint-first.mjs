/**
 * Paint first, then start the framework. Next.js writes a page's startup scripts as `<script async>` in its head, so
 * the browser fetches them beside the HTML and the style sheets and runs each one as soon as it arrives. Over a fast
 * link they arrive while the page is still being parsed: they run ahead of the first paint, and every style and
 * layout pass they force is repeated on a half-built page. In Lighthouse traces of the reading pages that was about
 * half of the main thread's style and layout work, and Lighthouse's simulated slow 4G counted the scripts' whole
 * download in the largest contentful paint (2.0–2.9 s where the first paint is 1.1–1.3 s).
 *
 * Postbuild therefore rewrites each prerendered page: the startup `<script async>` tags and Next's script preloads
 * leave the head, and a small loader at the end of the body adds them, in their order, once the browser reports the
 * page's first contentful paint (Paint Timing, buffered, so a paint that came before the loader counts). Everything
 * a reader needs is in the HTML (links are links, tables are tables), so until the scripts run the page reads as it
 * does without JavaScript; only its controls (export menus, the theme picker, the lab) wait, for the scripts'
 * download after the paint. The loader starts them at once in a tab that is hidden (it does not paint), in a browser
 * without Paint Timing, and after three seconds without a paint (an embed scrolled out of view). Pages rendered on
 * request (a query's view) keep Next's own tags.
 *
 * The cost: the scripts are requested after the paint instead of beside the HTML. Measured with DevTools throttling
 * (PERFORMANCE.md, sixth round), the controls answer 68–149 ms later over a fast link and 287–463 ms later over slow
 * 4G, where the first paint comes no sooner.
 */

/** The attribute of the loader's `<script>` that lists the startup scripts, in order, separated by spaces. */
export const STARTUP_ATTRIBUTE = "data-startup";
/** The attribute that lists the scripts Next preloads for later (fetched, not run, when the loader starts). */
export const PRELOAD_ATTRIBUTE = "data-preload";

/** Runs in the page as written, with no build step: ES5 only, so any browser parses it. */
function loader() {
  var me = document.currentScript;
  var started = false;
  function add(list, make) {
    if (list)
      list.split(" ").forEach(function (url) {
        document.head.appendChild(make(url));
      });
  }
  function start() {
    if (started) return;
    started = true;
    add(me.getAttribute("data-preload"), function (url) {
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = "script";
      link.fetchPriority = "low";
      link.href = url;
      return link;
    });
    add(me.getAttribute("data-startup"), function (url) {
      var script = document.createElement("script");
      script.src = url;
      script.async = true;
      return script;
    });
  }
  var Observer = window.PerformanceObserver;
  if (
    document.visibilityState !== "visible" ||
    !Observer ||
    !Observer.supportedEntryTypes ||
    Observer.supportedEntryTypes.indexOf("paint") < 0
  )
    return start();
  new Observer(function (list, observer) {
    if (list.getEntriesByName("first-contentful-paint").length) {
      observer.disconnect();
      start();
    }
  }).observe({ type: "paint", buffered: true });
  setTimeout(start, 3000);
}

/** The loader's source as the page runs it; its SHA-256 joins the page's Content-Security-Policy hashes. */
export const STARTUP_LOADER = `(${loader.toString()})();`;

/** A startup script as Next writes it: `src` and `async`, never the legacy `nomodule` polyfill. */
const STARTUP_SCRIPT =
  /<script\b(?=[^>]*\basync\b)(?![^>]*\bnomodule\b)[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\bhref="([^"]+)"[^>]*\/?>/g;

/**
 * `html` with its startup scripts and script preloads requested after its first paint, by the loader at the end of
 * its body. A page without startup scripts, or one already rewritten, is returned as it is.
 */
export function paintFirst(html) {
  const end = html.lastIndexOf("</body>");
  if (end < 0 || html.includes(STARTUP_LOADER)) return html;
  const before = html.slice(0, end);
  const scripts = [...before.matchAll(STARTUP_SCRIPT)].map((m) => m[1]);
  if (!scripts.length) return html;
  const preloads = [...before.matchAll(SCRIPT_PRELOAD)].map((m) => m[1]);
  const rest = before.replace(STARTUP_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  const preloadList = preloads.length ? ` ${PRELOAD_ATTRIBUTE}="${preloads.join(" ")}"` : "";
  return `${rest}<script ${STARTUP_ATTRIBUTE}="${scripts.join(" ")}"${preloadList}>${STARTUP_LOADER}</script>${html.slice(end)}`;
}
