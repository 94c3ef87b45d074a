import { describe, expect, test } from 'vitest';
import { isSpecLike, parseGameOrSpecText, parseGameText } from './parse-game.js';
import { accepted, col, issueAt, issuesOf, lines } from './test-support/issues.js';

const parse = (text: string) => issuesOf(parseGameText(text, { file: 'game.yaml' }));

describe('table games', () => {
  test('values are indexed by bitmask, bit i = players[i]', () => {
    const text = lines(
      'players: [a, b, c]',
      'values:',
      '  "": 0',
      '  a: 1',
      '  b: 2',
      '  c: 4',
      '  a,b: 10',
      '  a,c: 20',
      '  "b, c": 40',
      '  a,b,c: 100',
    );
    const game = accepted(parseGameText(text));
    expect(game.kind).toBe('table');
    if (game.kind !== 'table') return;
    expect(game.players).toStrictEqual(['a', 'b', 'c']);
    expect(game.type).toBe('profit');
    expect([...game.values]).toStrictEqual([0, 1, 2, 10, 4, 20, 40, 100]);
  });

  test('`type: cost` and JSON input', () => {
    const json = JSON.stringify({
      players: ['x', 'y'],
      type: 'cost',
      values: { '': 0, x: 3, y: 4, 'x,y': 6 },
    });
    const game = accepted(parseGameText(json, { format: 'json' }));
    expect(game).toMatchObject({ kind: 'table', type: 'cost' });
    expect(game.kind === 'table' && [...game.values]).toStrictEqual([0, 3, 4, 6]);
  });

  test('a missing coalition is named, at the values mapping', () => {
    const issues = parse(lines('players: [a, b]', 'values: { "": 0, a: 1, b: 2 }'));
    expect(issues).toStrictEqual([
      {
        code: 'missing_coalition',
        path: ['values', 'a,b'],
        message:
          'coalition "a,b" has no value; a table game gives v(T) for every one of the 4 coalitions, so add "a,b": <number>',
        file: 'game.yaml',
        line: 2,
        column: 9,
      },
    ]);
  });

  test('many missing coalitions: the first ten are named, the rest counted', () => {
    const issues = parse(lines('players: [a, b, c, d, e]', 'values: { "": 0 }'));
    expect(issues).toHaveLength(11);
    expect(issues[0]?.path).toStrictEqual(['values', 'a']);
    expect(issues[10]).toMatchObject({ code: 'missing_coalition', path: ['values'] });
    expect(issues[10]?.message).toMatch(/^21 more coalitions have no value/);
  });

  test('unknown, repeated and mis-ordered members', () => {
    const row = '  a,x: 3';
    const issues = parse(
      lines('players: [alpha, a, b]', 'values:', row, '  b,a: 3', '  a,a: 1', '  alpah: 1'),
    );
    const unknown = issueAt(issues, 'unknown_coalition', ['values', 'a,x']);
    expect(unknown).toMatchObject({ line: 3, column: col(row, '3') });
    expect(unknown.message).toBe('coalition "a,x" names `x`, which is not in `players`');
    expect(issueAt(issues, 'misordered_coalition', ['values', 'b,a']).message).toBe(
      'coalition "b,a" must list its members in `players` order: write "a,b"',
    );
    issueAt(issues, 'invalid_coalition', ['values', 'a,a']);
    expect(issueAt(issues, 'unknown_coalition', ['values', 'alpah']).message).toMatch(
      /did you mean `alpha`\?$/,
    );
  });

  test('one coalition spelt twice', () => {
    const issues = parse(
      lines('players: [a, b]', 'values: { "": 0, a: 1, b: 1, "a,b": 2, "a, b": 2 }'),
    );
    issueAt(issues, 'duplicate_coalition', ['values', 'a, b']);
  });

  test('the empty coalition is worth 0', () => {
    const issues = parse(lines('players: [a]', 'values: { "": 1, a: 2 }'));
    expect(issues).toMatchObject([
      { code: 'nonzero_empty_coalition', path: ['values', ''], line: 2, column: 15 },
    ]);
  });

  test('more than 25 players do not fit a table', () => {
    const players = Array.from({ length: 26 }, (_, i) => `p${i}`).join(', ');
    const issues = parse(lines(`players: [${players}]`, 'values: { "": 0 }'));
    expect(issues).toMatchObject([
      { code: 'too_many_players', path: ['players'], line: 1, column: 10 },
    ]);
  });

  test('`__proto__` is refused as a player', () => {
    expect(parse(lines('players: [a, __proto__]', 'airport: { costs: [1, 1] }'))).toMatchObject([
      { code: 'reserved_name', path: ['players', 1], line: 1, column: 14 },
    ]);
  });

  test('duplicate players and a comma in a name', () => {
    expect(parse(lines('players: [a, b, a]', 'values: {}'))).toMatchObject([
      { code: 'duplicate_player', path: ['players', 2], line: 1, column: 17 },
    ]);
    expect(parse(lines('players: ["a,b", c]', 'values: {}'))).toMatchObject([
      { code: 'invalid_player_name', path: ['players', 0] },
    ]);
  });
});

