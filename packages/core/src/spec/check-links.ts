import type { Issue, IssuePath } from '../util/issues.js';
import { checkReference } from './check-ids.js';
import { fieldOf, listOf, stringOf } from './raw.js';

/** Synergies and constraints may name only declared partners. */
export function checkPartnerLinks(
  document: unknown,
  partners: ReadonlySet<string> | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const eachRef = (list: unknown, path: IssuePath) => {
    for (const [index, entry] of listOf(list).entries()) {
      issues.push(
        ...checkReference(
          entry,
          [...path, index],
          partners,
          'unknown_partner',
          'partner',
          'partners',
        ),
      );
    }
  };

  for (const [index, synergy] of listOf(fieldOf(document, 'synergies')).entries()) {
    const between = fieldOf(synergy, 'between');
    const path = ['synergies', index, 'between'];
    eachRef(between, path);
    const [a, b] = listOf(between).map(stringOf);
    if (a !== undefined && a === b) {
      issues.push({
        code: 'self_synergy',
        path,
        message: `a synergy is between two different partners, but both are \`${a}\`; name two partners or remove it`,
      });
    }
  }

  for (const [index, risk] of listOf(fieldOf(document, 'risks')).entries()) {
    eachRef(fieldOf(risk, 'partners'), ['risks', index, 'partners']);
  }

  const constraints = fieldOf(document, 'constraints');
  for (const section of ['exclusive', 'requires'] as const) {
    for (const [index, pair] of listOf(fieldOf(constraints, section)).entries()) {
      eachRef(pair, ['constraints', section, index]);
    }
  }
  eachRef(fieldOf(constraints, 'include'), ['constraints', 'include']);
  eachRef(fieldOf(constraints, 'exclude'), ['constraints', 'exclude']);
  for (const [index, group] of listOf(fieldOf(constraints, 'groups')).entries()) {
    eachRef(fieldOf(group, 'members'), ['constraints', 'groups', index, 'members']);
  }
  return issues;
}
