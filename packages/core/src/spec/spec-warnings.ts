import type { Issue } from '../util/issues.js';
import { fieldOf, listOf } from './raw.js';

/** Fields that are valid but have no effect in this spec: worth a word, not a failure. */
export function specWarnings(document: unknown): Issue[] {
  const netModel = fieldOf(document, 'netModel');
  if (netModel === 'seed') return [];
  const warnings: Issue[] = [];
  listOf(fieldOf(document, 'partners')).forEach((partner, index) => {
    for (const field of ['alpha', 'beta'] as const) {
      if (fieldOf(partner, field) === undefined) continue;
      warnings.push({
        code: 'ignored_field',
        path: ['partners', index, field],
        message: `\`${field}\` is ignored: it is used only with \`netModel: seed\`; remove it or set \`netModel: seed\``,
      });
    }
  });
  return warnings;
}
