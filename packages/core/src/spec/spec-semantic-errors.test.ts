import { describe, expect, test } from 'vitest';
import { parseSpecText } from './parse-spec.js';
import { col, issueAt, issuesOf, lines } from './test-support/issues.js';

const parse = (text: string) => issuesOf(parseSpecText(text, { file: 'bad.yaml' }));

describe('ids and references', () => {
  test('duplicate partner and criterion ids point at the repeat', () => {
    const text = lines(
      'version: 1',
      'criteria:',
      '  - { id: tech, kind: benefit, weight: 1 }',
      '  - { id: tech, kind: cost, weight: 1 }',
      'partners:',
      '  - { id: a, kind: academic, scores: { tech: 1 }, cost: 1, return: 1 }',
      '  - { id: a, kind: academic, scores: { tech: 2 }, cost: 1, return: 1 }',
    );
    const issues = parse(text);
    const criterion = issueAt(issues, 'duplicate_id', ['criteria', 1, 'id']);
    expect(criterion).toMatchObject({ line: 4, column: 11 });
    expect(criterion.message).toBe(
      'criterion id `tech` is already used by criteria[0]; give each criterion its own id',
    );
    expect(issueAt(issues, 'duplicate_id', ['partners', 1, 'id'])).toMatchObject({
      line: 7,
      column: 11,
    });
    expect(issues).toHaveLength(2);
  });

  test('every place that names a partner is checked', () => {
    const synergy = '  - { between: [a, bb], value: 1 }';
    const text = lines(
      'version: 1',
      'partners:',
      '  - { id: a, kind: academic, scores: {}, cost: 1, return: 1 }',
      '  - { id: b, kind: enterprise, scores: {}, cost: 1, return: 1 }',
      'synergies:',
      synergy,
      'constraints:',
      '  exclusive: [[a, x1]]',
      '  requires: [[x2, b]]',
      '  include: [x3]',
      '  exclude: [a, x4]',
      '  groups: [{ members: [b, x5] }]',
    );
    const issues = parse(text);
    expect(issues.map((i) => [i.code, i.path, i.line])).toStrictEqual([
      ['unknown_partner', ['synergies', 0, 'between', 1], 6],
      ['unknown_partner', ['constraints', 'exclusive', 0, 1], 8],
      ['unknown_partner', ['constraints', 'requires', 0, 0], 9],
      ['unknown_partner', ['constraints', 'include', 0], 10],
      ['unknown_partner', ['constraints', 'exclude', 1], 11],
      ['unknown_partner', ['constraints', 'groups', 0, 'members', 1], 12],
    ]);
    const first = issues[0];
    expect(first?.column).toBe(col(synergy, 'bb'));
    expect(first?.message).toBe(
      '`bb` is not a partner declared under `partners`; did you mean `b`?',
    );
    expect(issues[3]?.message).toBe(
      '`x3` is not a partner declared under `partners`; use one of the ids in `partners`',
    );
  });

  test('a synergy of a partner with itself', () => {
    const text = lines(
      'version: 1',
      'partners: [{ id: a, kind: academic, scores: {}, cost: 1, return: 1 }]',
      'synergies: [{ between: [a, a], value: 0.2 }]',
    );
    const issue = issueAt(parse(text), 'self_synergy', ['synergies', 0, 'between']);
    expect(issue).toMatchObject({ line: 3, column: 24 });
    expect(issue.message).toMatch(/both are `a`/);
  });

  test('references are not checked against a partner list that is itself broken', () => {
    const text = lines(
      'version: 1',
      'partners: [{ kind: academic, scores: {}, cost: 1, return: 1 }]',
      'constraints: { include: [a] }',
    );
    expect(parse(text).map((i) => i.code)).toStrictEqual(['missing_field']);
  });
});

test('`__proto__` is refused as an id and as a key', () => {
  const text = lines(
    'version: 1',
    'criteria: [{ id: __proto__, kind: benefit, weight: 1 }]',
    'resources: { __proto__: 3 }',
    'partners: [{ id: a, kind: other, scores: { __proto__: 1 }, cost: 1, return: 1 }]',
  );
  const issues = parse(text);
  expect(issues.map((i) => [i.code, i.path, i.line, i.column])).toStrictEqual([
    ['reserved_name', ['criteria', 0, 'id'], 2, 18],
    ['reserved_name', ['resources', '__proto__'], 3, 14],
    ['reserved_name', ['partners', 0, 'scores', '__proto__'], 4, 44],
  ]);
});

