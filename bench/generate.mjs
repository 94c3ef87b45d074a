/**
 * Seeded generators for the benchmarks: synthetic portfolios built directly as core
 * `Portfolio` objects (no spec parsing in the timings), and small helpers for the games.
 * The generator has its own PRNG (mulberry32) so that the instances stay the same when
 * core's Monte Carlo generator changes: a benchmark compares like with like over time.
 */

/** mulberry32: 32-bit state, good enough for building instances, stable forever. */
export function createGeneratorRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor((hi - lo + 1) * next()),
    pick: (items) => items[Math.floor(items.length * next())],
  };
}

const KINDS = ['academic', 'enterprise', 'government', 'other'];

/** Six criteria, two of them costs, weights summing to 1. */
const CRITERIA = [
  { id: 'tech', name: 'Technical strength', kind: 'benefit', weight: 0.25 },
  { id: 'market', name: 'Market potential', kind: 'benefit', weight: 0.2 },
  { id: 'resources', name: 'Resource support', kind: 'benefit', weight: 0.15 },
  { id: 'fit', name: 'Strategic fit', kind: 'benefit', weight: 0.15 },
  { id: 'risk', name: 'IP risk', kind: 'cost', weight: 0.15 },
  { id: 'effort', name: 'Coordination effort', kind: 'cost', weight: 0.1 },
];

const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Triangular distribution around `center`: min, mode and max spread by the rng. */
function triangular(rng, center) {
  const min = round(center * rng.uniform(0.55, 0.9), 2);
  const mode = round(center * rng.uniform(0.9, 1.1), 2);
  const max = round(center * rng.uniform(1.15, 1.8), 2);
  return { kind: 'triangular', min, mode, max };
}

/**
 * A portfolio of n candidate partners: 4 kinds, 6 criteria scores, triangular cost and
 * return (returns a little above costs on average, so most but not all partners pay off),
 * uses of budget and staff with capacities at about 30% of the total, about `pairsPerPartner`·n
 * synergy pairs of either sign (fixed values: the optimizer reads expected values, and
 * the Monte Carlo then draws only the partners' own cost and return), a floor per kind
 * and a cap on the number of partners.
 */
export function generatePortfolio(n, seed, options = {}) {
  const rng = createGeneratorRng(seed);
  const pairsPerPartner = options.pairsPerPartner ?? 3;
  const width = String(n - 1).length;
  const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(width, '0')}`);
  const partners = ids.map((id, i) => {
    const kind = rng.pick(KINDS);
    const cost = rng.uniform(5, 50);
    const ret = cost * rng.uniform(0.75, 1.45);
    const scores = {};
    for (const c of CRITERIA) scores[c.id] = round(rng.uniform(1, 10), 1);
    return {
      id,
      name: `Partner ${i}`,
      kind,
      domains: [],
      offers: [],
      scores,
      cost: triangular(rng, cost),
      return: triangular(rng, ret),
      uses: { budget: Math.round(cost * rng.uniform(0.6, 1.4)), staff: rng.int(0, 4) },
    };
  });
  const synergies = [];
  const seen = new Set();
  const target = Math.min(pairsPerPartner * n, (n * (n - 1)) / 2);
  while (synergies.length < target) {
    const a = rng.int(0, n - 1);
    const b = rng.int(0, n - 1);
    const key = a < b ? a * n + b : b * n + a;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    // Two in three pairs help, one in three get in each other's way.
    const value = round(rng.next() < 2 / 3 ? rng.uniform(0.5, 8) : -rng.uniform(0.5, 8), 2);
    synergies.push({ between: [ids[a], ids[b]], value: { kind: 'fixed', value } });
  }
  const total = (r) => partners.reduce((s, p) => s + (p.uses[r] ?? 0), 0);
  const floor = Math.max(1, Math.round(n / 100));
  return {
    organization: 'Bench AI',
    unit: 'points',
    netModel: 'net',
    criteria: CRITERIA,
    weighting: { method: 'direct' },
    normalization: 'vector',
    resources: {
      budget: Math.floor(total('budget') * 0.3),
      staff: Math.floor(total('staff') * 0.3),
    },
    partners,
    synergies,
    constraints: {
      minPerKind: { academic: floor * 2, enterprise: floor * 2, government: floor },
      maxPartners: Math.max(5, Math.floor(n / 4)),
      exclusive: [],
      requires: [],
      include: [],
      exclude: [],
      cover: [],
      groups: [],
    },
    objective: 'net',
    coordinationCost: 1,
  };
}

/** Net contributions and synergy pairs (by index) of a small synergy game of n players. */
export function generateSynergyGame(n, seed, pairsPerPlayer = 3) {
  const rng = createGeneratorRng(seed);
  const net = Array.from({ length: n }, () => round(rng.uniform(-5, 20), 3));
  const synergies = [];
  const seen = new Set();
  const target = Math.min(pairsPerPlayer * n, (n * (n - 1)) / 2);
  while (synergies.length < target) {
    const i = rng.int(0, n - 1);
    const j = rng.int(0, n - 1);
    const key = i < j ? i * n + j : j * n + i;
    if (i === j || seen.has(key)) continue;
    seen.add(key);
    synergies.push({ i, j, value: round(rng.uniform(-4, 8), 3) });
  }
  return { net, synergies };
}

/** An m×n row-major matrix of raw criteria scores in [0, 100), rounded to 0.01. */
export function generateScoreMatrix(m, n, seed) {
  const rng = createGeneratorRng(seed);
  const values = new Float64Array(m * n);
  for (let k = 0; k < values.length; k++) values[k] = round(rng.uniform(0, 100), 2);
  return values;
}