describe('weighted voting and airport games', () => {
  test('weighted voting', () => {
    const game = accepted(
      parseGameText(
        lines('players: [a, b, c]', 'weightedVoting: { quota: 51, weights: [50, 30, 20] }'),
      ),
    );
    expect(game).toStrictEqual({
      kind: 'weightedVoting',
      players: ['a', 'b', 'c'],
      quota: 51,
      weights: [50, 30, 20],
    });
  });

  test('weights must match the players, be non-negative, and the quota positive', () => {
    const issues = parse(
      lines('players: [a, b, c]', 'weightedVoting: { quota: 0, weights: [50, -30] }'),
    );
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['not_positive', ['weightedVoting', 'quota']],
      ['negative', ['weightedVoting', 'weights', 1]],
    ]);
    const lengths = parse(
      lines('players: [a, b, c]', 'weightedVoting: { quota: 1, weights: [50, 30] }'),
    );
    expect(lengths).toMatchObject([
      { code: 'length_mismatch', path: ['weightedVoting', 'weights'], line: 2, column: 38 },
    ]);
    expect(lengths[0]?.message).toBe(
      'has 2 entries but there are 3 players; give one per player, in `players` order',
    );
  });

  test('airport', () => {
    expect(
      accepted(parseGameText(lines('players: [a, b]', 'airport: { costs: [1, 3] }'))),
    ).toStrictEqual({
      kind: 'airport',
      players: ['a', 'b'],
      costs: [1, 3],
    });
    expect(parse(lines('players: [a, b]', 'airport: { costs: [1] }'))).toMatchObject([
      { code: 'length_mismatch', path: ['airport', 'costs'] },
    ]);
    expect(parse(lines('players: [a, b]', 'airport: { costs: [1, -.inf] }'))).toMatchObject([
      { code: 'not_finite', path: ['airport', 'costs', 1], line: 2, column: 23 },
    ]);
  });

  test('`type` outside a table is ignored with a warning', () => {
    const result = parseGameText(lines('players: [a]', 'type: cost', 'airport: { costs: [1] }'));
    expect(result.ok && result.warnings).toMatchObject([
      { code: 'ignored_field', path: ['type'], line: 2, column: 7 },
    ]);
  });
});

describe('game shape', () => {
  test('no form or two forms', () => {
    expect(parse('players: [a]\n')).toMatchObject([{ code: 'game_form', path: [] }]);
    const two = parse(lines('players: [a]', 'values: { "": 0, a: 1 }', 'airport: { costs: [1] }'));
    expect(two).toMatchObject([{ code: 'game_form', path: ['airport'], line: 3, column: 10 }]);
  });

  test('an unknown key suggests a game key', () => {
    const issues = parse(lines('players: [a]', 'airprot: { costs: [1] }'));
    expect(issueAt(issues, 'unknown_field', ['airprot'])).toMatchObject({
      line: 2,
      column: 1,
      message: 'unknown field `airprot`; did you mean `airport`?',
    });
  });

  test('players must be a non-empty list of names', () => {
    expect(parse('players: []\nairport: { costs: [] }\n')).toMatchObject([
      { code: 'invalid_length', path: ['players'] },
    ]);
    expect(parse('airport: { costs: [] }\n')).toMatchObject([
      { code: 'missing_field', path: ['players'] },
    ]);
  });
});

describe('spec or game', () => {
  test('isSpecLike tells a spec from a game', () => {
    expect(isSpecLike({ version: 1, partners: [] })).toBe(true);
    expect(isSpecLike({ partners: [] })).toBe(true);
    expect(isSpecLike({ players: ['a'] })).toBe(false);
    expect(isSpecLike([1])).toBe(false);
    expect(isSpecLike(null)).toBe(false);
  });

  test('a spec comes back as a spec with its portfolio', () => {
    const text = lines(
      'version: 1',
      'partners: [{ id: a, kind: other, scores: {}, cost: 1, return: 3 }]',
    );
    const value = accepted(parseGameOrSpecText(text));
    expect(value.kind).toBe('spec');
    expect(value.kind === 'spec' && value.portfolio.partners.map((p) => p.id)).toStrictEqual(['a']);
  });

  test('a game comes back as a game', () => {
    const value = accepted(
      parseGameOrSpecText(lines('players: [a, b]', 'airport: { costs: [2, 1] }')),
    );
    expect(value).toStrictEqual({
      kind: 'game',
      game: { kind: 'airport', players: ['a', 'b'], costs: [2, 1] },
    });
  });

  test('issues of either kind are positioned', () => {
    const spec = issuesOf(
      parseGameOrSpecText(lines('version: 1', 'partner: []'), { file: 's.yaml' }),
    );
    expect(issueAt(spec, 'unknown_field', ['partner'])).toMatchObject({
      file: 's.yaml',
      line: 2,
      column: 1,
    });
    const game = issuesOf(
      parseGameOrSpecText(lines('players: [a, a]', 'airport: { costs: [1, 1] }')),
    );
    expect(game).toMatchObject([{ code: 'duplicate_player', line: 1, column: 14 }]);
  });

  test('a document that is neither', () => {
    expect(issuesOf(parseGameOrSpecText('name: x\n'))).toMatchObject([
      { code: 'unknown_document', path: [], line: 1, column: 1 },
    ]);
    expect(issuesOf(parseGameOrSpecText(''))).toMatchObject([{ code: 'empty_document' }]);
  });
});
