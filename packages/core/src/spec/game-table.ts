import type { Issue } from '../util/issues.js';
import { didYouMean } from './edit-distance.js';

/** 2^25 coalitions (256 MiB of values) is as far as an explicit table goes. */
export const MAX_TABLE_PLAYERS = 25;
const MAX_LISTED_MISSING = 10;

export type TableOutcome =
  | { readonly ok: true; readonly values: Float64Array }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const keyOf = (players: readonly string[], mask: number): string =>
  players.filter((_, i) => mask & (1 << i)).join(',');

/**
 * Reads `values` keyed "a,b" into v indexed by bitmask (bit i = players[i]). Spaces
 * after commas are tolerated; order must follow `players` so that each coalition has
 * exactly one spelling.
 */
export function buildTable(
  players: readonly string[],
  values: Readonly<Record<string, number>>,
): TableOutcome {
  const n = players.length;
  if (n > MAX_TABLE_PLAYERS) {
    return fail([
      {
        code: 'too_many_players',
        path: ['players'],
        message: `a table game lists every coalition, which stops at ${MAX_TABLE_PLAYERS} players (this has ${n}); use \`weightedVoting\` or \`airport\`, or fewer players`,
      },
    ]);
  }
  const issues: Issue[] = [];
  players.forEach((player, i) => {
    if (player.includes(',')) {
      issues.push({
        code: 'invalid_player_name',
        path: ['players', i],
        message: `player \`${player}\` contains a comma, which separates members in \`values\` keys; rename it`,
      });
    }
  });
  if (issues.length > 0) return fail(issues);

  const index = new Map(players.map((player, i) => [player, i]));
  const byMask = new Map<number, number>();
  for (const [key, value] of Object.entries(values)) {
    const issue = (code: string, message: string) =>
      issues.push({ code, path: ['values', key], message });
    const members = key.trim() === '' ? [] : key.split(',').map((m) => m.trim());
    let mask = 0;
    let readable = true;
    for (const member of members) {
      const i = index.get(member);
      if (i === undefined) {
        issue(
          'unknown_coalition',
          `coalition "${key}" names \`${member}\`, which is not in \`players\`${didYouMean(member, players)}`,
        );
        readable = false;
      } else if (mask & (1 << i)) {
        issue(
          'invalid_coalition',
          `coalition "${key}" names \`${member}\` twice; name each member once`,
        );
        readable = false;
      } else {
        mask |= 1 << i;
      }
    }
    if (readable && members.length > 0 && members.join(',') !== keyOf(players, mask)) {
      issue(
        'misordered_coalition',
        `coalition "${key}" must list its members in \`players\` order: write "${keyOf(players, mask)}"`,
      );
    } else if (readable && byMask.has(mask)) {
      issue(
        'duplicate_coalition',
        `coalition "${key}" is given twice (spelt differently); keep one`,
      );
    } else if (readable) {
      byMask.set(mask, value);
    }
  }
  const missing = (1 << n) - byMask.size;
  if (missing > 0 && issues.length === 0) {
    let listed = 0;
    for (let mask = 0; mask < 1 << n && listed < MAX_LISTED_MISSING; mask++) {
      if (byMask.has(mask)) continue;
      const key = keyOf(players, mask);
      issues.push({
        code: 'missing_coalition',
        path: ['values', key],
        message: `coalition "${key}" has no value; a table game gives v(T) for every one of the ${1 << n} coalitions, so add "${key}": <number>`,
      });
      listed++;
    }
    if (missing > listed) {
      issues.push({
        code: 'missing_coalition',
        path: ['values'],
        message: `${missing - listed} more coalitions have no value; list all ${1 << n} subsets of \`players\``,
      });
    }
  }
  const empty = byMask.get(0);
  if (empty !== undefined && empty !== 0) {
    issues.push({
      code: 'nonzero_empty_coalition',
      path: ['values', ''],
      message: `the empty coalition "" is worth ${empty}; it must be worth 0`,
    });
  }
  if (issues.length > 0) return fail(issues);
  const table = new Float64Array(1 << n);
  for (const [mask, value] of byMask) table[mask] = value;
  return { ok: true, values: table };
}

const fail = (issues: readonly Issue[]): TableOutcome => ({ ok: false, issues });
