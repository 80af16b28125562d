import { request as httpRequest } from "node:http";

export interface RawResponse {
  status: number;
  contentType: string;
  /** Where a redirect points, if it is one. */
  location: string | null;
  text: string;
}

/**
 * One HTTP request with exactly the headers given: no Content-Type added for us (Playwright's and fetch's clients
 * add one), and, when `chunked`, no Content-Length either, so the server cannot size the body before reading it.
 * A fresh connection each time (agent: false): a server that refuses an oversized body closes that connection.
 */
export function rawRequest(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | Buffer,
  chunked = false,
): Promise<RawResponse> {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, baseURL),
      {
        method,
        agent: false,
        headers: chunked ? headers : { ...headers, "content-length": String(bytes.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers["content-type"] ?? ""),
            location: res.headers.location ?? null,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    // A server may answer an oversized body before reading all of it and close the connection while we still
    // write; the answer is what counts, so a write error after a response is not a failure.
    req.on("error", reject);
    if (chunked) {
      for (let at = 0; at < bytes.length; at += 16 * 1024) req.write(bytes.subarray(at, at + 16 * 1024));
      req.end();
    } else req.end(bytes);
  });
}
