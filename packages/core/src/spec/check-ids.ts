import type { Issue, IssuePath } from '../util/issues.js';
import { didYouMean } from './edit-distance.js';
import { fieldOf, listOf, stringOf } from './raw.js';

export interface IdIndex {
  /**
   * The ids of the list, or undefined when the list is unusable (not a list, or an
   * entry without an id): references are then left unchecked rather than all flagged.
   */
  readonly ids: ReadonlySet<string> | undefined;
  readonly issues: readonly Issue[];
}

/** Collects the ids of `partners` or `criteria` and flags repeats. */
export function indexIds(list: unknown, section: string, noun: string): IdIndex {
  if (!Array.isArray(list)) return { ids: undefined, issues: [] };
  const firstIndex = new Map<string, number>();
  const issues: Issue[] = [];
  let complete = true;
  listOf(list).forEach((entry, index) => {
    const id = stringOf(fieldOf(entry, 'id'));
    if (id === undefined) {
      complete = false;
      return;
    }
    const earlier = firstIndex.get(id);
    if (earlier === undefined) {
      firstIndex.set(id, index);
      return;
    }
    issues.push({
      code: 'duplicate_id',
      path: [section, index, 'id'],
      message: `${noun} id \`${id}\` is already used by ${section}[${earlier}]; give each ${noun} its own id`,
    });
  });
  return { ids: complete ? new Set(firstIndex.keys()) : undefined, issues };
}

/** One issue per entry of `values` (at `path`) that is a string but not a known id. */
export function checkReference(
  value: unknown,
  path: IssuePath,
  known: ReadonlySet<string> | undefined,
  code: string,
  noun: string,
  section: string,
): Issue[] {
  const id = stringOf(value);
  if (known === undefined || id === undefined || known.has(id)) return [];
  return [
    {
      code,
      path,
      message: `\`${id}\` is not a ${noun} declared under \`${section}\`${didYouMean(id, known) || `; use one of the ids in \`${section}\``}`,
    },
  ];
}
