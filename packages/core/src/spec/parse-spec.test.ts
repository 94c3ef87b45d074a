import { describe, expect, test } from 'vitest';
import type { Portfolio } from '../model/types.js';
import { parseSpecText } from './parse-spec.js';
import { accepted, issueAt, issuesOf, lines } from './test-support/issues.js';

const MINIMAL = lines(
  'version: 1',
  'criteria:',
  '  - { id: tech, kind: benefit, weight: 0.6 }',
  '  - { id: risk, name: IP risk, kind: cost, weight: 0.4 }',
  'partners:',
  '  - id: univ-a',
  '    kind: academic',
  '    scores: { tech: 9, risk: 3 }',
  '    cost: 0.8',
  '    return: 1.2',
);

describe('parseSpecText: valid specs', () => {
  test('a minimal spec becomes a Portfolio with every default made explicit', () => {
    const { portfolio } = accepted(parseSpecText(MINIMAL));
    const expected: Portfolio = {
      organization: '',
      unit: '',
      netModel: 'net',
      criteria: [
        { id: 'tech', name: 'tech', kind: 'benefit', weight: 0.6 },
        { id: 'risk', name: 'IP risk', kind: 'cost', weight: 0.4 },
      ],
      weighting: { method: 'direct' },
      normalization: 'vector',
      resources: {},
      partners: [
        {
          id: 'univ-a',
          name: 'univ-a',
          kind: 'academic',
          domains: [],
          offers: [],
          scores: { tech: 9, risk: 3 },
          cost: { kind: 'fixed', value: 0.8 },
          return: { kind: 'fixed', value: 1.2 },
          uses: {},
        },
      ],
      synergies: [],
      constraints: {
        minPerKind: {},
        exclusive: [],
        requires: [],
        include: [],
        exclude: [],
        cover: [],
        groups: [],
      },
      objective: 'net',
      coordinationCost: 0,
    };
    expect(portfolio).toStrictEqual(expected);
  });

  test('the validated spec keeps what was written, with defaults filled', () => {
    const { spec } = accepted(parseSpecText(MINIMAL));
    expect(spec.version).toBe(1);
    expect(spec.weighting).toStrictEqual({ method: 'direct' });
    expect(spec.partners[0]?.name).toBeUndefined();
    expect(spec.partners[0]?.offers).toStrictEqual([]);
  });

  test('the example of DESIGN.md converts every section', () => {
    const text = lines(
      'version: 1',
      'organization: Example AI',
      'unit: USD',
      'netModel: seed',
      'criteria:',
      '  - { id: tech,   name: Technical strength, kind: benefit }',
      '  - { id: market, name: Market potential,   kind: benefit }',
      '  - { id: risk,   name: IP risk,            kind: cost }',
      'weighting: { method: ahp, matrix: [[1, 3, 5], ["1/3", 1, 2], ["1/5", "1 / 2", 1]] }',
      'normalization: minmax',
      'resources: { budget: 1000000, staff: 12 }',
      'partners:',
      '  - id: univ-a',
      '    name: University A',
      '    kind: academic',
      '    domains: [medical]',
      '    offers: [technology, talent]',
      '    scores: { tech: 9, market: 4, risk: 3 }',
      '    cost: { triangular: [0.6, 0.8, 1.1] }',
      '    return: { pert: [0.9, 1.2, 2] }',
      '    uses: { budget: 200000, staff: 2 }',
      '    alpha: 0.5',
      '    beta: 0.5',
      '  - { id: corp-b, kind: enterprise, scores: { tech: 5, market: 9, risk: 5 }, cost: { uniform: [0.5, 0.9] }, return: { normal: [1.5, 0.2] } }',
      '  - { id: gov-c, kind: government, scores: { tech: 3, market: 5, risk: 1 }, cost: 0.6, return: { lognormal: [0, 0.25] } }',
      'synergies:',
      '  - { between: [univ-a, corp-b], value: { triangular: [0, 0.3, 0.5] } }',
      'constraints:',
      '  minPerKind: { academic: 1, government: 0 }',
      '  maxPartners: 2',
      '  exclusive: [[corp-b, gov-c]]',
      '  requires: [[corp-b, univ-a]]',
      '  include: [univ-a]',
      '  exclude: []',
      '  cover: [talent]',
      '  groups:',
      '    - { name: industry, members: [corp-b, gov-c], max: 1 }',
      '  minScore: 0.4',
      'objective: score',
      'coordinationCost: 0.05',
    );
    const result = parseSpecText(text, { file: 'design.yaml' });
    const { portfolio } = accepted(result);
    expect(result.ok && result.warnings).toStrictEqual([]);
    expect(portfolio.organization).toBe('Example AI');
    expect(portfolio.netModel).toBe('seed');
    expect(portfolio.normalization).toBe('minmax');
    expect(portfolio.objective).toBe('score');
    expect(portfolio.coordinationCost).toBe(0.05);
    expect(portfolio.criteria.map((c) => c.weight)).toStrictEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(portfolio.weighting).toStrictEqual({
      method: 'ahp',
      matrices: [
        [
          [1, 3, 5],
          [1 / 3, 1, 2],
          [1 / 5, 1 / 2, 1],
        ],
      ],
    });
    const [a, b, c] = portfolio.partners;
    expect(a?.name).toBe('University A');
    expect(a?.cost).toStrictEqual({ kind: 'triangular', min: 0.6, mode: 0.8, max: 1.1 });
    expect(a?.return).toStrictEqual({ kind: 'pert', min: 0.9, mode: 1.2, max: 2 });
    expect(a?.alpha).toBe(0.5);
    expect(a?.beta).toBe(0.5);
    expect(a?.uses).toStrictEqual({ budget: 200000, staff: 2 });
    expect(b?.cost).toStrictEqual({ kind: 'uniform', min: 0.5, max: 0.9 });
    expect(b?.return).toStrictEqual({ kind: 'normal', mean: 1.5, sd: 0.2 });
    expect(b && 'alpha' in b).toBe(false);
    expect(c?.return).toStrictEqual({ kind: 'lognormal', mu: 0, sigma: 0.25 });
    expect(portfolio.synergies).toStrictEqual([
      { between: ['univ-a', 'corp-b'], value: { kind: 'triangular', min: 0, mode: 0.3, max: 0.5 } },
    ]);
    expect(portfolio.constraints).toStrictEqual({
      minPerKind: { academic: 1, government: 0 },
      maxPartners: 2,
      exclusive: [['corp-b', 'gov-c']],
      requires: [['corp-b', 'univ-a']],
      include: ['univ-a'],
      exclude: [],
      cover: ['talent'],
      groups: [{ name: 'industry', members: ['corp-b', 'gov-c'], max: 1 }],
      minScore: 0.4,
    });
  });

  test('several assessors: `matrices` keeps one matrix each, in order', () => {
    const text = lines(
      'version: 1',
      'criteria: [{ id: x, kind: benefit }, { id: y, kind: cost }]',
      'weighting:',
      '  method: ahp',
      '  matrices:',
      '    - [[1, 3], ["1/3", 1]]',
      '    - [[1, "0.5"], [2, 1]]',
      'partners: []',
    );
    const { portfolio } = accepted(parseSpecText(text));
    expect(portfolio.weighting).toStrictEqual({
      method: 'ahp',
      matrices: [
        [
          [1, 3],
          [1 / 3, 1],
        ],
        [
          [1, 0.5],
          [2, 1],
        ],
      ],
    });
  });

  test('JSON reads to the same portfolio as the equivalent YAML', () => {
    const json = JSON.stringify(
      {
        version: 1,
        criteria: [
          { id: 'tech', kind: 'benefit', weight: 0.6 },
          { id: 'risk', name: 'IP risk', kind: 'cost', weight: 0.4 },
        ],
        partners: [
          { id: 'univ-a', kind: 'academic', scores: { tech: 9, risk: 3 }, cost: 0.8, return: 1.2 },
        ],
      },
      null,
      '\t',
    );
    const fromJson = accepted(parseSpecText(json, { file: 'spec.json' }));
    const fromYaml = accepted(parseSpecText(MINIMAL));
    expect(fromJson.portfolio).toStrictEqual(fromYaml.portfolio);
  });
});

