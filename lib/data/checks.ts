import { type Observation } from "./common";
import { FOCUS_COUNTRIES, WORLD } from "./constants";
import { isMeasure } from "./measures";
import { OBSERVATION_FILES, type ParsedDataFiles } from "./files";
import { type DataIssue, describeRecord } from "./validate";

/** Measures that add up across countries, so no country may exceed the world total. */
export const ADDITIVE_MEASURES = new Set([
  "mine-production",
  "refinery-production",
  "reserves",
  "sponge-production",
  "sponge-capacity",
  "pigment-capacity",
]);

/** Units allowed for physical quantities. */
export const QUANTITY_UNITS = new Set(["t", "kt", "Mt", "kg"]);

/** Measures whose value is a share or a percentile and must lie within 0–100. */
function isBoundedShare(o: Observation): boolean {
  return o.unit === "%" ? /share|reliance|percent/.test(o.measure) : o.unit === "percentile rank";
}

interface Located<T> {
  file: string;
  record: string;
  item: T;
}

function locate<T>(file: string, key: string, items: readonly T[]): Located<T>[] {
  return items.map((item, i) => ({ file, record: `${key}[${i}]${describeRecord(item)}`, item }));
}

/**
 * Consistency checks across the parsed data files (the schemas check each record alone): every sourceId and
 * country resolves, ids are unique, no country exceeds the world total, shares lie within 0–100 %, USGS rows
 * carry their edition and quantities use t/kt/Mt/kg.
 */
