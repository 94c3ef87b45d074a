/**
 * The risk register in the Monte Carlo (issue 9): 100 partners, 100 risks (one per
 * partner) loading on 5 shared factors, 10^5 scenarios on one thread, against the same
 * portfolio without risks, interleaved in the same process. The draws' exact mean is
 * checked against `planMoments`.
 */
import { compileSimulation, planMoments, simulate } from '@partnerfolio/core';
import { createGeneratorRng, generatePortfolio } from './generate.mjs';
import { isMain, measureInterleaved, runAsScript } from './harness.mjs';

function unwrap(result) {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

function withRisks(portfolio, seed) {
  const rng = createGeneratorRng(seed + 31);
  const factors = ['f0', 'f1', 'f2', 'f3', 'f4'];
  return {
    ...portfolio,
    risks: portfolio.partners.map((p, i) => ({
      id: `r${i}`,
      category: 'dependency',
      partners: [p.id],
      likelihood: rng.uniform(0.02, 0.3),
      impact: { kind: 'triangular', min: 1, mode: 5, max: rng.uniform(10, 40) },
      factors: { [factors[i % factors.length]]: rng.uniform(0.2, 0.8) },
    })),
  };
}

async function run(report, { quick }) {
  const base = generatePortfolio(100, 3);
  const risky = withRisks(base, 3);
  const selected = base.partners.map((p) => p.id);
  const plain = unwrap(compileSimulation(base, selected));
  const plan = unwrap(compileSimulation(risky, selected));
  const scenarios = quick ? 50_000 : 100_000;
  report.section(
    `simulate: 100 partners, 100 correlated risks on 5 factors, ${scenarios} scenarios`,
  );
  const [without, withRisk] = await measureInterleaved(
    [
      async () => simulate(plain, { scenarios, seed: 7 }),
      async () => simulate(plan, { scenarios, seed: 7 }),
    ],
    { warmup: 1, reps: quick ? 3 : 5 },
  );
  report.metric('risks.without', 'without risks', without.median, 'ms', without);
  report.metric('risks.with', 'with 100 correlated risks', withRisk.median, 'ms', withRisk);
  const samples = withRisk.value;
  let sum = 0;
  for (const x of samples) sum += x;
  const exact = planMoments(plan);
  const se = Math.sqrt(exact.variance / samples.length);
  report.check(
    'mean within 5 standard errors of the exact mean',
    Math.abs(sum / samples.length - exact.mean) < 5 * se,
    `${sum / samples.length} vs ${exact.mean}`,
  );
  report.target(
    'risks.ratio',
    'time with risks / without (same run)',
    withRisk.median / without.median,
    '<',
    3,
    '×',
  );
}

if (isMain(import.meta.url)) await runAsScript('risks', run);
