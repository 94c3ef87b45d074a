/**
 * SMAA's answers pinned bit for bit: a digest of the acceptabilities, central weights and
 * confidence factors of seeded runs, taken before the hot loop was optimised (scores as a
 * column-major product, ranks by a bucket sort). A faster kernel must give these same
 * bits; a digest that moves means an answer moved.
 */
import { describe, expect, test } from 'vitest';
import type { Portfolio, Weighting } from '../model/types.js';
import { createRng } from '../simulate/prng.js';
import { type SmaaResult, smaa } from './smaa.js';
import type { SmaaMethod } from './smaa-scorer.js';
import { tablePortfolio } from './test-support/portfolio.js';

/** FNV-1a (32 bits) over the bytes of every array of the result, as 8 hex digits. */
function digest(r: SmaaResult): string {
  let h = 0x811c9dc5;
  for (const a of [r.acceptability, r.central, r.confidence]) {
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const CRITERIA = [
  ['tech', 'benefit'],
  ['market', 'benefit'],
  ['risk', 'cost'],
  ['fit', 'benefit'],
  ['price', 'cost'],
  ['ip', 'benefit'],
] as const;

/**
 * 300 partners on 6 criteria, integer scores 0–10 (so exact ties between equal rows),
 * every tenth partner a copy of the one before it.
 */
function table(weighting: Weighting = { method: 'smaa' }): Portfolio {
  const rng = createRng(77);
  const partners: Record<string, number[]> = {};
  let previous: number[] = [];
  for (let i = 0; i < 300; i++) {
    const row = i % 10 === 9 ? previous : CRITERIA.map(() => Math.floor(rng.next() * 11));
    partners[`p${i}`] = row;
    previous = row;
  }
  return tablePortfolio({
    criteria: CRITERIA.map(([id, kind]) => [id, kind]),
    partners,
    normalization: 'minmax',
    weighting,
  });
}

/**
 * Scores a hair apart: 120 partners whose two criteria differ by 1e-10 (distinct, but
 * equal in single precision) and a few by 1e-14 (ties within SMAA's tolerance).
 */
function nearTies(): Portfolio {
  const partners: Record<string, number[]> = { top: [2, 2], bottom: [0, 0] };
  for (let i = 0; i < 120; i++) {
    const a = 1 + (i % 7 === 0 ? i * 1e-14 : i * 1e-10);
    const b = 1 + (i % 5 === 0 ? (120 - i) * 1e-14 : (120 - i) * 1e-10);
    partners[`q${i}`] = [a, b];
  }
  return tablePortfolio({
    criteria: [
      ['tech', 'benefit'],
      ['market', 'benefit'],
    ],
    partners,
    normalization: 'minmax',
    weighting: { method: 'smaa' },
  });
}

/** The 300-partner table with every seventh partner's tech and risk uncertain. */
function uncertain(): Portfolio {
  const p = table();
  return {
    ...p,
    partners: p.partners.map((x, i) =>
      i % 7 === 0
        ? {
            ...x,
            scoreDistributions: {
              tech: { kind: 'uniform' as const, min: 2, max: 9 },
              risk: { kind: 'triangular' as const, min: 1, mode: 4, max: 8 },
            },
          }
        : x,
    ),
  };
}

const run = (p: Portfolio, method: SmaaMethod, samples: number, seed: number): string => {
  const r = smaa(p, { samples, seed, method });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return digest(r.value);
};

describe('SMAA answers, pinned bit for bit', () => {
  test.each([
    ['weighted-sum', 2_500, 'd0b67ca8'],
    ['topsis', 1_500, '4cee5d89'],
    ['promethee', 1_500, '6785d380'],
    ['vikor', 1_500, 'ddff225c'],
  ] as const)('%s on 300 × 6 with ties, %i samples', (method, samples, pinned) => {
    expect(run(table(), method, samples, 3)).toBe(pinned);
  });

  test('an order and ranges on the weights', () => {
    const p = table({
      method: 'smaa',
      order: ['tech', 'market', 'risk'],
      ranges: { fit: [0.05, 0.3], price: [0, 0.2] },
    });
    expect(run(p, 'weighted-sum', 2_100, 5)).toBe('e8651d0f');
  });

  test('scores a hair apart and ties within the tolerance', () => {
    expect(run(nearTies(), 'weighted-sum', 2_000, 11)).toBe('6dd8d3d8');
    expect(run(nearTies(), 'promethee', 1_100, 12)).toBe('061fb84e');
  });

  test('uncertain scores', () => {
    expect(run(uncertain(), 'weighted-sum', 1_100, 13)).toBe('c3346f43');
    expect(run(uncertain(), 'topsis', 600, 14)).toBe('4645f4fa');
  });
});