export function checkDataFiles(files: Partial<ParsedDataFiles>): DataIssue[] {
  const issues: DataIssue[] = [];
  const push = (at: { file: string; record: string }, field: string, message: string) =>
    issues.push({ file: at.file, record: at.record, field, message });

  const sourceIds = new Set<string>();
  for (const s of locate("sources.json", "sources", files["sources.json"]?.sources ?? [])) {
    if (sourceIds.has(s.item.id)) push(s, "id", `duplicate source id "${s.item.id}"`);
    sourceIds.add(s.item.id);
  }
  const countryCodes = new Set<string>();
  for (const c of locate("countries.json", "countries", files["countries.json"]?.countries ?? [])) {
    if (countryCodes.has(c.item.code)) push(c, "code", `duplicate country code "${c.item.code}"`);
    countryCodes.add(c.item.code);
  }
  const mineralIds = new Set<string>();
  for (const m of locate("minerals.json", "minerals", files["minerals.json"]?.minerals ?? [])) {
    if (mineralIds.has(m.item.id)) push(m, "id", `duplicate mineral id "${m.item.id}"`);
    mineralIds.add(m.item.id);
    if (!sourceIds.has(m.item.usgsSourceId)) push(m, "usgsSourceId", unknownSource(m.item.usgsSourceId));
  }

  const checkSource = (at: Located<unknown>, field: string, id: string) => {
    if (!sourceIds.has(id)) push(at, field, unknownSource(id));
  };
  const checkCountry = (at: Located<unknown>, field: string, code: string | null) => {
    if (code !== null && !countryCodes.has(code))
      push(at, field, `unknown country "${code}" (add it to countries.json)`);
  };

  // Observation files.
  const seen = new Map<string, string>();
  const worldTotals = new Map<string, number>();
  const observations: Located<Observation>[] = OBSERVATION_FILES.flatMap((f) =>
    locate(f, "observations", files[f]?.observations ?? []),
  );
  for (const o of observations) {
    const ob = o.item;
    checkSource(o, "sourceId", ob.sourceId);
    checkCountry(o, "country", ob.country);
    if (!isMeasure(ob.measure))
      push(o, "measure", `unknown measure "${ob.measure}" (give it a label in lib/data/measures.ts)`);
    const key = [
      ob.country,
      ob.mineral,
      ob.measure,
      ob.year,
      ob.period ?? "",
      ob.edition ?? "",
      ob.basis ?? "",
      ob.sourceId,
    ].join("|");
    const previous = seen.get(key);
    if (previous) push(o, "(record)", `duplicates ${previous}`);
    else seen.set(key, `${o.file} ${o.record}`);
    if (ob.sourceId.startsWith("usgs-") && !ob.edition)
      push(o, "edition", "USGS rows must carry their edition");
    const boundIssue = printedBoundIssue(ob);
    if (boundIssue) push(o, "bound", boundIssue);
    if (ADDITIVE_MEASURES.has(ob.measure) && !QUANTITY_UNITS.has(ob.unit)) {
      push(o, "unit", `quantities use t, kt, Mt or kg, not "${ob.unit}"`);
    }
    if (ob.value !== null && isBoundedShare(ob) && (ob.value < 0 || ob.value > 100)) {
      push(o, "value", `a share or percentile must lie within 0–100, got ${ob.value}`);
    }
    if (ob.country === WORLD && ob.value !== null && ADDITIVE_MEASURES.has(ob.measure)) {
      worldTotals.set(totalKey(ob), ob.value);
    }
  }
  for (const o of observations) {
    const ob = o.item;
    if (ob.country === WORLD || ob.value === null || !ADDITIVE_MEASURES.has(ob.measure)) continue;
    const world = worldTotals.get(totalKey(ob));
    if (world !== undefined && ob.value > world) {
      push(
        o,
        "value",
        `${ob.value} ${ob.unit} exceeds the world total ${world} ${ob.unit} for the same measure and year`,
      );
    }
  }

  for (const r of locate(
    "us-import-sources.json",
    "importSources",
    files["us-import-sources.json"]?.importSources ?? [],
  )) {
    checkSource(r, "sourceId", r.item.sourceId);
    const total = r.item.shares.reduce((sum, s) => sum + s.sharePct, 0);
    // USGS rounds each share to a whole percent, so the printed shares may sum to 101.
    if (total > 101.5) push(r, "shares", `shares sum to ${total} %, more than 100 %`);
    r.item.shares.forEach((s, i) => checkCountry(r, `shares[${i}].country`, s.country));
  }

  const paramKeys = new Set<string>();
  for (const p of locate(
    "cost-parameters.json",
    "parameters",
    files["cost-parameters.json"]?.parameters ?? [],
  )) {
    const key = `${p.item.id}|${p.item.country ?? ""}|${p.item.mineral ?? ""}`;
    if (paramKeys.has(key)) push(p, "id", `duplicate parameter ${key}`);
    paramKeys.add(key);
    checkSource(p, "sourceId", p.item.sourceId);
    p.item.alsoSourceIds?.forEach((id, i) => checkSource(p, `alsoSourceIds[${i}]`, id));
    checkCountry(p, "country", p.item.country);
    if (p.item.unit === "%" && (p.item.low < 0 || p.item.high > 100)) {
      push(p, "high", "a percentage must lie within 0–100");
    }
  }

  const tariffs = files["tariffs.json"] ?? { regimes: [], rates: [] };
  const regimeIds = new Set<string>();
  for (const g of locate("tariffs.json", "regimes", tariffs.regimes)) {
    regimeIds.add(g.item.id);
    checkSource(g, "sourceId", g.item.sourceId);
  }
  for (const t of locate("tariffs.json", "rates", tariffs.rates)) {
    if (!regimeIds.has(t.item.regime)) push(t, "regime", `unknown tariff regime "${t.item.regime}"`);
    checkSource(t, "sourceId", t.item.sourceId);
    checkCountry(t, "country", t.item.country);
    t.item.layers.forEach((l, i) => checkSource(t, `layers[${i}].sourceId`, l.sourceId));
    const sum = t.item.layers.reduce((s, l) => s + l.ratePct, 0);
    if (Math.abs(sum - t.item.ratePct) > 1e-9)
      push(t, "ratePct", `rate ${t.item.ratePct} % ≠ sum of layers ${sum} %`);
  }

  const projectIds = new Set<string>();
  for (const p of locate("projects.json", "projects", files["projects.json"]?.projects ?? [])) {
    if (projectIds.has(p.item.id)) push(p, "id", `duplicate project id "${p.item.id}"`);
    projectIds.add(p.item.id);
    checkSource(p, "sourceId", p.item.sourceId);
    checkCountry(p, "country", p.item.country);
    p.item.phases.forEach((ph, i) => {
      for (const q of ["capacity", "capex", "startYear", "throughput"] as const) {
        const quantity = ph[q];
        if (quantity) checkSource(p, `phases[${i}].${q}.sourceId`, quantity.sourceId);
      }
    });
    p.item.facts.forEach((f, i) => checkSource(p, `facts[${i}].quantity.sourceId`, f.quantity.sourceId));
  }

  const eventIds = new Set<string>();
  for (const e of locate("events.json", "events", files["events.json"]?.events ?? [])) {
    if (eventIds.has(e.item.id)) push(e, "id", `duplicate event id "${e.item.id}"`);
    eventIds.add(e.item.id);
    checkSource(e, "sourceId", e.item.sourceId);
    e.item.countries.forEach((c, i) => checkCountry(e, `countries[${i}]`, c));
    e.item.figures.forEach((f, i) => checkSource(e, `figures[${i}].quantity.sourceId`, f.quantity.sourceId));
  }

  const refs = files["reference-operations.json"];
  const operationIds = new Map<string, string>();
  for (const o of locate("reference-operations.json", "operations", refs?.operations ?? [])) {
    if (operationIds.has(o.item.id)) push(o, "id", `duplicate operation id "${o.item.id}"`);
    operationIds.set(o.item.id, o.item.mineral);
    checkCountry(o, "country", o.item.country);
    o.item.sourceIds.forEach((id, i) => checkSource(o, `sourceIds[${i}]`, id));
  }
  const anchored = new Set<string>();
  for (const a of locate("reference-operations.json", "anchors", refs?.anchors ?? [])) {
    const mineral = operationIds.get(a.item.operation);
    if (mineral === undefined) push(a, "operation", `unknown operation "${a.item.operation}"`);
    else if (mineral !== a.item.mineral)
      push(a, "operation", `operation "${a.item.operation}" produces ${mineral}, not ${a.item.mineral}`);
    const key = `${a.item.mineral}|${a.item.country}`;
    if (anchored.has(key)) push(a, "(record)", `a second anchor for ${a.item.mineral} in ${a.item.country}`);
    anchored.add(key);
  }
  // Every mineral with sourced costs has an anchor in every country the model prices.
  for (const m of files["minerals.json"]?.minerals ?? []) {
    if (m.costBasis !== "sourced") continue;
    for (const c of FOCUS_COUNTRIES) {
      if (!anchored.has(`${m.id}|${c}`))
        issues.push({
          file: "reference-operations.json",
          record: "anchors",
          field: "(list)",
          message: `no anchor for ${m.id} in ${c}`,
        });
    }
  }
  const routed = new Set<string>();
  for (const r of locate("processing.json", "routes", files["processing.json"]?.routes ?? [])) {
    checkSource(r, "sourceId", r.item.sourceId);
    const key = `${r.item.mineral}|${r.item.country}`;
    if (routed.has(key)) push(r, "(record)", `a second route for ${r.item.mineral} in ${r.item.country}`);
    routed.add(key);
  }
  for (const m of files["minerals.json"]?.minerals ?? []) {
    for (const c of FOCUS_COUNTRIES) {
      if (files["processing.json"] && !routed.has(`${m.id}|${c}`))
        issues.push({
          file: "processing.json",
          record: "routes",
          field: "(list)",
          message: `no route for ${m.id} in ${c}`,
        });
    }
  }

  // Status follows the source: a figure read in a third party's report is "secondary", whatever it says.
  const secondary = new Set(
    (files["sources.json"]?.sources ?? []).filter((s) => s.kind === "secondary").map((s) => s.id),
  );
  // Files whose records are checked here alone: every source they cite must resolve.
  const generic = new Set(["reference-operations.json", "processing.json", "indirect-exposure.json"]);
  for (const [file, content] of Object.entries(files)) {
    if (file === "sources.json") continue;
    for (const { path, record } of sourcedRecords(content, "")) {
      if (generic.has(file) && !sourceIds.has(record.sourceId))
        issues.push({ file, record: path, field: "sourceId", message: unknownSource(record.sourceId) });
      if (
        secondary.has(record.sourceId) &&
        (record.status === "published" || record.status === "source-estimate")
      ) {
        issues.push({
          file,
          record: path,
          field: "status",
          message: `"${record.status}" but its source "${record.sourceId}" is a secondary report: mark it "secondary"`,
        });
      }
    }
  }

  return issues;
}

