import { type MineralId, MINERAL_IDS } from "../data/constants";
import { CLAIM_IDS, type ClaimId } from "../model/claims";
import { type ModelContext } from "../model/context";
import { DEFAULT_COMPETITOR, GRID_MAX, GRID_MIN, robustnessGrid } from "../model/robustness";
import { type FieldMessage, normaliseScenario } from "../model/scenario";
import { COST_COUNTRIES, type CostCountry } from "../model/types";
import { quoteInput as show } from "../text/visible";
import { parseScenarioParams, serializeScenarioParams } from "../url/scenario-params";
import { type RobustnessResponse } from "./schemas/robustness";
import { type ApiOutcome } from "./scenario-request";

/** The map's own parameters; every other parameter is a scenario parameter, as /api/scenario takes them. */
export const ROBUSTNESS_PARAMS = ["claim", "mineral", "x", "y", "n", "competitor"] as const;

/** The grid size when `n` is not given: 21 values per axis, 441 cells. */
export const DEFAULT_GRID = 21;

/** Who a cell's gap can be measured against: any costed country but Pakistan. */
const COMPETITORS = COST_COUNTRIES.filter((c) => c !== "PK");

/**
 * GET /api/robustness?claim=C2&mineral=copper&x=crp-pk&y=wage-au&n=21[&competitor=AU][&<scenario params>]. Each
 * bad parameter is named in a 400; nothing is guessed.
 */
export function handleRobustnessQuery(
  ctx: ModelContext,
  params: URLSearchParams,
): ApiOutcome<RobustnessResponse> {
  const errors: FieldMessage[] = [];
  const one = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) errors.push({ field: name, message: `give ${name} once, not ${all.length} times` });
    return all[0] ?? null;
  };
  const required = (name: string, what: string): string | null => {
    const raw = one(name);
    if (raw === null || raw === "") errors.push({ field: name, message: `missing: name ${what}` });
    return raw || null;
  };

  const rawClaim = required("claim", `the claim, one of ${CLAIM_IDS.join(", ")}`);
  const claim = CLAIM_IDS.find((c) => c === rawClaim?.toUpperCase());
  if (rawClaim && !claim)
    errors.push({
      field: "claim",
      message: `unknown claim ${show(rawClaim)}; use one of ${CLAIM_IDS.join(", ")}`,
    });

  const rawMineral = required("mineral", "a mineral, e.g. copper");
  const mineral = MINERAL_IDS.find((m) => m === rawMineral);
  if (rawMineral && !mineral)
    errors.push({
      field: "mineral",
      message: `unknown mineral ${show(rawMineral)}; use one of ${MINERAL_IDS.join(", ")}`,
    });

  const axis = (name: "x" | "y") => {
    const raw = required(name, "an assumption key, e.g. crp-pk (GET /api/assumptions lists them)");
    const a = raw ? ctx.table.find((t) => t.key === raw) : undefined;
    if (raw && !a)
      errors.push({
        field: name,
        message: `unknown assumption key ${show(raw)}; GET /api/assumptions lists the keys`,
      });
    return a;
  };
  const x = axis("x");
  const y = axis("y");
  if (x && y && x.key === y.key)
    errors.push({ field: "y", message: `x and y are both ${show(x.key)}; choose two different assumptions` });

  const rawN = one("n");
  let n = DEFAULT_GRID;
  if (rawN !== null) {
    n = /^\d{1,3}$/.test(rawN) ? Number(rawN) : NaN;
    if (!(n >= GRID_MIN && n <= GRID_MAX))
      errors.push({
        field: "n",
        message: `n must be a whole number from ${GRID_MIN} to ${GRID_MAX}, got ${show(rawN)}`,
      });
  }

  const rawCompetitor = one("competitor");
  const competitor =
    rawCompetitor === null ? DEFAULT_COMPETITOR : COMPETITORS.find((c) => c === rawCompetitor);
  if (!competitor)
    errors.push({
      field: "competitor",
      message: `unknown competitor ${show(rawCompetitor ?? "")}; use one of ${COMPETITORS.join(", ")}`,
    });

  const parsed = parseScenarioParams(params, ctx.table, ctx.presets, {
    strict: true,
    extraParams: ROBUSTNESS_PARAMS,
  });
  errors.push(...parsed.errors);
  if (errors.length || !claim || !mineral || !x || !y || !competitor)
    return { status: 400, body: { errors } };
  const normalised = normaliseScenario(ctx.table, ctx.presets, parsed.input);
  if (!normalised.ok)
    return { status: 400, body: { errors: normalised.errors, warnings: normalised.warnings } };
  const { scenario } = normalised;
  const grid = robustnessGrid(ctx.data, scenario.values, {
    claim: claim as ClaimId,
    mineral: mineral as MineralId,
    x,
    y,
    n,
    competitor: competitor as CostCountry,
  });
  return {
    status: 200,
    body: {
      ...grid,
      scenario: {
        preset: scenario.preset,
        query: serializeScenarioParams(scenario, ctx.table).toString(),
        x: scenario.values[x.key]!,
        y: scenario.values[y.key]!,
      },
      warnings: [...parsed.warnings, ...normalised.warnings],
    },
  };
}
