/**
 * Is a partnership's fixed split fair? Compares an agreed split of v(N) with the Shapley
 * value of the coalition table the user filled, and asks whether either is in the core
 * (no group of partners would do better alone). The games engine does the work:
 * `buildTable` reads the game-file table, `analyzeGame` computes Shapley (exact, or
 * sampled with 95% intervals beyond `deps.exactLimit`) and the core.
 */
import { analyzeGame } from '../games/analyze-game.js';
import { shapleyInTableCore } from '../games/core-check.js';
import type { AnalyzeDeps } from '../games/game-analysis.js';
import type { GameType } from '../games/types.js';
import { buildTable } from '../spec/game-table.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import type { Message } from '../util/message.js';

/** Fractions of a fixed split must add up to 1 within this. */
export const SPLIT_TOLERANCE = 1e-9;

export interface FairShareInput {
  readonly players: readonly string[];
  /**
   * v(T) for every coalition, keyed as in game files: members in `players` order joined by
   * commas, "" for the empty one (`{ "": 0, a: 10, b: 5, "a,b": 20 }`).
   */
  readonly values: Readonly<Record<string, number>>;
  /** `cost`: v(T) is what T pays, and shares are costs. Default `profit`. */
  readonly type?: GameType;
  /** The agreed split: player → fraction of v(N); players left out get 0. */
  readonly fixedSplit?: Readonly<Record<string, number>>;
}

export interface FairShareRow {
  readonly player: string;
  readonly shapley: number;
  /** 95% interval, only when the Shapley value was sampled. */
  readonly ci?: readonly [number, number];
  readonly fraction?: number;
  /** fraction × v(N). */
  readonly fixed?: number;
  /** fixed − shapley: positive when the fixed split gives (or, in a cost game, charges) more. */
  readonly difference?: number;
}

export interface FairShareReport {
  readonly type: GameType;
  /** v(N), what the grand coalition earns (or pays). */
  readonly total: number;
  readonly exact: boolean;
  readonly samples?: number;
  readonly rows: readonly FairShareRow[];
  readonly core: {
    readonly nonEmpty: boolean | null;
    readonly shapleyInCore: boolean | null;
    /** null without a fixed split, or when the game was too large to check every coalition. */
    readonly fixedInCore: boolean | null;
    readonly method: string;
    readonly reason?: string;
    /** `reason` as a code, for other languages. */
    readonly because?: Message;
  };
}

function splitIssues(players: readonly string[], split: Readonly<Record<string, number>>): Issue[] {
  const issues: Issue[] = [];
  let sum = 0;
  for (const [player, f] of Object.entries(split)) {
    if (!players.includes(player)) {
      issues.push({
        code: 'unknown_player',
        path: ['fixedSplit', player],
        message: `the split names \`${player}\`, who is not among the players (${players.join(', ')})`,
      });
    } else if (!Number.isFinite(f) || f < 0 || f > 1) {
      issues.push({
        code: 'invalid_fraction',
        path: ['fixedSplit', player],
        message: `${player}'s share is ${f}; a share is a fraction from 0 to 1`,
      });
    } else sum += f;
  }
  if (issues.length === 0 && Math.abs(sum - 1) > SPLIT_TOLERANCE) {
    issues.push({
      code: 'split_sum',
      path: ['fixedSplit'],
      message: `the shares add up to ${sum}, not 1; a split divides the whole of v(N)`,
    });
  }
  return issues;
}

export async function fairShareReport(
  input: FairShareInput,
  deps: AnalyzeDeps,
): Promise<Result<FairShareReport>> {
  const { players, fixedSplit } = input;
  const type = input.type ?? 'profit';
  const duplicate = players.findIndex((p, i) => players.indexOf(p) !== i);
  if (duplicate >= 0) {
    return fail([
      {
        code: 'duplicate_player',
        path: ['players', duplicate],
        message: `player \`${players[duplicate]}\` is listed twice`,
      },
    ]);
  }
  const table = buildTable(players, input.values);
  const issues = [
    ...(table.ok ? [] : table.issues),
    ...(fixedSplit === undefined ? [] : splitIssues(players, fixedSplit)),
  ];
  if (!table.ok || issues.length > 0) return fail(issues);

  const analysis = await analyzeGame({ kind: 'table', players, values: table.values, type }, deps);
  if (!analysis.ok) return analysis;
  const a = analysis.value;
  const total = table.values[table.values.length - 1] ?? 0;
  const fixed = players.map((p) => (fixedSplit?.[p] ?? 0) * total);
  const rows = players.map((player, i): FairShareRow => {
    const shapley = a.shapley[player] ?? 0;
    const ci = a.ci?.[player];
    const share = fixed[i] ?? 0;
    return {
      player,
      shapley,
      ...(ci === undefined ? {} : { ci }),
      ...(fixedSplit === undefined
        ? {}
        : { fraction: fixedSplit[player] ?? 0, fixed: share, difference: share - shapley }),
    };
  });
  // Beyond the exact limit the core was not checked either; keep the answers consistent.
  const fixedInCore =
    fixedSplit === undefined || !a.exact
      ? null
      : shapleyInTableCore(table.values, players.length, type, fixed);
  return ok(
    {
      type,
      total,
      exact: a.exact,
      ...(a.samples === undefined ? {} : { samples: a.samples }),
      rows,
      core: { ...a.core, fixedInCore },
    },
    analysis.warnings,
  );
}
