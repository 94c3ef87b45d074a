/**
 * A run's keep and exit locks: partner ids pinned for one `optimize` run on top of the
 * portfolio's own `constraints.include` and `exclude` (the web app's keep / exit buttons).
 */
import type { Portfolio } from '../model/types.js';
import { type Issue, ok, type Result } from '../util/issues.js';

/**
 * The portfolio with a run's keep and exit locks added to its include and exclude lists;
 * an id that names no partner is an issue at its own path (`include[2]`).
 */
export function withLocks(
  portfolio: Portfolio,
  include: readonly string[] = [],
  exclude: readonly string[] = [],
): Result<Portfolio> {
  if (include.length === 0 && exclude.length === 0) return ok(portfolio);
  const known = new Set(portfolio.partners.map((p) => p.id));
  const issues: Issue[] = [];
  for (const [field, ids] of [
    ['include', include],
    ['exclude', exclude],
  ] as const) {
    ids.forEach((id, k) => {
      if (!known.has(id))
        issues.push({
          code: 'unknown_partner',
          path: [field, k],
          message: `no partner has the id "${id}"`,
        });
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  const { constraints } = portfolio;
  return ok({
    ...portfolio,
    constraints: {
      ...constraints,
      include: union(constraints.include, include),
      exclude: union(constraints.exclude, exclude),
    },
  });
}
