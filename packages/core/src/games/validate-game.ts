/** Checks a `GameDefinition` before any computation; paths are relative to the game. */
import type { Issue } from '../util/issues.js';
import type { GameDefinition } from './types.js';

function checkNumbers(
  issues: Issue[],
  field: string,
  values: ArrayLike<number>,
  expected: number,
  nonNegative: boolean,
): void {
  if (values.length !== expected) {
    issues.push({
      code: 'length_mismatch',
      path: [field],
      message: `\`${field}\` has ${values.length} entries but the game needs ${expected}`,
    });
    return;
  }
  for (let k = 0; k < values.length; k++) {
    const x = values[k] ?? Number.NaN;
    if (!Number.isFinite(x) || (nonNegative && x < 0)) {
      issues.push({
        code: 'invalid_number',
        path: [field, k],
        message: `${field}[${k}] is ${x}; it must be a finite number${nonNegative ? ' ≥ 0' : ''}`,
      });
    }
  }
}

export function validateGame(game: GameDefinition): Issue[] {
  const issues: Issue[] = [];
  const n = game.players.length;
  const seen = new Set<string>();
  game.players.forEach((p, k) => {
    if (p === '' || seen.has(p)) {
      issues.push({
        code: p === '' ? 'empty_player' : 'duplicate_player',
        path: ['players', k],
        message: p === '' ? 'a player needs a non-empty id' : `player \`${p}\` is listed twice`,
      });
    }
    seen.add(p);
  });
  switch (game.kind) {
    case 'table':
      if (n > 30) {
        issues.push({
          code: 'too_many_players',
          path: ['players'],
          message: `a value table of ${n} players would hold 2^${n} numbers; give the game another way (synergies, weights, costs)`,
        });
        break;
      }
      checkNumbers(issues, 'values', game.values, 2 ** n, false);
      if (game.values.length > 0 && game.values[0] !== 0) {
        issues.push({
          code: 'empty_coalition_value',
          path: ['values', 0],
          message: `the empty coalition is worth ${game.values[0]}; it must be worth 0`,
        });
      }
      break;
    case 'weightedVoting':
      checkNumbers(issues, 'weights', game.weights, n, true);
      if (!Number.isFinite(game.quota) || game.quota <= 0) {
        issues.push({
          code: 'invalid_quota',
          path: ['quota'],
          message: `the quota is ${game.quota}; it must be a positive finite number`,
        });
      }
      break;
    case 'airport':
      checkNumbers(issues, 'costs', game.costs, n, true);
      break;
    case 'synergy':
      checkNumbers(issues, 'net', game.net, n, false);
      game.synergies.forEach((s, k) => {
        const bad = [s.i, s.j].some((p) => !Number.isInteger(p) || p < 0 || p >= n) || s.i === s.j;
        if (bad) {
          issues.push({
            code: 'invalid_pair',
            path: ['synergies', k],
            message: `synergy ${k + 1} joins players ${s.i} and ${s.j}; it needs two different player indices below ${n}`,
          });
        }
        if (!Number.isFinite(s.value)) {
          issues.push({
            code: 'invalid_number',
            path: ['synergies', k, 'value'],
            message: `synergy ${k + 1} is ${s.value}; it must be a finite number`,
          });
        }
      });
      break;
  }
  return issues;
}
