import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseSpecText } from './parse-spec.js';
import { accepted, issuesOf } from './test-support/issues.js';

// `+ 0` turns -0 into 0: JSON cannot write -0, so the two formats would differ.
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => v + 0);

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Valid specs: 1–4 criteria, 1–5 partners, every score present, random number forms. */
const specs = fc
  .record({ criteria: fc.integer({ min: 1, max: 4 }), partners: fc.integer({ min: 1, max: 5 }) })
  .chain(({ criteria, partners }) =>
    fc.record({
      criteria: fc.tuple(
        ...ids('c', criteria).map((id) =>
          fc.record({
            id: fc.constant(id),
            kind: fc.constantFrom('benefit', 'cost'),
            weight: num(0.01, 10),
          }),
        ),
      ),
      partners: fc.tuple(
        ...ids('p', partners).map((id) =>
          fc.record({
            id: fc.constant(id),
            kind: fc.constantFrom('academic', 'enterprise', 'government', 'other'),
            scores: fc
              .tuple(...ids('c', criteria).map(() => num(-1e6, 1e6)))
              .map((values) => Object.fromEntries(values.map((v, k) => [`c${k}`, v]))),
            cost: fc.oneof(
              num(-1e6, 1e6),
              fc
                .tuple(num(0, 10), num(0, 10))
                .map(([a, b]) => ({ uniform: [Math.min(a, b), Math.max(a, b)] })),
            ),
            return: num(0, 1e6),
          }),
        ),
      ),
    }),
  )
  .map((body) => ({ version: 1, ...body }));

test('YAML and JSON of the same valid spec give the same portfolio', () => {
  fc.assert(
    fc.property(specs, (spec) => {
      const fromYaml = accepted(parseSpecText(stringify(spec)));
      const fromJson = accepted(parseSpecText(JSON.stringify(spec), { format: 'json' }));
      expect(fromYaml.portfolio).toStrictEqual(fromJson.portfolio);
      expect(fromYaml.portfolio.partners.map((p) => p.id)).toStrictEqual(
        spec.partners.map((p) => p.id),
      );
      expect(fromYaml.portfolio.partners.map((p) => p.scores)).toStrictEqual(
        spec.partners.map((p) => p.scores),
      );
    }),
    { numRuns: 60 },
  );
});

test('removing any one score gives exactly one missing_score, at that partner and criterion', () => {
  fc.assert(
    fc.property(specs, fc.nat(), fc.nat(), (spec, i, k) => {
      const broken = structuredClone(spec);
      const partner = broken.partners[i % broken.partners.length];
      const criterion = `c${k % spec.criteria.length}`;
      if (partner === undefined) return;
      delete partner.scores[criterion];
      const issues = issuesOf(parseSpecText(stringify(broken)));
      expect(issues.map((x) => [x.code, x.path])).toStrictEqual([
        ['missing_score', ['partners', i % spec.partners.length, 'scores', criterion]],
      ]);
      expect(issues[0]?.message).toContain(`\`${partner.id}\``);
      expect(issues[0]?.line).toBeGreaterThan(1);
    }),
    { numRuns: 60 },
  );
});
