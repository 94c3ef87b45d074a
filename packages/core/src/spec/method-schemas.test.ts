import { describe, expect, test } from 'vitest';
import { resolveWeights } from '../mcdm/resolve-weights.js';
import { parseSpecText } from './parse-spec.js';
import { accepted, issueAt, issuesOf, lines } from './test-support/issues.js';

const spec = (criteria: string[], weighting: string[] = []) =>
  lines(
    'version: 1',
    'criteria:',
    ...criteria,
    ...weighting,
    'partners:',
    '  - { id: a, kind: academic, scores: { tech: 1, risk: 2 }, cost: 1, return: 1 }',
  );
const parse = (text: string) => parseSpecText(text, { file: 'm.yaml' });

describe('preference functions', () => {
  test('are read with their thresholds; usual is the default type', () => {
    const { portfolio } = accepted(
      parse(
        spec([
          '  - { id: tech, kind: benefit, weight: 1, preference: { type: linear, q: 1, p: 3 } }',
          '  - { id: risk, kind: cost, weight: 1, preference: {} }',
        ]),
      ),
    );
    expect(portfolio.criteria[0]?.preference).toStrictEqual({ type: 'linear', q: 1, p: 3 });
    expect(portfolio.criteria[1]?.preference).toStrictEqual({ type: 'usual' });
  });

  test('a missing threshold, q above p and a negative one are errors at their paths', () => {
    const issues = issuesOf(
      parse(
        spec([
          '  - { id: tech, kind: benefit, weight: 1, preference: { type: level, q: 4, p: 2 } }',
          '  - { id: risk, kind: cost, weight: 1, preference: { type: gaussian, q: -1 } }',
        ]),
      ),
    );
    const qp = issueAt(issues, 'q_greater_than_p', ['criteria', 0, 'preference', 'q']);
    expect(qp.line).toBe(3);
    expect(qp.message).toContain('q ≤ p');
    expect(issueAt(issues, 'missing_threshold', ['criteria', 1, 'preference', 's']).message).toBe(
      'the gaussian preference function needs the threshold `s`',
    );
    expect(issues.some((i) => i.path.join('.') === 'criteria.1.preference.q')).toBe(true);
  });

  test('an unknown type names the choices', () => {
    const issues = issuesOf(
      parse(spec(['  - { id: tech, kind: benefit, weight: 1, preference: { type: step } }'])),
    );
    expect(issues[0]?.path).toStrictEqual(['criteria', 0, 'preference', 'type']);
  });
});

describe('smaa weighting', () => {
  const criteria = ['  - { id: tech, kind: benefit }', '  - { id: risk, kind: cost }'];

  test('is read; the other commands then use equal weights', () => {
    const parsed = accepted(
      parse(
        spec(criteria, [
          'weighting: { method: smaa, order: [tech, risk], ranges: { tech: [0.2, 0.9] } }',
        ]),
      ),
    );
    expect(parsed.portfolio.weighting).toStrictEqual({
      method: 'smaa',
      order: ['tech', 'risk'],
      ranges: { tech: [0.2, 0.9] },
    });
    const w = resolveWeights(parsed.portfolio);
    expect(w.ok && w.value.weights).toStrictEqual({ tech: 0.5, risk: 0.5 });
  });

  test('direct weights, when written, are what the other commands use', () => {
    const parsed = accepted(
      parse(
        spec(
          ['  - { id: tech, kind: benefit, weight: 3 }', '  - { id: risk, kind: cost, weight: 1 }'],
          ['weighting: { method: smaa }'],
        ),
      ),
    );
    const w = resolveWeights(parsed.portfolio);
    expect(w.ok && w.value.weights).toStrictEqual({ tech: 0.75, risk: 0.25 });
  });

  test('unknown and repeated ids, inverted and infeasible ranges are errors', () => {
    const issues = issuesOf(
      parse(
        spec(criteria, [
          'weighting:',
          '  method: smaa',
          '  order: [tech, tech, rsk]',
          '  ranges: { tech: [0.7, 0.9], risk: [0.6, 0.5] }',
        ]),
      ),
    );
    issueAt(issues, 'duplicate_id', ['weighting', 'order', 1]);
    expect(issueAt(issues, 'unknown_criterion', ['weighting', 'order', 2]).message).toContain(
      'did you mean `risk`',
    );
    issueAt(issues, 'min_greater_than_max', ['weighting', 'ranges', 'risk']);
    // The low ends 0.7 + 0.6 (risk's reversed range counts its low end too).
    expect(issueAt(issues, 'infeasible_ranges', ['weighting', 'ranges']).params).toEqual({
      low: 1.3,
    });
  });
});
