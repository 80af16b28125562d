/**
 * `npm run bench:model`: times one full scenario (all countries × minerals × years, with point claims), a
 * 10,000-draw Monte Carlo, the claims with their probabilities (1,000 draws, as /api/scenario answers) and a
 * 21 × 21 robustness grid on this machine, and prints median and p95. Targets: full scenario < 1 ms median,
 * 10,000 draws < 250 ms, claims with probabilities ≤ 50 ms, a 21 × 21 grid ≤ 200 ms.
 */
import { performance } from "node:perf_hooks";
import { loadDataset } from "../lib/data/load";
import { defaultValues, KEYS } from "../lib/model/assumptions";
import { buildModelContext } from "../lib/model/context";
import { runScenario } from "../lib/model/scenario";
import { CLAIM_DRAWS } from "../lib/model/claim-draws";
import { robustnessGrid } from "../lib/model/robustness";
import { runMonteCarlo } from "../lib/model/uncertainty";

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95), min: s[0]!, n: s.length };
}

const ctx = buildModelContext(loadDataset());
const defaults = defaultValues(ctx.table);

// Vary one slider per run, as a user dragging it would, so no result is reused.
const wage = ctx.table.find((a) => a.key === KEYS.wage("PK"))!;
for (let i = 0; i < 300; i++) runScenario(ctx.data, { ...defaults, [wage.key]: wage.min + (i % 100) * 10 });
const scenario: number[] = [];
for (let i = 0; i < 2000; i++) {
  const values = { ...defaults, [wage.key]: wage.min + (i % 100) * 10 };
  const t0 = performance.now();
  runScenario(ctx.data, values);
  scenario.push(performance.now() - t0);
}
const s = stats(scenario);
console.log(
  `full scenario (${ctx.data.minerals.length} minerals × 6 countries × 11 years + claims), ${s.n} runs: median ${s.median.toFixed(3)} ms, p95 ${s.p95.toFixed(3)} ms (target: median < 1 ms)`,
);

runMonteCarlo(ctx.data, ctx.table, defaults, { mineral: "copper", draws: 2000, seed: 1 });
const mc: number[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  runMonteCarlo(ctx.data, ctx.table, defaults, { mineral: "copper", draws: 10_000, seed: i + 1 });
  mc.push(performance.now() - t0);
}
const m = stats(mc);
console.log(
  `Monte Carlo, 10,000 draws (copper, ${ctx.table.length} assumptions, ${runMonteCarlo(ctx.data, ctx.table, defaults, { mineral: "copper", draws: 10, seed: 1 }).varied.length} varied), ${m.n} runs: median ${m.median.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms (target: < 250 ms)`,
);

// The claims with their probabilities, as GET /api/scenario computes them (comparisons included), a new scenario
// each time so nothing is memoised. A server answers many: the first eight runs (compilation, the heap growing to
// its working size) are not counted, and 30 are, because a single run's time moves by ±30 % with garbage collection.
const crp = ctx.table.find((a) => a.key === KEYS.crp("PK"))!;
const claims: number[] = [];
for (let i = 0; i < 38; i++) {
  const values = { ...defaults, [crp.key]: 6 + (i % 24) * 0.5 };
  const t0 = performance.now();
  runScenario(ctx.data, values, { table: ctx.table, comparisons: true });
  if (i >= 8) claims.push(performance.now() - t0);
}
const c = stats(claims);
console.log(
  `claims with probabilities (${CLAIM_DRAWS.toLocaleString("en")} draws, with the comparisons), ${c.n} runs: median ${c.median.toFixed(1)} ms, p95 ${c.p95.toFixed(1)} ms (target: ≤ 50 ms)`,
);

// A 21 × 21 robustness grid for each claim that assumptions move, on the axes.
const wageAu = ctx.table.find((a) => a.key === KEYS.wage("AU"))!;
const crpUa = ctx.table.find((a) => a.key === KEYS.crp("UA"))!;
for (const [claim, y] of [
  ["C2", wageAu],
  ["C4", wageAu],
  ["C5", crpUa],
] as const) {
  const grid: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    robustnessGrid(ctx.data, defaults, { claim, mineral: "copper", x: crp, y, n: 21, competitor: "AU" });
    grid.push(performance.now() - t0);
  }
  const g = stats(grid);
  console.log(
    `robustness grid 21 × 21, ${claim} copper (${crp.key} × ${y.key}), ${g.n} runs: median ${g.median.toFixed(1)} ms, p95 ${g.p95.toFixed(1)} ms (target: ≤ 200 ms)`,
  );
}
