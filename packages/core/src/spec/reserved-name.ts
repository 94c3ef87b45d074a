import type { Issue, IssuePath } from '../util/issues.js';
import { isWellFormedText } from '../util/text.js';
import { isRecord } from './raw.js';

/**
 * `__proto__` as a key is dropped, or becomes a prototype, when the document is copied
 * into plain objects (by zod, and by every consumer that builds a record by id).
 */
export const RESERVED = '__proto__';
export const RESERVED_MESSAGE = '`__proto__` cannot be used as a name here; choose another';

/** A value to visit, linked to its parent so that a path is built only for an issue. */
interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
  /** Set on the frame that stands for the issue of a reserved key. */
  readonly reserved?: true;
}

function pathOf(frame: Frame, base: IssuePath): IssuePath {
  const parts: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) parts.push(f.key);
  return [...base, ...parts.reverse()];
}

/**
 * Every mapping key that is the reserved name, anywhere in the document, in document
 * order. Iterative, so that no nesting overflows the stack; a subtree shared by YAML
 * aliases is visited once (its issues are reported at its first path).
 */
export function reservedNames(value: unknown, path: IssuePath = []): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<object>();
  const stack: Frame[] = [{ value, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const top = stack.pop() as Frame;
    if (top.reserved) {
      issues.push({ code: 'reserved_name', path: pathOf(top, path), message: RESERVED_MESSAGE });
      continue;
    }
    const node = top.value;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push({ value: node[i], parent: top, key: i });
      continue;
    }
    if (!isRecord(node)) continue;
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({ value: node[key], parent: top, key });
      if (key === RESERVED) stack.push({ value: null, parent: top, key, reserved: true });
    }
  }
  return issues;
}

/**
 * Every string (key or value) that is not well-formed Unicode: a YAML or JSON escape
 * such as `"\ud800"` makes a lone surrogate, which no store can keep as written.
 */
export function malformedText(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<object>();
  const stack: Frame[] = [{ value, parent: undefined, key: undefined }];
  const flag = (frame: Frame) =>
    issues.push({
      code: 'invalid_text',
      path: pathOf(frame, []),
      message:
        'is not well-formed Unicode (a lone surrogate such as \\ud800); write the character itself',
    });
  while (stack.length > 0) {
    const top = stack.pop() as Frame;
    const node = top.value;
    if (typeof node === 'string') {
      if (!isWellFormedText(node)) flag(top);
      continue;
    }
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item: unknown, i) => [i, item])
      : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, member] = entries[i] as [string | number, unknown];
      const frame: Frame = { value: member, parent: top, key };
      if (typeof key === 'string' && !isWellFormedText(key)) flag(frame);
      stack.push(frame);
    }
  }
  return issues;
}
