/**
 * Defensive readers for a document that has not passed the schema yet. Cross-reference
 * checks use them so that they can report alongside schema errors instead of after them.
 */
import type { IssuePath } from '../util/issues.js';

export type RawRecord = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

export const fieldOf = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

export function valueAt(root: unknown, path: IssuePath): unknown {
  let node = root;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part];
    else node = fieldOf(node, String(part));
  }
  return node;
}

/** True when the parent of `path` is a mapping that lacks the last key. */
export function isMissing(root: unknown, path: IssuePath): boolean {
  const last = path.at(-1);
  if (last === undefined) return false;
  const parent = valueAt(root, path.slice(0, -1));
  return isRecord(parent) && !Object.hasOwn(parent, String(last));
}
