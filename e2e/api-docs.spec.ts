import { expect, test } from "./fixtures";

/** The /api page and the OpenAPI document it is read from. */

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { summary: string }>>;
}

test("GET /api/openapi.json serves an OpenAPI 3.1 document as JSON, with an ETag", async ({ request }) => {
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/json");
  expect(res.headers()["etag"]).toMatch(/^".+"$/);
  const doc: OpenApi = await res.json();
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/dataset", "/api/assumptions", "/api/scenario", "/api/openapi.json"]),
  );
  const again = await request.get("/api/openapi.json", {
    headers: { "if-none-match": res.headers()["etag"]! },
  });
  expect(again.status()).toBe(304);
  const refused = await request.get("/api/openapi.json?format=yaml");
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors[0].field).toBe("format");
});

test("/api lists every route of the document with its parameters and a curl example that works", async ({
  page,
  request,
  baseURL,
}) => {
  const doc: OpenApi = await (await request.get("/api/openapi.json")).json();
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(operations).toEqual([
    "GET /api/dataset",
    "GET /api/assumptions",
    "GET /api/scenario",
    "POST /api/scenario",
    "GET /api/robustness",
    "GET /api/openapi.json",
  ]);

  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
  await expect(page.getByRole("link", { name: "/api/openapi.json", exact: true })).toHaveAttribute(
    "href",
    "/api/openapi.json",
  );
  const routes = page.getByRole("navigation", { name: "Routes" });
  for (const title of operations) {
    await expect(routes.getByRole("link", { name: title, exact: true })).toBeVisible();
    const section = page.getByRole("region", { name: title, exact: true });
    await expect(section.getByRole("heading", { level: 2, name: title })).toBeVisible();
    const curl = (await section.locator("pre code").innerText()).trim();
    const [method, path] = title.split(" ") as [string, string];
    expect(curl).toMatch(/^curl /);
    expect(curl).toContain(`http://localhost:3000${path}`);
    // Sent to the test server, the example is answered 200.
    const url = curl.match(/'(http[^']+)'/)![1]!.replace("http://localhost:3000", baseURL!);
    const body = curl.match(/-d '([^']+)'/)?.[1];
    const res =
      method === "POST"
        ? await request.post(url, { headers: { "content-type": "application/json" }, data: body })
        : await request.get(url);
    expect(res.status(), curl).toBe(200);
  }

  // Parameters come from the document: the dataset's mineral filter lists the minerals.
  const params = page.getByRole("region", { name: "Parameters of GET /api/dataset" });
  const mineral = params.getByRole("row", { name: /^mineral / });
  await expect(mineral).toContainText("comma-separated list of text");
  await expect(mineral).toContainText("copper");
  // The scenario's assumption keys are listed, the country risk premium among them.
  const post = page.getByRole("region", { name: "POST /api/scenario", exact: true });
  await post.getByText(/^Keys of "assumptions" in POST \/api\/scenario: \d+$/).click();
  await expect(post.getByRole("row", { name: /^crp-pk / })).toContainText("country risk premium");
  await expect(
    page.getByRole("region", { name: "Answers of POST /api/scenario" }).getByRole("row", { name: /^415 / }),
  ).toContainText("Problems");
});
