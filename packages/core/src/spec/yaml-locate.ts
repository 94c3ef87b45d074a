/**
 * Maps document paths to source offsets and back, over the node tree of the `yaml`
 * package (which also parses JSON, so both formats get line and column).
 */
import type { Document } from 'yaml';
import type { IssuePath } from '../util/issues.js';
import { isAlias, isMap, isNode, isScalar, isSeq } from './yaml-guards.js';

type Doc = Document.Parsed;

const startOf = (node: unknown): number | undefined =>
  isNode(node) && node.range ? node.range[0] : undefined;

const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

/** An empty value (`cost:` with nothing after it) has no useful position of its own. */
const isEmpty = (node: unknown): boolean =>
  node === null ||
  node === undefined ||
  (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);

/**
 * Offset of the node at `path` (of its key when `at` is 'key'); when the path runs
 * out of the document, the offset of the deepest node that exists.
 */
export function offsetOf(doc: Doc, path: IssuePath, at: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (const [index, part] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(part));
      if (pair === undefined) return offset;
      const keyStart = startOf(pair.key) ?? offset;
      if (last && at === 'key') return keyStart;
      node = pair.value;
      offset = isEmpty(node) ? keyStart : (startOf(node) ?? keyStart);
    } else if (isSeq(node) && typeof part === 'number') {
      const item: unknown = node.items[part];
      if (item === undefined) return offset;
      node = item;
      offset = startOf(item) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

const contains = (node: unknown, offset: number): boolean =>
  isNode(node) &&
  node.range !== undefined &&
  node.range !== null &&
  node.range[0] <= offset &&
  offset < Math.max(node.range[2], node.range[0] + 1);

/** The path of the innermost node at a source offset (for parser errors). */
export function pathAtOffset(doc: Doc, offset: number): IssuePath {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (let depth = 0; depth < 1000; depth++) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => contains(item.key, offset) || contains(item.value, offset),
      );
      if (pair === undefined) break;
      path.push(keyText(pair.key));
      if (contains(pair.key, offset)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else {
      break;
    }
  }
  return path;
}
