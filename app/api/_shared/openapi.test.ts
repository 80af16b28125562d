import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadOpenApiDocument } from "@/lib/api/openapi/serve";
import { openApiChecker } from "@/lib/api/openapi/fixtures";
import { answer } from "./respond";

/**
 * Real answers of every route under app/api, from the route handlers themselves, checked against the OpenAPI
 * document: the status must be one the operation lists, the media type one it lists for that status, and the body
 * must match that schema (Ajv, 2020-12). And every route file must have its operations in the document.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed document
type Handler = (request: NextRequest) => Response | Promise<Response>;

const API_DIR = path.join(process.cwd(), "app/api");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every route file under app/api with the URL path it serves. */
function routeFiles(): { file: string; urlPath: string }[] {
  return readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => ({
      file: path.join(API_DIR, f),
      urlPath: `/api/${path.dirname(f).split(path.sep).join("/")}`,
    }));
}

async function handler(urlPath: string, method: string): Promise<Handler> {
  const found = routeFiles().find((r) => r.urlPath === urlPath)!;
  return (await import(found.file))[method] as Handler;
}

// Built when the file loads: the ETag cases are chosen from it.
const doc: Json = loadOpenApiDocument();
const check = openApiChecker(doc);
beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

describe("every route is in the document", () => {
  it("documents each method each route file exports, and nothing else", async () => {
    const served: string[] = [];
    for (const { file, urlPath } of routeFiles()) {
      const mod = await import(file);
      served.push(...METHODS.filter((m) => typeof mod[m] === "function").map((m) => `${m} ${urlPath}`));
    }
    const documented = Object.entries(doc.paths as Json).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(served.length).toBeGreaterThanOrEqual(5);
    expect(documented.sort()).toEqual(served.sort());
  });
});

interface Case {
  method: "get" | "post";
  url: string;
  init?: { headers?: Record<string, string>; body?: string };
  status: number;
  /** Refused for a relation between parameters (x equal to y), which a JSON Schema of the query cannot state. */
  acrossParameters?: true;
}

const big = JSON.stringify({ assumptions: { "crp-pk": 6 }, pad: "x".repeat(70 * 1024) });
const CASES: Case[] = [
  { method: "get", url: "/api/dataset", status: 200 },
  { method: "get", url: "/api/dataset?mineral=copper&country=CL,PK&measure=reserves", status: 200 },
  { method: "get", url: "/api/dataset?measure=wgi-political-stability-percentile&format=csv", status: 200 },
  { method: "get", url: "/api/dataset?mineral=unobtainium", status: 400 },
  { method: "get", url: "/api/dataset?colour=red&format=xml", status: 400 },
  { method: "get", url: "/api/assumptions", status: 200 },
  { method: "get", url: "/api/assumptions?key=crp-pk", status: 400 },
  { method: "get", url: "/api/scenario", status: 200 },
  { method: "get", url: "/api/scenario?preset=article-framing&crp-pk=99&remove-cn=0.6", status: 200 },
  {
    method: "get",
    url: "/api/scenario?remove-pk=1&shock-year=2025&target-year=2026&mineral=antimony",
    status: 200,
  },
  { method: "get", url: "/api/scenario?preset=nope&crp-pk=abc", status: 400 },
  { method: "get", url: "/api/robustness?claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=5", status: 200 },
  {
    method: "get",
    url: "/api/robustness?claim=C5&mineral=lithium&x=crp-pk&y=crp-ua&n=3&competitor=UA&preset=stress-case&wage-pk=4000",
    status: 200,
  },
  {
    method: "get",
    url: "/api/robustness?claim=C2&mineral=copper&x=crp-pk&y=crp-pk",
    status: 400,
    acrossParameters: true,
  },
  { method: "get", url: "/api/robustness?claim=C9&mineral=copper&x=crp-pk&y=wage-au&n=99", status: 400 },
  { method: "get", url: "/api/openapi.json", status: 200 },
  { method: "get", url: "/api/openapi.json?v=2", status: 400 },
  ...[
    { preset: "stress-case", assumptions: { "crp-pk": 3 } },
    { assumptions: { "wage-au": 150000, "crp-ua": 25 } },
  ].map((b) => ({
    method: "post" as const,
    url: "/api/scenario",
    init: { body: JSON.stringify(b) },
    status: 200,
  })),
  { method: "post", url: "/api/scenario", init: { body: "{ not json" }, status: 400 },
  {
    method: "post",
    url: "/api/scenario",
    init: { body: '{"assumptions":{"crp-pk":"6"},"x":1}' },
    status: 400,
  },
  { method: "post", url: "/api/scenario", init: { body: big }, status: 400 },
  {
    method: "post",
    url: "/api/scenario",
    init: { headers: { "content-type": "text/plain" }, body: "{}" },
    status: 415,
  },
];

