/**
 * Child process of the optimize benchmark: the first solve in a fresh process. Usage:
 * `node bench/optimize-cold.mjs N SEED`; prints one JSON line.
 *
 * cold = import of the engine + loading HiGHS (WebAssembly compile and instantiate) + the
 * first optimize. The generated portfolio is built between the import and the load and is
 * not counted: it stands for the spec a user's file already holds. V8 first runs WebAssembly
 * on its baseline compiler and tiers hot functions up while they run (on background
 * threads), so the second solve, timed too, is still mostly on baseline code. The warm
 * figure comes from the parent, whose process has solved for seconds.
 */
const startedAt = performance.now(); // since the process started: node's own start-up
const core = await import('@partnerfolio/core');
const { createHighsSolver } = await import('@partnerfolio/solver-highs');
const imported = performance.now();
const { generatePortfolio } = await import('./generate.mjs');

const [n, seed] = process.argv.slice(2).map(Number);
if (!Number.isInteger(n) || !Number.isInteger(seed)) {
  console.error('usage: node bench/optimize-cold.mjs N SEED');
  process.exit(2);
}
const portfolio = generatePortfolio(n, seed);
const scores = core.partnerScores(portfolio);
if (!scores.ok) throw new Error(JSON.stringify(scores.issues));

const loadStart = performance.now();
const solver = await createHighsSolver();
const loaded = performance.now();
const first = core.optimize(portfolio, solver, { scores: scores.value });
const solved = performance.now();

const second = performance.now();
core.optimize(portfolio, solver, { scores: scores.value });
const resolved = performance.now();

console.log(
  JSON.stringify({
    n,
    seed,
    status: first.status,
    objective: first.objective,
    nodeStartMs: startedAt,
    importMs: imported - startedAt,
    loadMs: loaded - loadStart,
    firstSolveMs: solved - loaded,
    coldMs: imported - startedAt + (solved - loadStart),
    secondSolveMs: resolved - second,
  }),
);
