import { RAW_MARKUP } from "../fuzz/rng-and-text";
import { rawRequest } from "../raw-http";

/**
 * A page as the server sends it, read without a browser: what a crawler, a link preview or a browser's first paint
 * sees. Lets the fuzz specs check hundreds of URLs quickly; the browser specs then check a sample with scripts on.
 */
export class ServedHtml {
  private constructor(
    readonly status: number,
    readonly contentType: string,
    readonly html: string,
    readonly location: string | null,
  ) {}

  /** Fetches a page as sent, uncompressed (compressing hundreds of large pages would only slow the server). */
  static async fetch(baseURL: string, path: string): Promise<ServedHtml> {
    const res = await rawRequest(baseURL, "GET", path, { "accept-encoding": "identity" }, "");
    return new ServedHtml(res.status, res.contentType, res.text, res.location);
  }

  /** Next's own error document, the built-in 500 text, or this app's error boundary. */
  isErrorPage(): boolean {
    return /id="__next_error__"|Application error: a (server|client)-side exception|^Internal Server Error|This page could not be shown|could not be shown<\/h1>/.test(
      this.html,
    );
  }

  isNotFoundPage(): boolean {
    return /<h1[^>]*>Page not found<\/h1>/.test(this.html);
  }

  /** The first raw (unescaped) piece of script-bearing markup in the page, if any. */
  rawMarkup(): string | null {
    for (const re of RAW_MARKUP) {
      const m = re.exec(this.html);
      if (m) return this.html.slice(Math.max(0, m.index - 80), m.index + 80);
    }
    return null;
  }

  /** The notice naming unusable parts of the address, or null: its text and its items (the name in <code>, then what was done). */
  urlNotice(): { text: string; names: string[]; items: { name: string; message: string }[] } | null {
    const m = /<div[^>]*role="alert"[^>]*>((?:(?!<\/div>)[\s\S])*could not be used[\s\S]*?)<\/div>/.exec(
      this.html,
    );
    if (!m) return null;
    const body = m[1]!.replace(/<!-- -->/g, "");
    const items = [...body.matchAll(/<li>\s*<code>([\s\S]*?)<\/code>([\s\S]*?)<\/li>/g)].map((c) => ({
      name: decodeEntities(c[1]!),
      message: decodeEntities(c[2]!.replace(/<[^>]+>/g, "")).replace(/^:\s*/, ""),
    }));
    return { text: decodeEntities(body.replace(/<[^>]+>/g, "")), names: items.map((i) => i.name), items };
  }
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(lt|gt|quot|amp|#x27|#39|#x2F|nbsp);/g,
    (_, e: string) =>
      ({ lt: "<", gt: ">", quot: '"', amp: "&", "#x27": "'", "#39": "'", "#x2F": "/", nbsp: "\u00a0" })[e]!,
  );
}
