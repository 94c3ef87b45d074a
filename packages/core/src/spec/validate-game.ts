import type { GameDefinition } from '../games/types.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { GAME_FORMS, type GameSpec, gameSchema } from './game-schema.js';
import { buildTable } from './game-table.js';
import { fieldOf, isRecord, listOf, stringOf } from './raw.js';
import { validateWithSchema } from './validate-schema.js';

/** Validates a game file already read into plain data (issues carry paths, no positions). */
export function validateGameDocument(document: unknown): Result<GameDefinition> {
  if (document === null || document === undefined) {
    return fail([
      {
        code: 'empty_document',
        path: [],
        message:
          'the game file is empty; list `players` and one of `values`, `weightedVoting`, `airport`',
      },
    ]);
  }
  const schema = validateWithSchema(gameSchema, document);
  const issues: Issue[] = [
    ...(schema.ok ? [] : schema.issues),
    ...checkPlayers(document),
    ...checkForm(document),
  ];
  if (!schema.ok || issues.length > 0) return fail(issues);
  return toGame(schema.data);
}

function checkPlayers(document: unknown): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  listOf(fieldOf(document, 'players')).forEach((value, index) => {
    const player = stringOf(value);
    if (player === undefined) return;
    if (seen.has(player)) {
      issues.push({
        code: 'duplicate_player',
        path: ['players', index],
        message: `player \`${player}\` is listed twice; list each player once`,
      });
    }
    seen.add(player);
  });
  return issues;
}

function checkForm(document: unknown): Issue[] {
  if (!isRecord(document)) return [];
  const given = GAME_FORMS.filter((form) => Object.hasOwn(document, form));
  if (given.length === 1) return [];
  return [
    {
      code: 'game_form',
      path: given.length === 0 ? [] : [given[1] ?? ''],
      message:
        given.length === 0
          ? 'a game file needs one of `values`, `weightedVoting` or `airport`'
          : `a game file has one form, but ${given.map((f) => `\`${f}\``).join(' and ')} are given; keep one`,
    },
  ];
}

function toGame(spec: GameSpec): Result<GameDefinition> {
  const { players } = spec;
  const lengthIssue = (path: (string | number)[], length: number): Issue[] =>
    length === players.length
      ? []
      : [
          {
            code: 'length_mismatch',
            path,
            message: `has ${length} entries but there are ${players.length} players; give one per player, in \`players\` order`,
          },
        ];
  if (spec.values !== undefined) {
    const table = buildTable(players, spec.values);
    if (!table.ok) return fail(table.issues);
    return ok({ kind: 'table', players, values: table.values, type: spec.type ?? 'profit' });
  }
  const warnings: Issue[] =
    spec.type === undefined
      ? []
      : [
          {
            code: 'ignored_field',
            path: ['type'],
            message: '`type` applies only to `values` tables and is ignored here; remove it',
          },
        ];
  if (spec.weightedVoting !== undefined) {
    const { quota, weights } = spec.weightedVoting;
    const issues = lengthIssue(['weightedVoting', 'weights'], weights.length);
    return issues.length > 0
      ? fail(issues)
      : ok({ kind: 'weightedVoting', players, quota, weights }, warnings);
  }
  const costs = spec.airport?.costs ?? [];
  const issues = lengthIssue(['airport', 'costs'], costs.length);
  return issues.length > 0 ? fail(issues) : ok({ kind: 'airport', players, costs }, warnings);
}
