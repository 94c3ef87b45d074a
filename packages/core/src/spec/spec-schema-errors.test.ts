import { describe, expect, test } from 'vitest';
import { parseSpecText } from './parse-spec.js';
import { col, issueAt, issuesOf, lines } from './test-support/issues.js';

const parse = (text: string) => issuesOf(parseSpecText(text, { file: 'bad.yaml' }));

/** A valid spec head; partners follow from line 5. */
const HEAD = [
  'version: 1',
  'criteria: [{ id: tech, kind: benefit, weight: 1 }]',
  'resources: { budget: 10 }',
  'partners:',
];

describe('unknown fields', () => {
  test('a misspelt partner field suggests the partner field it resembles', () => {
    const issues = parse(
      lines(
        ...HEAD,
        '  - id: a',
        '    kind: academic',
        '    scores: { tech: 1 }',
        '    cots: 1',
        '    return: 2',
      ),
    );
    const issue = issueAt(issues, 'unknown_field', ['partners', 0, 'cots']);
    expect(issue).toMatchObject({ file: 'bad.yaml', line: 8, column: 5 });
    expect(issue.message).toBe('unknown field `cots` in `partners[0]`; did you mean `cost`?');
    // the real field is then missing, reported at the partner that lacks it
    expect(issueAt(issues, 'missing_field', ['partners', 0, 'cost'])).toMatchObject({
      line: 5,
      column: 5,
    });
  });

  test('suggestions come only from the keys of the object the typo is in', () => {
    const criteria = 'criteria: [{ id: tech, kind: benefit, weigth: 1 }]';
    const text = lines(
      'version: 1',
      criteria,
      'partners:',
      '  - { id: a, kind: academic, scores: { tech: 1 }, cost: 1, return: 2, weigth: 1 }',
    );
    const issues = parse(text);
    const inCriterion = issueAt(issues, 'unknown_field', ['criteria', 0, 'weigth']);
    expect(inCriterion.message).toMatch(/did you mean `weight`\?$/);
    expect(inCriterion).toMatchObject({ line: 2, column: col(criteria, 'weigth') });
    const inPartner = issueAt(issues, 'unknown_field', ['partners', 0, 'weigth']);
    expect(inPartner.message).not.toMatch(/did you mean/);
    expect(inPartner.message).toMatch(/remove it, or use one of `id`, `name`, `kind`/);
  });

  test('top level, distribution, weighting, constraints, minPerKind and groups all suggest', () => {
    const weighting = 'weighting: { method: ahp, matrx: [[1, 1], [1, 1]] }';
    const partner =
      '  - { id: a, kind: academic, scores: { x: 1, y: 1 }, cost: { triangle: [1, 2, 3] }, return: 2 }';
    const text = lines(
      'version: 1',
      'netmodel: seed',
      'criteria: [{ id: x, kind: benefit }, { id: y, kind: benefit }]',
      weighting,
      'partners:',
      partner,
      'constraints:',
      '  maxPartner: 3',
      '  minPerKind: { academia: 1 }',
      '  groups: [{ member: [a], max: 1 }]',
    );
    const issues = parse(text);
    const suggestion = (path: (string | number)[]) =>
      /did you mean `([^`]+)`/.exec(issueAt(issues, 'unknown_field', path).message)?.[1];
    expect(suggestion(['netmodel'])).toBe('netModel');
    expect(suggestion(['weighting', 'matrx'])).toBe('matrix');
    expect(suggestion(['partners', 0, 'cost', 'triangle'])).toBe('triangular');
    expect(suggestion(['constraints', 'maxPartner'])).toBe('maxPartners');
    expect(suggestion(['constraints', 'minPerKind', 'academia'])).toBe('academic');
    expect(suggestion(['constraints', 'groups', 0, 'member'])).toBe('members');
    expect(issueAt(issues, 'unknown_field', ['netmodel'])).toMatchObject({ line: 2, column: 1 });
    expect(issueAt(issues, 'unknown_field', ['weighting', 'matrx'])).toMatchObject({
      line: 4,
      column: col(weighting, 'matrx'),
    });
    expect(issueAt(issues, 'unknown_field', ['partners', 0, 'cost', 'triangle'])).toMatchObject({
      line: 6,
      column: col(partner, 'triangle'),
    });
    // an unknown form alone explains the distribution; no second "needs exactly one" issue
    expect(issues.filter((i) => i.code === 'invalid_distribution')).toStrictEqual([]);
  });

  test('JSON input gets line and column too', () => {
    const partner =
      '    { "id": "a", "kind": "academic", "scores": {}, "cost": 1, "return": 2, "retrun": 3 }';
    const json = ['{', '  "version": 1,', '  "partners": [', partner, '  ]', '}'].join('\n');
    const issues = issuesOf(parseSpecText(json, { file: 'spec.json', format: 'json' }));
    expect(issueAt(issues, 'unknown_field', ['partners', 0, 'retrun'])).toMatchObject({
      file: 'spec.json',
      line: 4,
      column: col(partner, '"retrun"'),
      message: 'unknown field `retrun` in `partners[0]`; did you mean `return`?',
    });
  });
});

describe('types and values', () => {
  test('a missing required field points at the nearest parent that exists', () => {
    const issues = parse(
      lines(
        'criteria: []',
        'partners:',
        '  - id: a',
        '    kind: academic',
        '    scores: {}',
        '    return: 1',
      ),
    );
    expect(issueAt(issues, 'missing_field', ['version'])).toMatchObject({ line: 1, column: 1 });
    expect(issueAt(issues, 'missing_field', ['version']).message).toMatch(/version must be 1/);
    const cost = issueAt(issues, 'missing_field', ['partners', 0, 'cost']);
    expect(cost).toMatchObject({ line: 3, column: 5 });
    expect(cost.message).toMatch(/^`cost` is required \(a number, or one of/);
  });

  test('version 2, an unknown kind and an unknown enum value are invalid values', () => {
    const partner = '  - { id: a, kind: academia, scores: {}, cost: 1, return: 1 }';
    const issues = parse(lines('version: 2', 'normalization: l2', 'partners:', partner));
    expect(issueAt(issues, 'invalid_value', ['version'])).toMatchObject({ line: 1, column: 10 });
    expect(issueAt(issues, 'invalid_value', ['normalization']).message).toBe(
      '"l2" is not allowed here; use one of `vector`, `minmax`, `max`, `sum`, `none`',
    );
    const kind = issueAt(issues, 'invalid_value', ['partners', 0, 'kind']);
    expect(kind).toMatchObject({ line: 4, column: col(partner, 'academia') });
    expect(kind.message).toMatch(/did you mean `academic`\?$/);
  });

  test('a value of the wrong type says what was expected', () => {
    const partner = '  - { id: a, kind: other, scores: { tech: high }, cost: ten, return: [1] }';
    const issues = parse(lines(...HEAD, partner));
    expect(issueAt(issues, 'invalid_type', ['partners', 0, 'scores', 'tech']).message).toBe(
      'expected a number but found "high"',
    );
    const cost = issueAt(issues, 'invalid_type', ['partners', 0, 'cost']);
    expect(cost).toMatchObject({ line: 5, column: col(partner, 'ten') });
    expect(cost.message).toMatch(/^expected a number, or one of \{ uniform: \[min, max\] \}/);
    expect(issueAt(issues, 'invalid_type', ['partners', 0, 'return']).message).toMatch(
      /found a list of 1$/,
    );
  });

  test('.nan, .inf, -.inf and overflowing numbers are not_finite wherever a number goes', () => {
    const text = lines(
      'version: 1',
      'criteria: [{ id: tech, kind: benefit, weight: .nan }]',
      'resources: { budget: .inf }',
      'partners:',
      '  - id: a',
      '    kind: academic',
      '    scores: { tech: -.inf }',
      '    cost: { uniform: [.NaN, 1] }',
      '    return: 1e400',
    );
    const issues = parse(text);
    expect(issues.map((i) => i.code)).toStrictEqual(Array(5).fill('not_finite'));
    expect(issueAt(issues, 'not_finite', ['criteria', 0, 'weight'])).toMatchObject({
      line: 2,
      column: 47,
    });
    expect(issueAt(issues, 'not_finite', ['resources', 'budget'])).toMatchObject({
      line: 3,
      column: 22,
    });
    expect(issueAt(issues, 'not_finite', ['partners', 0, 'scores', 'tech'])).toMatchObject({
      line: 7,
      column: 21,
    });
    expect(issueAt(issues, 'not_finite', ['partners', 0, 'cost', 'uniform', 0])).toMatchObject({
      line: 8,
      column: col('    cost: { uniform: [.NaN, 1] }', '.NaN'),
    });
    expect(issueAt(issues, 'not_finite', ['partners', 0, 'return']).message).toMatch(
      /^\.inf is not a finite number/,
    );
  });

  test('negative capacities, uses, weights, sd and sigma are rejected', () => {
    const partner =
      '  - { id: a, kind: academic, scores: { tech: 1 }, cost: { normal: [1, -0.5] }, return: { lognormal: [0, -1] }, uses: { budget: -2 } }';
    const text = lines(
      'version: 1',
      'criteria: [{ id: tech, kind: benefit, weight: -1 }]',
      'resources: { budget: -5 }',
      'partners:',
      partner,
      'coordinationCost: -0.1',
    );
    const issues = parse(text);
    expect(issueAt(issues, 'negative', ['criteria', 0, 'weight']).message).toBe(
      'a weight is -1 but cannot be negative; use 0 or a positive number',
    );
    expect(issueAt(issues, 'negative', ['resources', 'budget'])).toMatchObject({
      line: 3,
      column: 22,
    });
    expect(issueAt(issues, 'negative', ['resources', 'budget']).message).toMatch(
      /^a capacity is -5/,
    );
    expect(issueAt(issues, 'negative', ['partners', 0, 'cost', 'normal', 1]).message).toMatch(
      /^sd /,
    );
    expect(issueAt(issues, 'negative', ['partners', 0, 'return', 'lognormal', 1]).message).toMatch(
      /^sigma /,
    );
    expect(issueAt(issues, 'negative', ['partners', 0, 'uses', 'budget'])).toMatchObject({
      line: 5,
      column: col(partner, '-2'),
    });
    expect(issueAt(issues, 'negative', ['coordinationCost'])).toMatchObject({
      line: 6,
      column: 19,
    });
    expect(issues).toHaveLength(6);
  });
});

describe('distributions', () => {
  const partner = (cost: string) =>
    `  - { id: a, kind: academic, scores: { tech: 1 }, cost: ${cost}, return: 1 }`;
  const withCost = (cost: string) => parse(lines(...HEAD, partner(cost)));

  test('uniform with min > max', () => {
    const issue = issueAt(withCost('{ uniform: [3, 1] }'), 'min_greater_than_max', [
      'partners',
      0,
      'cost',
      'uniform',
    ]);
    expect(issue).toMatchObject({ line: 5, column: col(partner('{ uniform: [3, 1] }'), '[3, 1]') });
    expect(issue.message).toBe('uniform [3, 1] has min > max; write [min, max], e.g. [1, 3]');
  });

  test('triangular and pert out of order', () => {
    expect(
      issueAt(withCost('{ triangular: [1, 5, 3] }'), 'out_of_order', [
        'partners',
        0,
        'cost',
        'triangular',
      ]).message,
    ).toBe('triangular [1, 5, 3] is out of order; write [min, mode, max] with min ≤ mode ≤ max');
    issueAt(withCost('{ pert: [2, 1, 3] }'), 'out_of_order', ['partners', 0, 'cost', 'pert']);
  });

  test('degenerate but ordered forms are accepted', () => {
    expect(
      parseSpecText(
        lines(
          ...HEAD,
          '  - { id: a, kind: academic, scores: { tech: 1 }, cost: { pert: [2, 2, 2] }, return: { uniform: [1, 1] } }',
        ),
      ).ok,
    ).toBe(true);
  });

  test('a wrong number of parameters names the form', () => {
    const issue = issueAt(withCost('{ triangular: [1, 2] }'), 'invalid_length', [
      'partners',
      0,
      'cost',
      'triangular',
    ]);
    expect(issue.message).toBe(
      'has 2 item(s) but needs at least 3; write triangular: [min, mode, max]',
    );
  });

  test('no form or two forms', () => {
    expect(
      issueAt(withCost('{}'), 'invalid_distribution', ['partners', 0, 'cost']).message,
    ).toMatch(/exactly one of uniform/);
    expect(
      issueAt(withCost('{ uniform: [1, 2], normal: [1, 1] }'), 'invalid_distribution', [
        'partners',
        0,
        'cost',
      ]).message,
    ).toBe('a distribution has exactly one form, but uniform and normal are given; keep one');
  });
});

describe('constraints and counts', () => {
  test('maxPartners and minPerKind must be whole numbers ≥ 0; group min must not exceed max', () => {
    const text = lines(
      ...HEAD,
      '  - { id: a, kind: academic, scores: { tech: 1 }, cost: 1, return: 1 }',
      'constraints:',
      '  maxPartners: 2.5',
      '  minPerKind: { academic: -1, enterprise: 0.5 }',
      '  groups:',
      '    - { members: [a], min: 2, max: 1 }',
    );
    const issues = parse(text);
    expect(issueAt(issues, 'not_integer', ['constraints', 'maxPartners'])).toMatchObject({
      line: 7,
      column: 16,
    });
    expect(issueAt(issues, 'not_integer', ['constraints', 'maxPartners']).message).toBe(
      'maxPartners must be a whole number (found 2.5)',
    );
    expect(issueAt(issues, 'negative', ['constraints', 'minPerKind', 'academic']).message).toBe(
      'minPerKind.academic is -1 but cannot be negative',
    );
    issueAt(issues, 'not_integer', ['constraints', 'minPerKind', 'enterprise']);
    expect(issueAt(issues, 'min_greater_than_max', ['constraints', 'groups', 0])).toMatchObject({
      line: 10,
      column: 7,
    });
    expect(issues).toHaveLength(4);
  });

  test('a negative maxPartners', () => {
    const text = lines(
      ...HEAD,
      '  - { id: a, kind: academic, scores: { tech: 1 }, cost: 1, return: 1 }',
      'constraints: { maxPartners: -1 }',
    );
    expect(issueAt(parse(text), 'negative', ['constraints', 'maxPartners'])).toMatchObject({
      line: 6,
      column: 29,
    });
  });
});

describe('syntax', () => {
  test('a YAML syntax error has a position and stops validation', () => {
    const issues = parse(lines('version: 1', 'partners: [a, b', 'criteria: []'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'syntax_error', file: 'bad.yaml', line: 3, column: 1 });
    expect(issues[0]?.message).toMatch(/^YAML syntax error: /);
  });

  test('a duplicate key names the key and its second occurrence', () => {
    const issues = parse(
      lines('version: 1', 'partners:', '  - id: a', '    kind: academic', '    id: b'),
    );
    expect(issues).toStrictEqual([
      {
        code: 'duplicate_key',
        path: ['partners', 0, 'id'],
        message: '`id` appears twice in the same mapping; keep one of them',
        file: 'bad.yaml',
        line: 5,
        column: 5,
      },
    ]);
  });

  test('a duplicate key in JSON', () => {
    const issues = issuesOf(
      parseSpecText('{\n  "version": 1,\n  "version": 1\n}', { format: 'json' }),
    );
    expect(issues).toMatchObject([
      { code: 'duplicate_key', path: ['version'], line: 3, column: 3 },
    ]);
    expect(issues[0] && 'file' in issues[0]).toBe(false);
  });

  test('a .json file must be strict JSON, even where YAML would accept it', () => {
    const text = '{ "version": 1, partners: [] }';
    const issues = issuesOf(parseSpecText(text, { file: 'x.json' }));
    expect(issues).toMatchObject([
      { code: 'syntax_error', path: [], file: 'x.json', line: 1, column: col(text, 'partners') },
    ]);
    expect(issues[0]?.message).toMatch(/^not valid JSON: /);
    const trailingComma = issuesOf(parseSpecText('{\n  "version": 1,\n}', { format: 'json' }));
    expect(trailingComma).toMatchObject([{ code: 'syntax_error', line: 3, column: 1 }]);
  });

  test('without a format or a .json name, JSON-like YAML is read as YAML', () => {
    const text = '{ "version": 1, partners: [] }';
    expect(parseSpecText(text).ok).toBe(true);
    expect(parseSpecText(text, { file: 'x.yaml' }).ok).toBe(true);
  });

  test('an empty file and a non-mapping document', () => {
    expect(parse('')).toMatchObject([{ code: 'empty_document', path: [], line: 1, column: 1 }]);
    expect(parse('# nothing here\n')).toMatchObject([{ code: 'empty_document' }]);
    expect(parse('- 1\n- 2\n')).toMatchObject([
      {
        code: 'invalid_type',
        path: [],
        message: 'expected a mapping (key: value) but found a list of 2',
      },
    ]);
  });
});
