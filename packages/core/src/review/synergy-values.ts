/**
 * A starting coalition table from a portfolio's synergy model, v(T) = Σ net_i + Σ s_ij,
 * for the user to inspect and correct before `fairShareReport` (the synergy model is
 * often only a first guess at what coalitions are worth).
 */
import { buildSynergyTable, type Synergy } from '../games/synergy-game.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';

/**
 * A keyed table is for people to read and edit: past 16 players (65,536 coalitions) use the
 * synergy game itself (`analyzeGame` with kind `synergy`), whose Shapley value is exact
 * for any number of players.
 */
export const MAX_COALITION_TABLE_PLAYERS = 16;

export interface SynergyModel {
  readonly players: readonly string[];
  /** Each player's stand-alone net value. */
  readonly net: Readonly<Record<string, number>>;
  /** Extra value when both `a` and `b` are in (negative for friction). */
  readonly synergies: readonly { readonly a: string; readonly b: string; readonly value: number }[];
}

/** Keys as in game files: members in `players` order joined by commas, "" for nobody. */
export function synergyCoalitionValues(model: SynergyModel): Result<Record<string, number>> {
  const { players } = model;
  const n = players.length;
  if (n > MAX_COALITION_TABLE_PLAYERS) {
    return fail([
      {
        code: 'too_many_players',
        path: ['players'],
        message: `a coalition table of ${n} players has 2^${n} rows; at most ${MAX_COALITION_TABLE_PLAYERS} players are tabulated, so analyse the synergy game directly`,
      },
    ]);
  }
  const issues: Issue[] = [];
  const index = new Map(players.map((p, i) => [p, i]));
  const net = players.map((p, i) => {
    const x = model.net[p];
    if (x === undefined || !Number.isFinite(x)) {
      issues.push({
        code: 'missing_net',
        path: ['net', p],
        message: `player \`${p}\` has no finite stand-alone net value; add one`,
      });
    }
    if (players.indexOf(p) !== i) {
      issues.push({
        code: 'duplicate_player',
        path: ['players', i],
        message: `player \`${p}\` is listed twice`,
      });
    }
    if (p.includes(',')) {
      issues.push({
        code: 'invalid_player_name',
        path: ['players', i],
        message: `player \`${p}\` contains a comma, which separates members in coalition keys; rename it`,
      });
    }
    return x ?? 0;
  });
  const synergies: Synergy[] = [];
  model.synergies.forEach((s, k) => {
    const i = index.get(s.a);
    const j = index.get(s.b);
    if (i === undefined || j === undefined || i === j || !Number.isFinite(s.value)) {
      issues.push({
        code: 'invalid_synergy',
        path: ['synergies', k],
        message: `synergy ${s.a}–${s.b} (${s.value}) needs two different players from the list and a finite value`,
      });
    } else synergies.push({ i, j, value: s.value });
  });
  if (issues.length > 0) return fail(issues);
  const table = buildSynergyTable(net, synergies);
  if (!table.ok) return table;
  const values: Record<string, number> = {};
  table.value.forEach((v, mask) => {
    values[players.filter((_, i) => mask & (1 << i)).join(',')] = v;
  });
  return ok(values);
}
