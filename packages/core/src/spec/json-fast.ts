/**
 * A `.json` file read by `JSON.parse` (many times faster than a YAML parser building a
 * tree with positions) when nothing about it needs the tree: valid JSON, no duplicate key,
 * no reserved name, within the size and depth limits. Positions are then found only when an
 * issue needs placing, by the full reader. Anything else returns `undefined`, and the caller
 * takes the full path, which gives the same value and the same issues.
 */
import { DOCUMENT_LIMITS } from './document-limits.js';
import { RESERVED } from './reserved-name.js';

/** Number of mapping keys in `value`; `undefined` past the limits (nodes and depth). */
export function measure(value: unknown): { keys: number } | undefined {
  let keys = 0;
  let nodes = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number };
    nodes++;
    if (nodes > DOCUMENT_LIMITS.maxNodes) return undefined;
    if (typeof top.value !== 'object' || top.value === null) continue;
    const depth = top.depth + 1;
    if (depth > DOCUMENT_LIMITS.maxDepth) return undefined;
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    if (!Array.isArray(top.value)) keys += children.length;
    for (const child of children) stack.push({ value: child, depth });
  }
  // The full reader counts every key as a node too: past the limit with them, it decides.
  if (nodes + keys > DOCUMENT_LIMITS.maxNodes) return undefined;
  return { keys };
}

export function readJsonFast(text: string): { value: unknown } | undefined {
  // A reserved name, or a key JSON.parse would keep only once, needs the full reader's issues.
  if (text.includes(RESERVED)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const measured = measure(value);
  if (measured === undefined) return undefined;
  // Every key is a string followed by a colon, so a duplicate leaves more `"…":` in the text
  // than keys in the value. A colon inside a string only adds to the text's count: such a
  // file takes the full path too, never the other way round.
  const colons = text.match(/"\s*:/g)?.length ?? 0;
  return colons === measured.keys ? { value } : undefined;
}