describe('scores and resource use', () => {
  const head = [
    'version: 1',
    'criteria: [{ id: tech, kind: benefit, weight: 1 }, { id: risk, kind: cost, weight: 1 }]',
    'resources: { budget: 10, staff: 2 }',
    'partners:',
  ];

  test('a missing score names the partner and the criterion, at its scores', () => {
    const partner = '  - { id: univ-a, kind: academic, scores: { tech: 1 }, cost: 1, return: 1 }';
    const issue = issueAt(parse(lines(...head, partner)), 'missing_score', [
      'partners',
      0,
      'scores',
      'risk',
    ]);
    expect(issue).toMatchObject({ file: 'bad.yaml', line: 5, column: col(partner, '{ tech') });
    expect(issue.message).toBe(
      'partner `univ-a` has no score for criterion `risk`; every partner scores every criterion, so add `risk: <number>` to its scores',
    );
  });

  test('a score for an undeclared criterion', () => {
    const partner =
      '  - { id: a, kind: academic, scores: { tech: 1, risk: 2, rsik: 3 }, cost: 1, return: 1 }';
    const issue = issueAt(parse(lines(...head, partner)), 'unknown_criterion', [
      'partners',
      0,
      'scores',
      'rsik',
    ]);
    expect(issue).toMatchObject({ line: 5, column: col(partner, '3 }') });
    expect(issue.message).toMatch(/did you mean `risk`\?$/);
  });

  test('use of an undeclared resource', () => {
    const partner =
      '  - { id: a, kind: academic, scores: { tech: 1, risk: 2 }, cost: 1, return: 1, uses: { budget: 1, gpu: 4 } }';
    const issue = issueAt(parse(lines(...head, partner)), 'unknown_resource', [
      'partners',
      0,
      'uses',
      'gpu',
    ]);
    expect(issue).toMatchObject({ line: 5, column: col(partner, '4 }') });
    expect(issue.message).toBe(
      '`gpu` is not a resource declared under `resources`; use one of the ids in `resources`',
    );
  });

  test('without a resources section every use is undeclared', () => {
    const text = lines(
      'version: 1',
      'partners: [{ id: a, kind: academic, scores: {}, cost: 1, return: 1, uses: { budget: 1 } }]',
    );
    issueAt(parse(text), 'unknown_resource', ['partners', 0, 'uses', 'budget']);
  });
});

describe('weights', () => {
  const partners = ['partners: []'];

  test('direct weighting needs a weight on every criterion', () => {
    const text = lines(
      'version: 1',
      'criteria:',
      '  - { id: tech, kind: benefit, weight: 1 }',
      '  - { id: risk, kind: cost }',
      ...partners,
    );
    const issue = issueAt(parse(text), 'missing_weight', ['criteria', 1, 'weight']);
    expect(issue).toMatchObject({ line: 4, column: 5 });
    expect(issue.message).toMatch(/^criterion `risk` has no weight/);
  });

  test('explicit `method: direct` behaves the same', () => {
    const text = lines(
      'version: 1',
      'criteria: [{ id: tech, kind: benefit }]',
      'weighting: { method: direct }',
      ...partners,
    );
    issueAt(parse(text), 'missing_weight', ['criteria', 0, 'weight']);
  });

  test('all-zero direct weights', () => {
    const text = lines(
      'version: 1',
      'criteria:',
      '  - { id: tech, kind: benefit, weight: 0 }',
      '  - { id: risk, kind: cost, weight: 0 }',
      ...partners,
    );
    expect(parse(text)).toStrictEqual([
      {
        code: 'all_weights_zero',
        path: ['criteria'],
        message:
          'every criterion weight is 0, so no criterion counts; give at least one a positive weight',
        file: 'bad.yaml',
        line: 3,
        column: 3,
      },
    ]);
  });
});