describe('parseSpecText: warnings', () => {
  test('alpha and beta under netModel net are ignored, with a positioned warning each', () => {
    const text = MINIMAL.replace(
      '    return: 1.2\n',
      '    return: 1.2\n    alpha: 0.5\n    beta: 0.2\n',
    );
    const result = parseSpecText(text, { file: 'w.yaml' });
    const { portfolio } = accepted(result);
    expect(portfolio.partners[0]?.alpha).toBe(0.5);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings).toStrictEqual([
      expect.objectContaining({
        code: 'ignored_field',
        path: ['partners', 0, 'alpha'],
        file: 'w.yaml',
        line: 11,
        column: 12,
      }),
      expect.objectContaining({
        code: 'ignored_field',
        path: ['partners', 0, 'beta'],
        file: 'w.yaml',
        line: 12,
        column: 11,
      }),
    ]);
    expect(warnings[0]?.message).toMatch(/netModel: seed/);
  });

  test('alpha and beta under netModel seed raise no warning', () => {
    const text = `netModel: seed\n${MINIMAL.replace('    return: 1.2\n', '    return: 1.2\n    alpha: 0.5\n')}`;
    const result = parseSpecText(text);
    expect(result.ok && result.warnings).toStrictEqual([]);
  });

  test('direct weights next to AHP weighting are reported as ignored', () => {
    const text = lines(
      'version: 1',
      'criteria: [{ id: x, kind: benefit, weight: 1 }, { id: y, kind: cost }]',
      'weighting: { method: ahp, matrix: [[1, 2], [0.5, 1]] }',
      'partners: []',
    );
    const result = parseSpecText(text);
    expect(result.ok && result.warnings).toStrictEqual([
      expect.objectContaining({
        code: 'ignored_field',
        path: ['criteria', 0, 'weight'],
        line: 2,
        column: 44,
      }),
    ]);
  });

  test('a rejected spec reports its errors, not its warnings', () => {
    const text = MINIMAL.replace('    return: 1.2\n', '    return: 1.2\n    alpha: 0.5\n').replace(
      'cost: 0.8',
      'cost: -.inf',
    );
    const issues = issuesOf(parseSpecText(text));
    expect(issues.map((i) => i.code)).toStrictEqual(['not_finite']);
    expect(issueAt(issues, 'not_finite', ['partners', 0, 'cost'])).toMatchObject({
      line: 9,
      column: 11,
    });
  });
});
