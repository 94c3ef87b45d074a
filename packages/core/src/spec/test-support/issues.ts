import { expect } from 'vitest';
import type { Issue, Result } from '../../util/issues.js';

/** One YAML line per argument, so that a test's line numbers are argument positions. */
export const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** 1-based column of `needle` in `row` (the first occurrence after `from`). */
export function col(row: string, needle: string, from = 0): number {
  const index = row.indexOf(needle, from);
  if (index < 0) throw new Error(`\`${needle}\` is not in \`${row}\``);
  return index + 1;
}

export function issuesOf<T>(result: Result<T>): readonly Issue[] {
  if (result.ok) throw new Error('expected the input to be rejected, but it was accepted');
  return result.issues;
}

export function accepted<T>(result: Result<T>): T {
  if (!result.ok) {
    const text = result.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}: ${i.message}`);
    throw new Error(`expected the input to be accepted:\n${text.join('\n')}`);
  }
  return result.value;
}

/** The one issue with this code and path; fails with the full list otherwise. */
export function issueAt(
  issues: readonly Issue[],
  code: string,
  path: readonly (string | number)[],
): Issue {
  const found = issues.filter(
    (i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path),
  );
  expect(found, JSON.stringify(issues, null, 1)).toHaveLength(1);
  return found[0] as Issue;
}