describe('AHP matrices', () => {
  const criteria =
    'criteria: [{ id: x, kind: benefit }, { id: y, kind: benefit }, { id: z, kind: cost }]';
  const spec = (...weighting: string[]) =>
    parse(lines('version: 1', criteria, ...weighting, 'partners: []'));

  test('the matrix must have one row per criterion', () => {
    const issue = issueAt(
      spec('weighting: { method: ahp, matrix: [[1, 2], [0.5, 1]] }'),
      'matrix_size',
      ['weighting', 'matrix'],
    );
    expect(issue).toMatchObject({ line: 3, column: 35 });
    expect(issue.message).toMatch(/has 2 rows but there are 3 criteria/);
  });

  test('pairwise issues get the matrix path as prefix, fractions included', () => {
    const issues = spec(
      'weighting:',
      '  method: ahp',
      '  matrix:',
      '    - [1, 3, 2]',
      '    - ["1/3", 1, 4]',
      '    - ["1/2", "1/3", 2]',
    );
    expect(issues.map((i) => [i.code, i.path, i.line])).toStrictEqual([
      ['not_reciprocal', ['weighting', 'matrix', 2, 1], 8],
      ['diagonal_not_one', ['weighting', 'matrix', 2, 2], 8],
    ]);
    expect(issues[0]?.column).toBe(col('    - ["1/2", "1/3", 2]', '"1/3"'));
  });

  test('with several assessors the path names the matrix', () => {
    const issues = spec(
      'weighting:',
      '  method: ahp',
      '  matrices:',
      '    - [[1, 1, 1], [1, 1, 1], [1, 1, 1]]',
      '    - [[1, 1, 1], [1, 1, 1], [1, 1, -1]]',
    );
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['not_positive', ['weighting', 'matrices', 1, 2, 2]],
    ]);
  });

  test('unreadable cells are reported once, as cells', () => {
    const row = '    - [1, one, "1/0"]';
    const issues = spec(
      'weighting:',
      '  method: ahp',
      '  matrix:',
      row,
      '    - [1, 1, 1]',
      '    - [1, 1, 1]',
    );
    expect(issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['invalid_format', ['weighting', 'matrix', 0, 1]],
      ['invalid_format', ['weighting', 'matrix', 0, 2]],
    ]);
    expect(issues[0]).toMatchObject({ line: 6, column: col(row, 'one') });
    expect(issues[0]?.message).toBe(
      '"one" is not a judgement; write a number or a fraction such as "1/3"',
    );
    expect(issues[1]?.message).toMatch(/divides by zero/);
  });

  test('matrix and matrices together, or neither', () => {
    expect(
      spec('weighting: { method: ahp, matrix: [[1]], matrices: [[[1]]] }').find(
        (i) => i.code === 'invalid_weighting',
      )?.message,
    ).toBe('give either `matrix` (one assessor) or `matrices` (several), not both');
    issueAt(spec('weighting: { method: ahp }'), 'invalid_weighting', ['weighting']);
  });

  test('an unknown or missing method', () => {
    const unknown = issueAt(spec('weighting: { method: AHP }'), 'invalid_value', [
      'weighting',
      'method',
    ]);
    expect(unknown.message).toBe(
      '"AHP" is not allowed here; use one of `direct`, `ahp`, `smaa`; did you mean `ahp`?',
    );
    issueAt(spec('weighting: { matrix: [[1]] }'), 'missing_field', ['weighting', 'method']);
  });
});

test('every error of a file is reported in one run, in text order', () => {
  const text = lines(
    'version: 1',
    'criteria: [{ id: tech, kind: benefit, weight: -1 }]',
    'partners:',
    '  - { id: a, kind: academic, scores: {}, cost: 1, return: 1, colour: red }',
    '  - { id: a, kind: academic, scores: { tech: 1 }, cost: { uniform: [2, 1] }, return: 1 }',
    'constraints: { include: [z] }',
  );
  expect(parse(text).map((i) => [i.line, i.code])).toStrictEqual([
    [2, 'negative'],
    [4, 'missing_score'],
    [4, 'unknown_field'],
    [5, 'duplicate_id'],
    [5, 'min_greater_than_max'],
    [6, 'unknown_partner'],
  ]);
});
