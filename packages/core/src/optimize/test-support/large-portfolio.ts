import { PARTNER_KINDS, type Portfolio } from '../../model/types.js';
import { createPrng } from '../../solver/test-support/prng.js';
import { partner, portfolio } from './fixtures.js';

/**
 * A large random portfolio (n partners, `pairs` synergy entries of either sign, three
 * binding resources, kind floors, a partner cap, a cover item, a few exclusive and
 * prerequisite pairs): hard enough that HiGHS needs seconds from n ≈ 1000.
 */
export function largePortfolio(n: number, pairs: number, seed: number): Portfolio {
  const rng = createPrng(seed);
  const ids = Array.from({ length: n }, (_, i) => `p${i}`);
  const partners = ids.map((id) =>
    partner(id, {
      kind: rng.pick(PARTNER_KINDS),
      cost: 10 + rng.int(0, 90),
      return: 20 + rng.int(0, 120),
      uses: { budget: rng.int(1, 100), staff: rng.int(0, 5), compute: rng.int(0, 20) },
      offers: ['data', 'compute', 'talent'].filter(() => rng.next() < 0.2),
    }),
  );
  const total = (r: string): number => partners.reduce((s, p) => s + (p.uses[r] ?? 0), 0);
  const pick2 = (): [string, string] => [rng.pick(ids), rng.pick(ids)];
  return portfolio({
    partners,
    synergies: Array.from({ length: pairs }, () => [...pick2(), rng.int(-30, 30)] as const),
    coordinationCost: 5,
    resources: {
      budget: Math.floor(total('budget') * 0.3),
      staff: Math.floor(total('staff') * 0.3),
      compute: Math.floor(total('compute') * 0.4),
    },
    constraints: {
      minPerKind: { government: 3, academic: 5 },
      maxPartners: Math.floor(n / 3),
      cover: ['data'],
      exclusive: Array.from({ length: Math.floor(n / 50) }, pick2),
      requires: Array.from({ length: Math.floor(n / 50) }, pick2),
    },
  });
}
