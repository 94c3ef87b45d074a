/**
 * The core of a weighted voting game, analytically for any number of players (any real
 * weights). In a simple game the core is the set of splits of the 1 among veto players,
 * so it is non-empty iff some player is in every winning coalition. The Shapley value is
 * in it iff every other player is a null player, which holds iff the veto players win on
 * their own (then v(T) = 1 exactly when T contains them all: a unanimity game).
 */
import type { CoreCheck } from './core-check.js';

export function votingCore(quota: number, weights: readonly number[]): CoreCheck {
  const total = weights.reduce((a, b) => a + b, 0);
  const method = 'analytic: veto players of a simple game';
  if (total < quota) {
    return {
      nonEmpty: true,
      shapleyInCore: true,
      method,
      reason: 'no coalition wins, so the game is zero and its core is the zero allocation',
      allocation: weights.map(() => 0),
    };
  }
  const veto = weights.flatMap((w, i) => (total - w < quota ? [i] : []));
  if (veto.length === 0) {
    return {
      nonEmpty: false,
      shapleyInCore: false,
      method,
      reason: 'no veto player: every player can be left out of some winning coalition',
    };
  }
  const vetoWeight = veto.reduce((a, i) => a + (weights[i] ?? 0), 0);
  const vetoWins = vetoWeight >= quota;
  return {
    nonEmpty: true,
    shapleyInCore: vetoWins,
    method,
    reason: vetoWins
      ? 'the veto players win on their own, so everyone else is a null player'
      : 'the veto players need others to win, and those others get Shapley value > 0 but nothing in the core',
    allocation: weights.map((_, i) => (i === veto[0] ? 1 : 0)),
  };
}
