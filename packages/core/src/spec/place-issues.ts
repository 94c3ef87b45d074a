import { fail, type Issue, ok, type Result } from '../util/issues.js';
import type { Source } from './source.js';

const byPosition = (a: Issue, b: Issue): number =>
  (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Puts file, line and column on every issue and warning of a result, in text order. */
export function placeResult<T>(
  result: Result<T>,
  source: Source,
  readWarnings: readonly Issue[],
): Result<T> {
  const place = (issues: readonly Issue[]) => issues.map((i) => source.place(i)).sort(byPosition);
  if (!result.ok) return fail(place(result.issues));
  return ok(result.value, place([...readWarnings, ...result.warnings]));
}
