import type { Issue, IssuePath } from '../util/issues.js';
import { isRecord } from './raw.js';

/**
 * `__proto__` as a key is dropped, or becomes a prototype, when the document is copied
 * into plain objects (by zod, and by every consumer that builds a record by id).
 */
export const RESERVED = '__proto__';
export const RESERVED_MESSAGE = '`__proto__` cannot be used as a name here; choose another';

/** Every mapping key that is the reserved name, anywhere in the document. */
export function reservedNames(value: unknown, path: IssuePath = []): Issue[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown, i) => reservedNames(item, [...path, i]));
  }
  if (!isRecord(value)) return [];
  return Object.keys(value).flatMap((key) => [
    ...(key === RESERVED
      ? [{ code: 'reserved_name', path: [...path, key], message: RESERVED_MESSAGE }]
      : []),
    ...reservedNames(value[key], [...path, key]),
  ]);
}
