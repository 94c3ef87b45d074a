/**
 * Robustness: whatever a value in an agreement file is replaced by, validation answers
 * with issues (each with a path and a message) or a valid file, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { settleAgreement } from './settle.js';
import { EXAMPLE } from './test-support/agreements.js';
import { validateAgreementFile } from './validate.js';

type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

function replaced(root: unknown, path: Path, by: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return by;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  const record = root as Record<string, unknown>;
  return { ...record, [head]: replaced(record[head], rest, by) };
}

const document: unknown = parse(EXAMPLE);
const paths = pathsOf(document);

describe('validation never throws', () => {
  test('any value anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom('1/3', '1/0', 'byUse', '2026-02-30', '', -1, 0, 1.005, 1e300, null),
        ),
        (path, value) => {
          const result = validateAgreementFile(replaced(document, path, value));
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) expect(issue.message).not.toBe('');
            return;
          }
          const { agreement, events } = result.value;
          settleAgreement(agreement, events, { from: '2026-01-01', to: '2026-12-31' });
        },
      ),
      { numRuns: 400, seed: 20_261_206 },
    );
  });

  test('a mapping whose toString is not a function, where a choice is expected', () => {
    // fast-check's counterexample (an unseeded run once found it): String() of it throws.
    const value = { toString: '', '': null };
    const result = validateAgreementFile(
      replaced(document, ['agreement', 'terms', 1, 'costShare', 'split'], value),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toContain('a mapping');
  });
});
