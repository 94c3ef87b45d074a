import { describe, expect, test } from 'vitest';
import { createRng } from '../simulate/prng.js';
import { sameScore } from './order-ranks.js';
import { rankScores, rankScratch } from './smaa-ranks.js';

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

  test('ranks go where the caller says', () => {
    const out = new Int32Array(8).fill(-1);
    rankScores(Float64Array.of(0.2, 0.9, 0.5), 3, rankScratch(3), out, 4);
    expect([...out]).toStrictEqual([-1, -1, -1, -1, 2, 0, 1, -1]);
  });
});
