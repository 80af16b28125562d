import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import { MINERAL_IDS } from "../../data/constants";
import { loadDataset } from "../../data/load";
import { type ModelContext } from "../../model/context";
import { loadModelContext } from "../model-context";
import { buildOpenApiDocument } from "./document";
import { openApiChecker } from "./fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed document

let ctx: ModelContext;
let doc: Json;
beforeAll(() => {
  ctx = loadModelContext();
  doc = buildOpenApiDocument({ dataset: loadDataset(), table: ctx.table, presets: ctx.presets });
});

const param = (path: string, method: string, name: string) =>
  (doc.paths[path][method].parameters as Json[]).find((p) => p.name === name)!;

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document to a third-party validator", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator is not vacuous: an answer without its required description fails.
    const broken = structuredClone(doc);
    delete broken.paths["/api/dataset"].get.responses["200"].description;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("compiles every schema in it under JSON Schema 2020-12 (Ajv, strict)", () => {
    const check = openApiChecker(doc);
    for (const name of Object.keys(doc.components.schemas))
      expect(() => check.component(name, {})).not.toThrow();
  });

  it("lists every assumption key, with its bounds, for GET and POST /api/scenario", () => {
    const assumptions = doc.components.schemas.ScenarioAssumptions;
    expect(Object.keys(assumptions.properties).sort()).toEqual(ctx.table.map((a) => a.key).sort());
    const crp = ctx.table.find((a) => a.key === "crp-pk")!;
    expect(assumptions.properties["crp-pk"].description).toContain(`${crp.min} to ${crp.max}`);
    expect(assumptions.additionalProperties).toBe(false);
    expect(param("/api/scenario", "get", "assumptions")).toMatchObject({
      style: "form",
      explode: true,
      schema: { $ref: "#/components/schemas/ScenarioAssumptions" },
    });
    expect(doc.components.schemas.ScenarioBody.properties.assumptions).toEqual({
      $ref: "#/components/schemas/ScenarioAssumptions",
    });
    expect(param("/api/scenario", "get", "preset").schema.enum).toEqual(ctx.presets.map((p) => p.id));
  });

  it("gives the dataset's filters as comma-separated lists of the values the dataset holds", () => {
    const mineral = param("/api/dataset", "get", "mineral");
    expect(mineral).toMatchObject({ style: "form", explode: false, required: false });
    expect(mineral.schema.items.enum).toEqual([...MINERAL_IDS].sort());
    expect(param("/api/dataset", "get", "country").schema.items.enum).toEqual(
      expect.arrayContaining(["CL", "PK", "WORLD"]),
    );
    expect(param("/api/dataset", "get", "format").schema.enum).toEqual(["json", "csv"]);
  });

  it("documents each answer a route can give: 304 with an ETag, 415 for a body, 400 and 500 as { errors }", () => {
    const statuses = (path: string, method: string) => Object.keys(doc.paths[path][method].responses);
    expect(statuses("/api/dataset", "get")).toEqual(["200", "304", "400", "500"]);
    expect(statuses("/api/assumptions", "get")).toEqual(["200", "304", "400", "500"]);
    expect(statuses("/api/scenario", "get")).toEqual(["200", "400", "500"]);
    expect(statuses("/api/scenario", "post")).toEqual(["200", "400", "415", "500"]);
    expect(Object.keys(doc.paths["/api/dataset"].get.responses[200].content)).toEqual([
      "application/json",
      "text/csv",
    ]);
    expect(doc.paths["/api/scenario"].post.responses[415].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Problems",
    });
  });
});
