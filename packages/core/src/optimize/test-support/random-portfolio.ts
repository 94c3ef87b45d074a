import {
  type Distribution,
  PARTNER_KINDS,
  type PartnerGroup,
  type Portfolio,
} from '../../model/types.js';
import type { createPrng } from '../../solver/test-support/prng.js';
import { partner, portfolio } from './fixtures.js';

type Prng = ReturnType<typeof createPrng>;

const OFFERS = ['data', 'compute', 'talent', 'policy', 'market'];

/**
 * A random small portfolio exercising every model feature: kinds, 1–2 resources,
 * distributions, ± synergies (duplicates and self-pairs included), both net models and
 * objectives, and a random mix of every constraint type, unknown ids included.
 */
export function randomPortfolio(
  rng: Prng,
  maxPartners = 14,
): { portfolio: Portfolio; scores: number[] } {
  const n = rng.int(1, maxPartners);
  const ids = Array.from({ length: n }, (_, i) => `q${i}`);
  const resources = rng.next() < 0.5 ? ['budget'] : ['budget', 'staff'];
  const seed = rng.next() < 0.2;
  const partners = ids.map((id) =>
    partner(id, {
      kind: rng.pick(PARTNER_KINDS),
      cost: randomDistribution(rng, 0, 4),
      return: randomDistribution(rng, 0, 6),
      uses: Object.fromEntries(resources.map((r) => [r, rng.next() < 0.2 ? 0 : rng.int(1, 10)])),
      offers: OFFERS.filter(() => rng.next() < 0.25),
      ...(seed ? { alpha: rng.next(), beta: rng.next() * 0.5 } : {}),
    }),
  );
  const capacities = Object.fromEntries(
    resources.map((r) => {
      const total = partners.reduce((s, p) => s + (p.uses[r] ?? 0), 0);
      return [r, Math.floor(total * (0.2 + 0.7 * rng.next()))];
    }),
  );
  const synergies: [string, string, number][] = [];
  const pairs = rng.int(0, Math.min(20, (n * (n - 1)) / 2 + 1));
  for (let k = 0; k < pairs; k++) {
    const a = rng.pick(ids);
    const b = rng.next() < 0.05 ? a : rng.pick(ids);
    synergies.push([a, b, Math.round((rng.next() * 6 - 3) * 100) / 100]);
  }
  const someId = (): string => (rng.next() < 0.05 ? 'ghost' : rng.pick(ids));
  const pair = (): [string, string] => [rng.pick(ids), rng.pick(ids)];
  const groups: PartnerGroup[] = [];
  if (rng.next() < 0.25) {
    const members = ids.filter(() => rng.next() < 0.4);
    const min = rng.next() < 0.5 ? rng.int(0, 2) : undefined;
    const max = rng.next() < 0.6 ? rng.int(1, 3) : undefined;
    groups.push({
      members,
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    });
  }
  const minPerKind = Object.fromEntries(
    PARTNER_KINDS.filter(() => rng.next() < 0.1).map((k) => [k, rng.next() < 0.7 ? 1 : 2]),
  );
  const result = portfolio({
    partners,
    resources: capacities,
    synergies,
    netModel: seed ? 'seed' : 'net',
    objective: rng.next() < 0.2 ? 'score' : 'net',
    coordinationCost: rng.next() < 0.3 ? Math.round(rng.next() * 100) / 100 : 0,
    constraints: {
      minPerKind,
      ...(rng.next() < 0.3 ? { maxPartners: rng.int(1, n) } : {}),
      exclusive: Array.from({ length: rng.int(0, 2) }, pair),
      requires: Array.from({ length: rng.int(0, 2) }, pair),
      include: rng.next() < 0.15 ? [someId()] : [],
      exclude: rng.next() < 0.15 ? [someId()] : [],
      cover: OFFERS.concat('quantum').filter((o) => rng.next() < (o === 'quantum' ? 0.03 : 0.08)),
      groups,
      ...(rng.next() < 0.2 ? { minScore: rng.next() * 0.5 } : {}),
    },
  });
  return { portfolio: result, scores: ids.map(() => Math.round(rng.next() * 1000) / 1000) };
}

function randomDistribution(rng: Prng, lo: number, hi: number): Distribution {
  const a = lo + (hi - lo) * rng.next();
  const b = a + rng.next() * 2;
  const roll = rng.next();
  if (roll < 0.6) return { kind: 'fixed', value: a };
  if (roll < 0.75) return { kind: 'uniform', min: a, max: b };
  if (roll < 0.9) return { kind: 'triangular', min: a, mode: (a + b) / 2, max: b };
  return { kind: 'pert', min: a, mode: a + (b - a) / 4, max: b };
}

const STATUSES = [
  'candidate',
  'negotiating',
  'active',
  'under-review',
  'exiting',
  'exited',
  'rejected',
] as const;

/**
 * A random portfolio (as above) with the lifecycle on top: statuses (incumbents usually
 * present, excluded ones sometimes named in `include`), exit and onboarding costs as
 * numbers or distributions, and sometimes coordination cost by kind with convex bands.
 */
export function randomLifecyclePortfolio(
  rng: Prng,
  maxPartners = 12,
): { portfolio: Portfolio; scores: number[] } {
  const base = randomPortfolio(rng, maxPartners);
  const partners = base.portfolio.partners.map((p) => {
    const status = rng.pick(STATUSES);
    return {
      ...p,
      ...(status === 'candidate' ? {} : { status }),
      ...(rng.next() < 0.7 ? { exitCost: randomDistribution(rng, 0, 5) } : {}),
      ...(rng.next() < 0.7 ? { onboardingCost: randomDistribution(rng, 0, 2) } : {}),
    };
  });
  const ids = partners.map((p) => p.id);
  const include = [...base.portfolio.constraints.include];
  const out = partners.filter((p) => ['exiting', 'exited', 'rejected'].includes(p.status ?? ''));
  if (out.length > 0 && rng.next() < 0.3) include.push(rng.pick(out).id);
  let coordination = {};
  if (rng.next() < 0.5) {
    const bands: { upTo: number; perPartner: number }[] = [];
    let upTo = 0;
    let rate = 0;
    for (let k = rng.int(1, 3); k > 0; k--) {
      upTo += rng.int(1, Math.max(1, Math.ceil(ids.length / 2)));
      rate += Math.round(rng.next() * 100) / 100;
      bands.push({ upTo, perPartner: rate });
    }
    coordination = {
      coordination: {
        perKind: Object.fromEntries(
          PARTNER_KINDS.filter(() => rng.next() < 0.5).map((k) => [
            k,
            Math.round(rng.next() * 50) / 100,
          ]),
        ),
        overhead: bands,
      },
    };
  }
  return {
    portfolio: {
      ...base.portfolio,
      ...coordination,
      partners,
      constraints: { ...base.portfolio.constraints, include },
    },
    scores: base.scores,
  };
}
