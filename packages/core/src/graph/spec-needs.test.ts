import { describe, expect, it } from 'vitest';
import { parseSpecText } from '../spec/parse-spec.js';
import { accepted, issuesOf, lines } from '../spec/test-support/issues.js';

const spec = (...tail: string[]) =>
  lines(
    'version: 1',
    'criteria: [{ id: tech, kind: benefit, weight: 1 }]',
    'partners:',
    '  - { id: a, kind: academic, scores: { tech: 1 }, cost: 1, return: 2, status: active }',
    '  - { id: b, kind: academic, scores: { tech: 1 }, cost: 1, return: 2 }',
    ...tail,
  );

describe('spec: needs, status and vocabulary', () => {
  it('reads needs with min defaulting to 1, and partner status', () => {
    const { portfolio } = accepted(
      parseSpecText(
        spec(
          'needs:',
          '  - { capability: data, domain: medical, min: 2 }',
          '  - { capability: capital }',
        ),
        {
          file: 's.yaml',
        },
      ),
    );
    expect(portfolio.needs).toEqual([
      { capability: 'data', domain: 'medical', min: 2 },
      { capability: 'capital', min: 1 },
    ]);
    expect(portfolio.partners.map((p) => p.status)).toEqual(['active', undefined]);
  });

  it('names the path of a bad need', () => {
    const issues = issuesOf(
      parseSpecText(
        spec(
          'needs:',
          '  - { capability: data, min: 0 }',
          '  - { domain: x }',
          '  - { capability: data, min: 1.5 }',
        ),
        {
          file: 's.yaml',
        },
      ),
    );
    const paths = issues.map((i) => JSON.stringify(i.path));
    expect(paths).toContain(JSON.stringify(['needs', 0, 'min']));
    expect(paths).toContain(JSON.stringify(['needs', 1, 'capability']));
    expect(paths).toContain(JSON.stringify(['needs', 2, 'min']));
    expect(issues.find((i) => i.path[2] === 'min')?.line).toBe(7);
  });

  it('rejects an unknown status, naming the partner', () => {
    const issues = issuesOf(
      parseSpecText(
        lines(
          'version: 1',
          'partners:',
          '  - { id: a, kind: academic, scores: {}, cost: 1, return: 2, status: retired }',
        ),
        { file: 's.yaml' },
      ),
    );
    expect(issues.map((i) => i.path)).toContainEqual(['partners', 0, 'status']);
  });

  it('rejects a vocabulary word that would mean two capabilities', () => {
    const issues = issuesOf(
      parseSpecText(spec('vocabulary:', '  - { id: hardware, synonyms: [gpu] }'), {
        file: 's.yaml',
      }),
    );
    expect(issues).toMatchObject([
      { code: 'ambiguous_synonym', path: ['vocabulary', 0, 'synonyms', 0] },
    ]);
  });

  it('reads rules, and names a duplicate or malformed rule by its path', () => {
    const { portfolio } = accepted(
      parseSpecText(
        spec('rules:', '  - { id: one, type: at-least, min: 2, of: { offers: data } }'),
        { file: 's.yaml' },
      ),
    );
    expect(portfolio.rules).toEqual([
      { id: 'one', type: 'at-least', severity: 'gate', min: 2, of: { offers: 'data' } },
    ]);
    const issues = issuesOf(
      parseSpecText(
        spec(
          'rules:',
          '  - { id: one, type: at-least, min: 0, of: {} }',
          '  - { id: one, type: at-most, max: 1, of: {} }',
        ),
        { file: 's.yaml' },
      ),
    );
    expect(issues.map((i) => i.path)).toContainEqual(['rules', 0, 'min']);
    const dup = issuesOf(
      parseSpecText(
        spec(
          'rules:',
          '  - { id: one, type: at-least, min: 1, of: {} }',
          '  - { id: one, type: at-most, max: 1, of: {} }',
        ),
        { file: 's.yaml' },
      ),
    );
    expect(dup.map((i) => i.path)).toContainEqual(['rules', 1, 'id']);
  });
});
