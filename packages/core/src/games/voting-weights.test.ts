import { describe, expect, it } from 'vitest';
import { grandCoalitionWins, toIntegerVotingGame, vetoPlayers } from './voting-weights.js';

const game = (quota: number, weights: number[]) => {
  const r = toIntegerVotingGame(quota, weights);
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r;
};

describe('toIntegerVotingGame', () => {
  it('divides by the gcd and rounds the quota up', () => {
    expect(game(51, [20, 40, 60]).value).toEqual({ quota: 3, weights: [1, 2, 3] });
    expect(game(4.5, [1, 2, 3]).value).toEqual({ quota: 5, weights: [1, 2, 3] });
  });

  it('scales decimal weights by a power of ten, with a warning', () => {
    const r = game(0.5, [0.25, 0.5, 0.1]);
    // ×100 → [25, 50, 10], quota 50; gcd 5 → [5, 10, 2], quota 10.
    expect(r.value).toEqual({ quota: 10, weights: [5, 10, 2] });
    expect(r.warnings.map((w) => w.code)).toEqual(['weights_scaled']);
  });

  it('refuses weights that no power of ten up to 10^6 makes integer, and bad numbers', () => {
    const irrational = toIntegerVotingGame(1, [Math.SQRT2, 1]);
    expect(irrational.ok ? null : irrational.issues[0]?.code).toBe('non_integer_weights');
    const bad = toIntegerVotingGame(0, [-1, Number.NaN]);
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_quota', ['quota']],
      ['invalid_weight', ['weights', 0]],
      ['invalid_weight', ['weights', 1]],
    ]);
  });
});

describe('veto players', () => {
  it('are the players without whom the rest cannot reach the quota', () => {
    expect(vetoPlayers(game(5, [3, 1, 1, 1]).value)).toEqual([0]);
    expect(vetoPlayers(game(2, [1, 1, 1]).value)).toEqual([]);
    expect(vetoPlayers(game(3, [1, 1, 1]).value)).toEqual([0, 1, 2]);
    expect(grandCoalitionWins(game(4, [1, 1, 1]).value)).toBe(false);
    expect(vetoPlayers(game(4, [1, 1, 1]).value)).toEqual([]);
  });
});