/** Every object in a parsed file that carries a status and a source, with its JSON path. */
function* sourcedRecords(
  node: unknown,
  path: string,
): Generator<{ path: string; record: { status: string; sourceId: string } }> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* sourcedRecords(node[i], `${path}[${i}]`);
  } else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.status === "string" && typeof o.sourceId === "string")
      yield { path: path || "(file)", record: o as { status: string; sourceId: string } };
    for (const [k, v] of Object.entries(o)) yield* sourcedRecords(v, path ? `${path}.${k}` : k);
  }
}

function unknownSource(id: string): string {
  return `sourceId "${id}" is not in sources.json`;
}

function totalKey(o: Observation): string {
  return [o.sourceId, o.mineral, o.measure, o.year, o.edition ?? "", o.unit, o.basis ?? ""].join("|");
}

/**
 * A bound must be what the source printed: ">2,000,000" is a lower bound, "<1" an upper one, and a bound needs its
 * printed form so a reader can see the sign. Returns the problem, or null.
 */
export function printedBoundIssue(o: Pick<Observation, "bound" | "printed">): string | null {
  const sign = o.printed?.trim().charAt(0);
  const printedBound = sign === ">" ? "lower" : sign === "<" ? "upper" : undefined;
  if (o.bound && o.printed === undefined)
    return `a ${o.bound} bound needs "printed": the value as the source printed it, with its sign`;
  if (printedBound !== o.bound)
    return printedBound
      ? `printed "${o.printed}" is a ${printedBound} bound: set "bound": "${printedBound}"`
      : `"bound": "${o.bound}" but the source printed "${o.printed}" without ">" or "<"`;
  return null;
}
