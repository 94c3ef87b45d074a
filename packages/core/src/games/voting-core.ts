/**
 * The core of a weighted voting game, analytically for any number of players (any real
 * weights). In a simple game the core is the set of splits of the 1 among veto players,
 * so it is non-empty iff some player is in every winning coalition. The Shapley value is
 * in it iff every other player is a null player, which holds iff the veto players win on
 * their own (then v(T) = 1 exactly when T contains them all: a unanimity game).
 */

import type { CoreCheck } from './core-check.js';
import { coreReason } from './core-reason.js';

export function votingCore(quota: number, weights: readonly number[]): CoreCheck {
  const total = weights.reduce((a, b) => a + b, 0);
  const method = 'analytic: veto players of a simple game';
  if (total < quota) {
    return {
      nonEmpty: true,
      shapleyInCore: true,
      method,
      ...coreReason('games.core.voting_zero'),
      allocation: weights.map(() => 0),
    };
  }
  const veto = weights.flatMap((w, i) => (total - w < quota ? [i] : []));
  if (veto.length === 0) {
    return {
      nonEmpty: false,
      shapleyInCore: false,
      method,
      ...coreReason('games.core.no_veto'),
    };
  }
  const vetoWeight = veto.reduce((a, i) => a + (weights[i] ?? 0), 0);
  const vetoWins = vetoWeight >= quota;
  return {
    nonEmpty: true,
    shapleyInCore: vetoWins,
    method,
    ...coreReason(vetoWins ? 'games.core.veto_wins' : 'games.core.veto_needs_others'),
    allocation: weights.map((_, i) => (i === veto[0] ? 1 : 0)),
  };
}
