import { describe, expect, test } from 'vitest';
import { createRng } from '../simulate/prng.js';
import { sameScore } from './order-ranks.js';
import { rankScores, rankScratch, ranksFirst } from './smaa-ranks.js';

/** The definition: how many scores beat x (higher and not equal within the tolerance). */
function reference(scores: Float64Array): number[] {
  return [...scores].map((x) => [...scores].filter((y) => y > x && !sameScore(x, y)).length);
}

function ranksOf(scores: Float64Array): number[] {
  const scratch = rankScratch(scores.length);
  rankScores(scores, scores.length, scratch);
  return [...scratch.ranks];
}

describe('SMAA ranks (bucket order, radix or native fallback, two pointers)', () => {
  test('random scores of both signs and magnitudes: the definition, rank by rank', () => {
    const rng = createRng(5);
    for (const m of [1, 2, 7, 300, 1000]) {
      const scores = Float64Array.from(
        { length: m },
        () => (rng.next() - 0.3) * 10 ** (6 * rng.next() - 3),
      );
      expect(ranksOf(scores)).toStrictEqual(reference(scores));
    }
  });

  test('ties, near-ties below the tolerance and scores equal to 7 digits share or split ranks as defined', () => {
    const scores = Float64Array.of(
      0.5,
      0.5 + 1e-14,
      0.25,
      0.5,
      0.5000001,
      0,
      -0,
      0.5000001 + 2e-9,
      1,
    );
    expect(ranksOf(scores)).toStrictEqual(reference(scores));
    expect(ranksOf(scores)).toStrictEqual([3, 3, 6, 3, 2, 7, 7, 1, 0]);
  });

  test('scores crowded into one bucket by an outlier fall back to the radix sort and still agree', () => {
    const rng = createRng(8);
    // Six decades below an outlier at 10¹²: the bucket grid puts all but it in bucket 0.
    const scores = Float64Array.from({ length: 500 }, () => 10 ** (6 * rng.next()));
    scores[17] = 1e12;
    expect(ranksOf(scores)).toStrictEqual(reference(scores));
  });

  test('many scores colliding in 32 bits fall back to the native sort and still agree', () => {
    const rng = createRng(9);
    // 500 scores within 1e-9 of each other (each 32-bit key collides, each double
    // differs), crowded into one bucket by an outlier.
    const scores = Float64Array.from({ length: 500 }, () => 0.7 + 1e-9 * rng.next());
    scores[3] = 5;
    expect(ranksOf(scores)).toStrictEqual(reference(scores));
    // The same without the outlier: spread over the buckets, sorted by the first path.
    scores[3] = 0.7;
    expect(ranksOf(scores)).toStrictEqual(reference(scores));
  });

  test('first or not, in one pass: what the ranks say, on ties, near-ties, both signs and non-finite scores', () => {
    const rng = createRng(11);
    const cases: Float64Array[] = [
      Float64Array.of(0.5, 0.5 + 1e-14, 0.25, 0.5, 0.5000001, 0, -0, 0.5000001 + 2e-9, 1),
      Float64Array.of(1, 1 + 1e-13, 1 - 1e-13, 0.3),
      Float64Array.of(-2, -2 - 1e-12, -3, -2 + 3e-12),
      Float64Array.of(1e-13, 0, -1e-13, 2e-12),
      Float64Array.of(Number.NaN, 0.4, 0.4),
      Float64Array.of(Number.POSITIVE_INFINITY, 0.4, Number.POSITIVE_INFINITY),
      Float64Array.of(Number.NEGATIVE_INFINITY, -1e300, -1e300),
    ];
    for (let c = 0; c < 200; c++) {
      // Scores crowded near the top: most partners are within a few tolerances of it.
      const m = 1 + Math.floor(rng.next() * 40);
      const top = (rng.next() - 0.5) * 10 ** (8 * rng.next() - 4);
      const step = Math.max(Math.abs(top), 1) * 1e-12;
      cases.push(Float64Array.from({ length: m }, () => top - step * Math.floor(rng.next() * 4)));
    }
    let firsts = 0;
    for (const scores of cases) {
      const ranks = ranksOf(scores);
      const scratch = rankScratch(scores.length);
      scores.forEach((_, i) => {
        expect(ranksFirst(scores, scores.length, i, scratch)).toBe(ranks[i] === 0);
        if (ranks[i] === 0) firsts++;
      });
    }
    // Not trivially true: many partners share first place, many do not.
    expect(firsts).toBeGreaterThan(500);
  });

  test('ranks go where the caller says', () => {
    const out = new Int32Array(8).fill(-1);
    rankScores(Float64Array.of(0.2, 0.9, 0.5), 3, rankScratch(3), out, 4);
    expect([...out]).toStrictEqual([-1, -1, -1, -1, 2, 0, 1, -1]);
  });
});