async function send(c: Case, headers: Record<string, string> = {}): Promise<Response> {
  const request = new NextRequest(`http://localhost${c.url}`, {
    method: c.method.toUpperCase(),
    headers: {
      ...(c.method === "post" ? { "content-type": "application/json" } : {}),
      ...c.init?.headers,
      ...headers,
    },
    body: c.init?.body,
  });
  return (await handler(new URL(request.url).pathname, c.method.toUpperCase()))(request);
}

function bodyProblems(urlPath: string, text: string): string[] {
  try {
    return check.body(urlPath, "post", JSON.parse(text));
  } catch {
    return ["not JSON"];
  }
}

/** The answer's problems against the document: undocumented status or type, or a body the schema refuses. */
async function conformance(c: Case, res: Response): Promise<string[]> {
  const op = doc.paths[new URL(`http://localhost${c.url}`).pathname][c.method];
  const documented = op.responses[String(res.status)];
  if (!documented) return [`status ${res.status} is not documented`];
  if (res.status === 304) return (await res.text()) === "" ? [] : ["a 304 has a body"];
  const type = res.headers.get("content-type")?.split(";")[0] ?? "";
  if (!documented.content?.[type]) return [`${type} is not documented for ${res.status}`];
  const text = await res.text();
  const body = type === "application/json" ? JSON.parse(text) : text;
  return check.answer(new URL(`http://localhost${c.url}`).pathname, c.method, res.status, type, body);
}

describe("real answers match the document", () => {
  // The model's Monte Carlo takes seconds on a loaded machine.
  it.each(CASES)("$method $url → $status", { timeout: 60_000 }, async (c) => {
    const res = await send(c);
    expect(res.status).toBe(c.status);
    expect(await conformance(c, res)).toEqual([]);
  });

  // The route reads its input by hand; the document must accept exactly what it accepts.
  it.each(CASES.filter((c) => c.status !== 415 && !c.acrossParameters))(
    "$method $url: the document accepts it iff the route does",
    (c) => {
      const url = new URL(`http://localhost${c.url}`);
      const problems =
        c.method === "post"
          ? bodyProblems(url.pathname, c.init?.body ?? "")
          : check.query(url.pathname, c.method, url.searchParams);
      expect(problems.length === 0).toBe(c.status === 200);
    },
  );

  it.each(
    CASES.filter((c) => doc.paths[c.url.split("?")[0]!]?.[c.method]?.responses[304] && c.status === 200),
  )("$method $url → 304 for its own ETag", async (c) => {
    const etag = (await send(c)).headers.get("etag")!;
    const res = await send(c, { "if-none-match": etag });
    expect(res.status).toBe(304);
    expect(await conformance(c, res)).toEqual([]);
  });

  it("answers a fault of the server as the document says (500, { errors } naming 'server')", async () => {
    const res = await answer("GET /api/scenario", () => {
      throw new Error("boom at /secret/path");
    });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(check.answer("/api/scenario", "get", 500, "application/json", body)).toEqual([]);
    expect(JSON.stringify(body)).not.toContain("secret");
  });

  it("would catch an answer that drifted from the document", async () => {
    const res = await send(CASES[0]!);
    const body = await res.json();
    expect(check.answer("/api/dataset", "get", 200, "application/json", { ...body, extra: 1 })).not.toEqual(
      [],
    );
    const observation = { ...body.observations[0], value: "12" };
    expect(
      check.answer("/api/dataset", "get", 200, "application/json", { ...body, observations: [observation] }),
    ).not.toEqual([]);
  });
});
