import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartnerGraph } from '../graph/build-graph.js';
import { evaluateRules } from '../graph/rules.js';
import { parseRules, type Rule } from '../graph/rules-schema.js';
import { PARTNER_KINDS, type Portfolio } from '../model/types.js';
import type { MilpSolver } from '../solver/milp-model.js';
import { createPrng } from '../solver/test-support/prng.js';
import { optimize } from './optimize.js';
import {
  bruteForce,
  isFeasibleChoice,
  keepOnlyConstraints,
  valueOfChoice,
} from './test-support/brute-force.js';
import { partner, portfolio } from './test-support/fixtures.js';
import { randomPortfolio } from './test-support/random-portfolio.js';

type Prng = ReturnType<typeof createPrng>;

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(() => solver.dispose());

const OFFERS = ['data', 'compute', 'talent', 'policy', 'market'];
const DOMAINS = ['medical', 'energy', 'finance'];

const parsed = (doc: unknown): Rule[] => {
  const r = parseRules(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

/** A random instance of randomPortfolio's with domains and 1–3 random gate or advice rules. */
function withRules(rng: Prng, base: Portfolio): Portfolio {
  const ids = base.partners.map((p) => p.id);
  const partners = base.partners.map((p) => ({
    ...p,
    domains: DOMAINS.filter(() => rng.next() < 0.4),
  }));
  const filter = (): Record<string, unknown> => {
    const r = rng.next();
    if (r < 0.3) return { ids: ids.filter(() => rng.next() < 0.4).concat('ghost') };
    if (r < 0.55) return { kind: rng.pick(PARTNER_KINDS) };
    if (r < 0.8) return { offers: rng.pick(OFFERS), domain: rng.pick(DOMAINS) };
    return { offers: rng.pick(OFFERS) };
  };
  const docs = Array.from({ length: rng.int(1, 3) }, (_, k) => {
    const severity = rng.next() < 0.85 ? 'gate' : 'advice';
    const t = rng.next();
    if (t < 0.35)
      return { id: `r${k}`, severity, type: 'at-most', of: filter(), max: rng.int(1, 2) };
    if (t < 0.7)
      return {
        id: `r${k}`,
        severity,
        type: 'at-least',
        of: filter(),
        min: rng.next() < 0.7 ? 1 : 2,
      };
    return {
      id: `r${k}`,
      severity,
      type: 'requires',
      when: rng.next() < 0.5 ? { kind: rng.pick(PARTNER_KINDS) } : { offers: rng.pick(OFFERS) },
      require: {
        offers: rng.pick(OFFERS),
        scope: rng.next() < 0.6 ? 'same-domain' : 'anywhere',
      },
    };
  });
  return { ...base, partners, rules: parsed(docs) };
}

const INSTANCES = 150;

describe('rules as optimiser constraints', () => {
  it(`agree with brute force (rules checked by evaluateRules) on ${INSTANCES} seeded instances`, () => {
    let infeasible = 0;
    let bound = 0;
    for (let seed = 1; seed <= INSTANCES; seed++) {
      const rng = createPrng(7000 + seed);
      const { portfolio: base, scores } = randomPortfolio(rng, 11);
      const portfolio = withRules(rng, base);
      const reference = bruteForce(portfolio, scores);
      const r = optimize(portfolio, solver, { scores });
      const where = `seed ${seed}`;
      const free = bruteForce({ ...portfolio, rules: [] }, scores);
      if (free.feasible && (!reference.feasible || reference.best < free.best - 1e-9)) bound++;
      if (!reference.feasible) {
        infeasible++;
        expect(r.status, where).toBe('infeasible');
        const paths = (r.conflicts ?? []).map((c) => c.constraint);
        expect(paths.length, where).toBeGreaterThan(0);
        expect(bruteForce(keepOnlyConstraints(portfolio, paths), scores).feasible, where).toBe(
          false,
        );
        continue;
      }
      expect(r.status, where).toBe('optimal');
      expect(Math.abs((r.objective ?? Number.NaN) - reference.best), where).toBeLessThanOrEqual(
        1e-6,
      );
      const chosen = new Set(r.selected);
      expect(isFeasibleChoice(portfolio, scores, chosen), where).toBe(true);
      expect(r.objective, where).toBe(valueOfChoice(portfolio, scores, chosen));
    }
    // The rules must bind often, and feasible optima must be common enough to compare.
    expect(bound).toBeGreaterThanOrEqual(INSTANCES / 5);
    expect(INSTANCES - infeasible).toBeGreaterThanOrEqual(INSTANCES / 4);
  });

  it('"at least two partners cover data in medical": the optimum keeps a backup, and a conflict names the rule', () => {
    const inMedical = (p: Portfolio['partners'][number]) => ({ ...p, domains: ['medical'] });
    const base = portfolio({
      partners: [
        partner('a', { return: 4, cost: 1, offers: ['data'] }),
        partner('b', { return: 0.5, cost: 1, offers: ['datasets'] }),
        partner('c', { return: 3, cost: 1, offers: ['compute'] }),
      ].map(inMedical),
    });
    const rules = parsed([
      { id: 'two-data', type: 'at-least', min: 2, of: { offers: 'data', domain: 'medical' } },
    ]);
    const scores = [0.5, 0.5, 0.5];
    expect(optimize(base, solver, { scores }).selected).toEqual(['a', 'c']);
    const ruled: Portfolio = { ...base, rules };
    const r = optimize(ruled, solver, { scores });
    expect(r.status).toBe('optimal');
    // b loses money alone (0.5 − 1) but the rule needs a second data provider.
    expect(r.selected).toEqual(['a', 'b', 'c']);
    const g = buildPartnerGraph(ruled);
    expect(evaluateRules(g, rules, ['a', 'c']).blocked).toBe(true);
    expect(evaluateRules(g, rules, ['a', 'b']).blocked).toBe(false);
    const tight = { ...ruled, constraints: { ...ruled.constraints, exclude: ['b'] } };
    const bad = optimize(tight, solver, { scores });
    expect(bad.status).toBe('infeasible');
    expect(bad.conflicts?.map((c) => c.constraint)).toContain('rules[0]');
    expect(bad.conflicts?.find((c) => c.constraint === 'rules[0]')?.message).toContain('two-data');
  });
});
