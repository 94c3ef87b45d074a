/**
 * Canonical JSON: object keys sorted (by UTF-16 code unit) at every depth, no spaces.
 * Written out by hand rather than with `JSON.stringify(sorted)` because JavaScript
 * objects list integer-like keys first whatever their insertion order, and a hash
 * chain must not depend on that. `undefined` members are dropped, as JSON does.
 * Iterative (a stack of values still to write and of literal text), so that no nesting
 * overflows the call stack.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const stack: ({ text: string } | { value: unknown })[] = [{ value }];
  while (stack.length > 0) {
    const task = stack.pop() as { text: string } | { value: unknown };
    if ('text' in task) {
      out.push(task.text);
      continue;
    }
    const item = task.value;
    if (item === null || item === undefined) {
      out.push('null');
    } else if (Array.isArray(item)) {
      const tasks: ({ text: string } | { value: unknown })[] = [{ text: '[' }];
      item.forEach((member: unknown, i) => {
        if (i > 0) tasks.push({ text: ',' });
        tasks.push({ value: member });
      });
      tasks.push({ text: ']' });
      for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i] as (typeof tasks)[number]);
    } else if (typeof item === 'object') {
      const record = item as Record<string, unknown>;
      const tasks: ({ text: string } | { value: unknown })[] = [{ text: '{' }];
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined) continue;
        tasks.push({ text: `${tasks.length > 1 ? ',' : ''}${JSON.stringify(key)}:` });
        tasks.push({ value: member });
      }
      tasks.push({ text: '}' });
      for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i] as (typeof tasks)[number]);
    } else {
      out.push(JSON.stringify(item) ?? 'null');
    }
  }
  return out.join('');
}
