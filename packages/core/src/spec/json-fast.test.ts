import { describe, expect, it } from 'vitest';
import { readJsonFast } from './json-fast.js';
import { readSource } from './source.js';

describe('readJsonFast', () => {
  const text = JSON.stringify({
    version: 1,
    partners: [{ id: 'a', scores: { tech: 9 }, cost: { triangular: [1, 2, 3] } }],
    resources: { budget: 1e3 },
  });

  it('reads plain JSON to the value the full reader gives', () => {
    const full = readSource(text, { file: 'x.yaml' });
    expect(full.ok).toBe(true);
    expect(readJsonFast(text)?.value).toEqual(full.ok ? full.value.value : undefined);
  });

  it('leaves to the full reader what needs its issues or positions', () => {
    expect(readJsonFast('{"a": 1, "a": 2}')).toBeUndefined(); // duplicate key
    expect(readJsonFast('{"__proto__": {"x": 1}}')).toBeUndefined(); // reserved name
    expect(readJsonFast('{"a": 1,}')).toBeUndefined(); // not JSON
    expect(readJsonFast(`${'['.repeat(70)}${']'.repeat(70)}`)).toBeUndefined(); // too deep
    // A colon after a quote inside a string only sends the file the long way.
    expect(readJsonFast('{"a": "say \\": hi"}')).toBeUndefined();
  });

  it('places an issue of a fast-read file at its line and column', () => {
    const source = readSource('{\n  "version": 1,\n  "resources": {\n    "budget": -1\n  }\n}', {
      file: 'x.json',
    });
    if (!source.ok) throw new Error('unreadable');
    const placed = source.value.place({ code: 'x', path: ['resources', 'budget'], message: 'm' });
    expect(placed).toMatchObject({ file: 'x.json', line: 4, column: 15 });
  });
});
