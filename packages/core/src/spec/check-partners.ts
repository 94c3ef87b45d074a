import type { Issue } from '../util/issues.js';
import { checkReference } from './check-ids.js';
import { fieldOf, isRecord, listOf, stringOf } from './raw.js';

/**
 * Every partner scores exactly the declared criteria and uses only declared resources.
 * `criteria` is undefined when the criteria list is unusable.
 */
export function checkPartnerEntries(
  document: unknown,
  criteria: ReadonlySet<string> | undefined,
): Issue[] {
  const resourcesValue = fieldOf(document, 'resources');
  const resources =
    resourcesValue === undefined
      ? new Set<string>()
      : isRecord(resourcesValue)
        ? new Set(Object.keys(resourcesValue))
        : undefined;
  const issues: Issue[] = [];
  listOf(fieldOf(document, 'partners')).forEach((partner, index) => {
    const label = stringOf(fieldOf(partner, 'id')) ?? `partners[${index}]`;
    const scores = fieldOf(partner, 'scores');
    if (isRecord(scores) && criteria !== undefined) {
      for (const key of Object.keys(scores)) {
        issues.push(
          ...checkReference(
            key,
            ['partners', index, 'scores', key],
            criteria,
            'unknown_criterion',
            'criterion',
            'criteria',
          ),
        );
      }
      for (const criterion of criteria) {
        if (Object.hasOwn(scores, criterion)) continue;
        issues.push({
          code: 'missing_score',
          path: ['partners', index, 'scores', criterion],
          message: `partner \`${label}\` has no score for criterion \`${criterion}\`; every partner scores every criterion, so add \`${criterion}: <number>\` to its scores`,
        });
      }
    }
    const spread = fieldOf(partner, 'scoreDistributions');
    if (isRecord(spread) && criteria !== undefined) {
      for (const key of Object.keys(spread)) {
        issues.push(
          ...checkReference(
            key,
            ['partners', index, 'scoreDistributions', key],
            criteria,
            'unknown_criterion',
            'criterion',
            'criteria',
          ),
        );
      }
    }
    const uses = fieldOf(partner, 'uses');
    if (isRecord(uses)) {
      for (const key of Object.keys(uses)) {
        issues.push(
          ...checkReference(
            key,
            ['partners', index, 'uses', key],
            resources,
            'unknown_resource',
            'resource',
            'resources',
          ),
        );
      }
    }
  });
  return issues;
}
