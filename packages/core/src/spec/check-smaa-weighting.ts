import type { Issue } from '../util/issues.js';
import { checkReference } from './check-ids.js';
import { fieldOf, isRecord, listOf, stringOf } from './raw.js';

/**
 * `weighting: { method: smaa, order, ranges }`: every id names a criterion, `order` lists
 * each at most once, and the ranges leave some weights summing to 1 (Σ low ≤ 1 ≤ Σ high
 * when every criterion has a range). Direct weights are optional; when some are written,
 * every criterion needs one (the other commands use them).
 */
export function checkSmaaWeighting(
  weighting: unknown,
  criteria: readonly unknown[],
  checkDirect: (criteria: readonly unknown[]) => Issue[],
): Issue[] {
  const ids = new Set(criteria.map((c) => stringOf(fieldOf(c, 'id')) ?? ''));
  const issues: Issue[] = [];
  const anyWeight = criteria.some((c) => fieldOf(c, 'weight') !== undefined);
  if (anyWeight) issues.push(...checkDirect(criteria));
  const seen = new Map<string, number>();
  listOf(fieldOf(weighting, 'order')).forEach((value, k) => {
    const path = ['weighting', 'order', k];
    issues.push(...checkReference(value, path, ids, 'unknown_criterion', 'criterion', 'criteria'));
    const id = stringOf(value);
    if (id === undefined) return;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push({
        code: 'duplicate_id',
        path,
        message: `\`${id}\` is already listed at weighting.order[${earlier}]; list each criterion once`,
      });
    } else seen.set(id, k);
  });
  const ranges = fieldOf(weighting, 'ranges');
  if (!isRecord(ranges)) return issues;
  let low = 0;
  let high = 0;
  for (const [id, range] of Object.entries(ranges)) {
    const path = ['weighting', 'ranges', id];
    issues.push(...checkReference(id, path, ids, 'unknown_criterion', 'criterion', 'criteria'));
    const [lo, hi] = Array.isArray(range) ? range : [];
    low += typeof lo === 'number' ? lo : 0;
    high += typeof hi === 'number' ? hi : 1;
  }
  const complete = [...ids].every((id) => Object.hasOwn(ranges, id));
  if (low > 1 + 1e-12 || (complete && high < 1 - 1e-12)) {
    // Rounded as the user typed them (0.7 + 0.6 says 1.3, not 1.2999999999999998).
    const lowSum = Math.round(low * 1e9) / 1e9;
    issues.push({
      code: 'infeasible_ranges',
      path: ['weighting', 'ranges'],
      params: { low: lowSum },
      message: `no weights summing to 1 fit these ranges (the low ends add up to ${lowSum}, the high ends to ${complete ? high : 'more'}); widen them`,
    });
  }
  return issues;
}
